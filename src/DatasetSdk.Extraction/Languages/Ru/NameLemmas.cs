using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// The nominative of the Russian name words of one document, decided from the document: a form read after a
/// word that governs a case ("по словам Эммануэля Дюпона", "встретился с Дюпоном") is in that case; otherwise an oblique form whose nominative
/// the document also uses ("Дюпоном" beside "Дюпон") is that form. A name word the document gives no
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
    private readonly Dictionary<string, (string Lemma, string Case)> _governed = new(StringComparer.Ordinal);

    /// <summary>Notes the capitalized Cyrillic words of a block: the forms the document attests.</summary>
    public void NoteForms(IReadOnlyList<Word> words)
    {
        foreach (var w in words)
        {
            if (!w.IsCapitalized || !NameForms.IsCyrillic(w.Text)) continue;
            _forms.Add(w.Text);
            // "Д.СОМОВ:", a transcript label in capitals, attests the nominative "Сомов".
            if (w.Text.Length > 1 && w.Text.ToUpperInvariant() == w.Text) _forms.Add(w.Text.Substring(0, 1) + w.Text.Substring(1).ToLowerInvariant());
        }
    }

    /// <summary>Reads the case of a name mention whose first word is <paramref name="first"/> from the words before it.</summary>
    public void NoteContext(IReadOnlyList<Word> words, int first, Mention m)
    {
        if (first <= 0 || CaseAt(words, first) is not { } kind) return;
        foreach (var w in m.NameWords)
        {
            if (NameForms.IsCyrillic(w) && NameCase.InCase(w, kind) is { } lemma) _governed[w] = (lemma, kind);
        }
    }

    /// <summary>The mention with its name words in the nominative; its surface stays as written.</summary>
    public Mention Lemmatize(Mention m)
    {
        string[]? words = null;
        string? surnameCase = null;
        for (var i = m.NameWords.Count - 1; i >= 0; i--)
        {
            var w = m.NameWords[i];
            if (!NameForms.IsCyrillic(w)) continue;
            string? lemma;
            string? kind;
            if (_governed.TryGetValue(w, out var g)) (lemma, kind) = g;
            else
            {
                lemma = NameCase.Attested(w, _forms, out kind);
                // "встречи Дмитрия Сомова" beside "Сомов": the given name before a surname read in an
                // oblique case is in that case too, though the text never writes its nominative. A feminine
                // surname's "-ой" is the same in four cases, so her given name is read in the first that fits.
                if (lemma is null && i < m.NameWords.Count - 1 && surnameCase is not null)
                {
                    foreach (var k in surnameCase == AnyCase ? ObliqueCases : new[] { surnameCase })
                    {
                        lemma ??= NameCase.InCase(w, k);
                    }
                }
            }
            if (i == m.NameWords.Count - 1 && lemma is not null && lemma != w) surnameCase = IsMasculine(lemma) ? kind : AnyCase;
            if (lemma is null || lemma == w) continue;
            words ??= new List<string>(m.NameWords).ToArray();
            words[i] = lemma;
        }
        return words is null ? m : m with { NameWords = words };
    }

    private const string AnyCase = "any";

    private static readonly string[] ObliqueCases = { "gen", "dat", "ins", "pre" };

    /// <summary>A masculine surname in the nominative: -ов, -ин, -ский and the like end in a consonant or -й.</summary>
    private static bool IsMasculine(string lemma)
    {
        var last = char.ToLowerInvariant(lemma[lemma.Length - 1]);
        return last == 'й' || "бвгджзклмнпрстфхцчшщ".IndexOf(last) >= 0;
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
