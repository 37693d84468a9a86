using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// The nominative of the Russian name words of one document, decided from the document: a form read after a
/// word that governs a case ("по словам Эммануэля Макрона", "встретился с Макроном") is in that case; otherwise an oblique form whose nominative
/// the document also uses ("Макроном" beside "Макрон") is that form. A name word the document gives no
/// evidence for is kept as written.
/// </summary>
internal sealed class NameLemmas
{
    private static readonly Lazy<PhraseSet<string>> Governors = new(() =>
    {
        var set = new PhraseSet<string>();
        foreach (var line in Lexicon.Load("case-governors-ru.txt"))
        {
            var bar = line.IndexOf('|');
            if (bar > 0) set.Add(line.Substring(bar + 1).Trim(), line.Substring(0, bar).Trim());
        }
        return set;
    });

    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _governed = new(StringComparer.Ordinal);

    /// <summary>Notes the capitalized Cyrillic words of a block: the forms the document attests.</summary>
    public void NoteForms(IReadOnlyList<Word> words)
    {
        foreach (var w in words)
        {
            if (w.IsCapitalized && NameForms.IsCyrillic(w.Text)) _forms.Add(w.Text);
        }
    }

    /// <summary>Reads the case of a name mention whose first word is <paramref name="first"/> from the words before it.</summary>
    public void NoteContext(IReadOnlyList<Word> words, int first, Mention m)
    {
        if (first <= 0 || CaseAt(words, first) is not { } kind) return;
        foreach (var w in m.NameWords)
        {
            if (NameForms.IsCyrillic(w) && NameCase.InCase(w, kind) is { } lemma) _governed[w] = lemma;
        }
    }

    /// <summary>The mention with its name words in the nominative; its surface stays as written.</summary>
    public Mention Lemmatize(Mention m)
    {
        string[]? words = null;
        for (var i = 0; i < m.NameWords.Count; i++)
        {
            var w = m.NameWords[i];
            if (!NameForms.IsCyrillic(w)) continue;
            var lemma = _governed.TryGetValue(w, out var g) ? g : NameCase.Attested(w, _forms);
            if (lemma is null || lemma == w) continue;
            words ??= new List<string>(m.NameWords).ToArray();
            words[i] = lemma;
        }
        return words is null ? m : m with { NameWords = words };
    }

    /// <summary>The case the words before <paramref name="first"/> put a name in, or null.</summary>
    private static string? CaseAt(IReadOnlyList<Word> words, int first)
    {
        for (var n = 2; n >= 1; n--)
        {
            if (first - n >= 0 && Governors.Value.MatchAt(words, first - n, out var kind) == n) return kind;
        }
        return null;
    }
}
