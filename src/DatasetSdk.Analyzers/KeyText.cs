using System;
using System.Text;

namespace DatasetSdk.Analyzers;

/// <summary>Transliteration and edit distance for suggestions; keys are normalized by the linked <c>LookupKey</c>.</summary>
internal static class KeyText
{
    // Russian → Latin, close to BGN/PCGN and to how Russian names are spelled in English-language news.
    private static readonly string[] Latin =
    {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    };

    /// <summary>
    /// A normalized key with its Cyrillic letters spelled in Latin, so a key written in one script can be matched
    /// against a name known only in the other ("Zakharova" against "Захарова").
    /// </summary>
    public static string Transliterate(string normalized)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is < 'а' or > 'я')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(normalized, 0, i, normalized.Length + 8);
            builder.Append(Latin[c - 'а']);
        }

        return builder?.ToString() ?? normalized;
    }

    /// <summary>
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or <paramref name="limit"/> + 1
    /// as soon as the distance is known to exceed <paramref name="limit"/>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rolling rows suffice for transpositions, which look two rows back.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
