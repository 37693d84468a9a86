using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// The text normalizations behind the generated lookups. <c>RuntimeEmitter</c> emits the same
/// algorithms into the generated code, so a key normalized here at build time equals the same key
/// normalized at run time. The CLI compiles this file in too, so its speaker lookup uses the same keys.
/// </summary>
internal static class TextKeys
{
    /// <summary>Base letter of each character U+00C0..U+024F (the character itself when it has none).</summary>
    public const string LatinFold =
        "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7OUUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7ouuuuy\u00FEy" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\u0132\u0133JjKk\u0138LlLlLlLlLlNnNnNn\u0149\u014A\u014B" +
        "OoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\u017Fb\u0181\u0182\u0183\u0184\u0185\u0186" +
        "\u0187\u0188\u0189\u018A\u018B\u018C\u018D\u018E\u018F\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197" +
        "\u0198\u0199l\u019B\u019C\u019D\u019E\u019FOo\u01A2\u01A3\u01A4\u01A5\u01A6\u01A7\u01A8\u01A9\u01AA\u01AB" +
        "\u01AC\u01AD\u01AEUu\u01B1\u01B2\u01B3\u01B4Zz\u01B7\u01B8\u01B9\u01BA\u01BB\u01BC\u01BD\u01BE\u01BF\u01C0" +
        "\u01C1\u01C2\u01C3\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CCAaIiOoUuUuUuUuUu\u01DDAaAa\u01E2" +
        "\u01E3GgGgKkOoOo\u01EE\u01EFj\u01F1\u01F2\u01F3Gg\u01F6\u01F7NnAa\u01FC\u01FD\u01FE\u01FFAaAaEeEeIiIiOoOo" +
        "RrRrUuUuSsTt\u021C\u021DHh\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOoOoYy\u0234\u0235\u0236\u0237\u0238" +
        "\u0239\u023ACcL\u023Esz\u0241\u0242\u0243\u0244\u0245EeJj\u024A\u024BRrYy";

    /// <summary>
    /// The words of <paramref name="text"/> for the word index: runs of letters and digits, lower-case,
    /// accents folded (Latin base letters, 'ё' as 'е', combining accents dropped); other marks stay in the word.
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var lower = text.ToLowerInvariant();
        var word = new StringBuilder();
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c >= '\u00C0' && c <= '\u024F' ? LatinFold[c - '\u00C0'] : c == '\u0451' ? '\u0435' : c);
                continue;
            }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (word.Length > 0 && (c < '\u0300' || c > '\u036F')) word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>Every key the API accepts for a speaker, as written: name, last word of the name, aliases.</summary>
    public static IEnumerable<string> KeysOf(CorpusSpeaker speaker)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var key in new[] { speaker.Name, LastWord(speaker.Name) }.Concat(speaker.Aliases))
        {
            if (!string.IsNullOrWhiteSpace(key) && seen.Add(key)) yield return key;
        }
    }

    /// <summary>The last word of a name, which the API accepts as a key (e.g. a surname).</summary>
    public static string LastWord(string name)
    {
        var parts = name.Trim().Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? string.Empty : parts[parts.Length - 1];
    }
}
