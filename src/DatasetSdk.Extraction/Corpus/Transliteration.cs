using System;
using System.Collections.Generic;
using System.Text;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Corpus;

/// <summary>Russian → Latin transliteration driven by <c>Lexicons/translit-ru.txt</c>.</summary>
public static class Transliteration
{
    private static readonly Lazy<List<(string From, bool AtEnd, string To)>> Rules = new(Load);

    /// <summary>
    /// The Latin spelling of <paramref name="text"/>: Cyrillic letters are transliterated (longest rule
    /// first, "$" rules only at a word end), the case of each word's first letter is kept, other characters
    /// are copied.
    /// </summary>
    public static string ToLatin(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is < '\u0400' or > '\u04FF') { b.Append(c); i++; continue; }
            var matched = false;
            foreach (var (from, atEnd, to) in Rules.Value)
            {
                if (i + from.Length > text.Length || string.Compare(text, i, from, 0, from.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                var end = i + from.Length;
                if (atEnd && end < text.Length && char.IsLetter(text[end])) continue;
                var upper = char.IsUpper(c);
                b.Append(upper && to.Length > 0 ? char.ToUpperInvariant(to[0]) + to.Substring(1) : to);
                i = end;
                matched = true;
                break;
            }
            if (!matched) { b.Append(c); i++; }
        }
        return b.ToString();
    }

    private static List<(string, bool, string)> Load()
    {
        var rules = new List<(string From, bool AtEnd, string To)>();
        foreach (var line in Lexicon.Load("translit-ru.txt"))
        {
            var parts = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var from = parts[0];
            var atEnd = from.EndsWith("$", StringComparison.Ordinal);
            if (atEnd) from = from.Substring(0, from.Length - 1);
            rules.Add((from.ToLowerInvariant(), atEnd, parts.Length > 1 ? parts[1] : string.Empty));
        }
        rules.Sort((a, b) => b.From.Length.CompareTo(a.From.Length));
        return rules;
    }
}
