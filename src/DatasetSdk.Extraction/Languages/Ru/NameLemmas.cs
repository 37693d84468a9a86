using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// The nominative of the Russian name words of one document, decided from the document: a form read after a
/// genitive governor ("по словам Эммануэля Макрона") is a genitive; otherwise an oblique form whose nominative
/// the document also uses ("Макроном" beside "Макрон") is that form. A name word the document gives no
/// evidence for is kept as written.
/// </summary>
internal sealed class NameLemmas
{
    private static readonly Lazy<PhraseSet<bool>> Governors = new(() =>
    {
        var set = new PhraseSet<bool>();
        foreach (var line in Lexicon.Load("genitive-governors-ru.txt")) set.Add(line, true);
        return set;
    });

    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _genitive = new(StringComparer.Ordinal);

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
        if (first <= 0 || !GovernedAt(words, first)) return;
        foreach (var w in m.NameWords)
        {
            if (NameForms.IsCyrillic(w) && NameCase.Genitive(w) is { } lemma) _genitive[w] = lemma;
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
            var lemma = _genitive.TryGetValue(w, out var g) ? g : NameCase.Attested(w, _forms);
            if (lemma is null || lemma == w) continue;
            words ??= new List<string>(m.NameWords).ToArray();
            words[i] = lemma;
        }
        return words is null ? m : m with { NameWords = words };
    }

    private static bool GovernedAt(IReadOnlyList<Word> words, int first)
    {
        for (var n = 1; n <= 2 && first - n >= 0; n++)
        {
            if (Governors.Value.MatchAt(words, first - n, out _) == n) return true;
        }
        return false;
    }
}
