using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// The nominative of a Russian name word in an oblique case ("Дюпона", "Эммануэля", "Воронцова" after
/// "по словам"; "Кремле"). A form alone is often ambiguous ("Соколова" is a nominative, "Воронцова" a
/// genitive), so the choice is made from what the text shows: the case a governing phrase demands
/// ("по словам" takes the genitive), or another form of the same word the document uses ("Дюпон" next to
/// "Дюпона"). The surface form stays the mention; only identity uses the lemma.
/// </summary>
internal static class NameCase
{
    private static readonly Lazy<Dictionary<string, List<(string Oblique, string Nominative)>>> Table = new(Load);

    /// <summary>The nominative of <paramref name="word"/> read in case <paramref name="kind"/> (gen, dat, ins, pre, acc), or null when no ending fits.</summary>
    public static string? InCase(string word, string kind) => Apply(word, kind) is { Count: > 0 } found ? found[0] : null;

    /// <summary>
    /// The nominative of <paramref name="word"/> in any oblique case that the document itself attests as a
    /// form of a word (<paramref name="forms"/>), or null when it attests none.
    /// </summary>
    public static string? Attested(string word, ISet<string> forms) => Attested(word, forms, out _);

    /// <summary>As <see cref="Attested(string, ISet{string})"/>, also giving the case the form was read in.</summary>
    public static string? Attested(string word, ISet<string> forms, out string? kind)
    {
        foreach (var k in new[] { "gen", "dat", "ins", "pre", "acc" })
        {
            foreach (var lemma in Apply(word, k))
            {
                if (lemma != word && forms.Contains(lemma))
                {
                    kind = k;
                    return lemma;
                }
            }
        }
        kind = null;
        return null;
    }

    private static List<string> Apply(string word, string kind)
    {
        var found = new List<string>();
        if (word.Length < 3 || !Table.Value.TryGetValue(kind, out var rules)) return found;
        var lower = word.ToLowerInvariant();
        foreach (var (oblique, nominative) in rules)
        {
            if (!Matches(lower, oblique)) continue;
            var stem = word.Substring(0, word.Length - oblique.Length);
            // A class letter (C, K) matched one letter of the word, which the nominative keeps.
            var kept = ClassLetter(oblique[0]) ? word.Substring(stem.Length, 1) : string.Empty;
            var ending = ClassLetter(nominative.Length > 0 ? nominative[0] : ' ') ? nominative.Substring(1) : nominative;
            if (stem.Length + kept.Length < 2) continue;
            found.Add(stem + kept + ending);
        }
        return found;
    }

    private static bool Matches(string lower, string ending)
    {
        if (lower.Length <= ending.Length) return false;
        var offset = lower.Length - ending.Length;
        for (var i = 0; i < ending.Length; i++)
        {
            var c = lower[offset + i];
            var ok = ending[i] switch
            {
                'C' => IsConsonant(c),
                'K' => "гкхжшчщ".IndexOf(c) >= 0,
                _ => c == ending[i],
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool ClassLetter(char c) => c is 'C' or 'K';

    private static bool IsConsonant(char c) => "бвгджзклмнпрстфхцчшщ".IndexOf(c) >= 0;

    private static Dictionary<string, List<(string, string)>> Load()
    {
        var table = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("name-endings-ru.txt"))
        {
            var parts = line.Split('|');
            if (parts.Length != 3) continue;
            var kind = parts[0].Trim();
            if (!table.TryGetValue(kind, out var list)) table[kind] = list = new List<(string, string)>();
            list.Add((parts[1].Trim(), parts[2].Trim()));
        }
        return table;
    }
}
