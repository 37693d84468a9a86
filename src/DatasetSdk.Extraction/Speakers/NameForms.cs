using System;
using System.Text;
using DatasetSdk.Extraction.Corpus;

namespace DatasetSdk.Extraction.Speakers;

/// <summary>
/// Case forms of personal names. Russian declines surnames ("Лавров", "Лаврова", "Лавровым"; "Гэмба",
/// "Гэмбой"), and machine translation carries the endings into Latin text ("Lavrova"); these rules give
/// the nominative form so that all of them meet on one key.
/// </summary>
public static class NameForms
{
    private static readonly string[] PossessiveSuffixes = { "ов", "ев", "ёв", "ин", "ын" };

    /// <summary>The nominative guess of one name word, in its own script.</summary>
    public static string Nominative(string word)
    {
        if (word.Length < 4) return word;
        var lower = word.ToLowerInvariant();
        if (IsCyrillic(word))
        {
            foreach (var suffix in PossessiveSuffixes)
            {
                // "Титовой" (a woman): back to "Титова".
                if (lower.EndsWith(suffix + "ой", StringComparison.Ordinal)) return word.Substring(0, word.Length - 2) + "а";
                foreach (var ending in new[] { "ым", "а", "у", "е" })
                {
                    if (lower.EndsWith(suffix + ending, StringComparison.Ordinal)) return word.Substring(0, word.Length - ending.Length);
                }
            }
            foreach (var ending in new[] { "ского", "скому", "ским", "ском" })
            {
                if (lower.EndsWith(ending, StringComparison.Ordinal)) return word.Substring(0, word.Length - ending.Length) + "ский";
            }
            if (lower.EndsWith("еем", StringComparison.Ordinal)) return word.Substring(0, word.Length - 3) + "ей";
            if (lower.EndsWith("ея", StringComparison.Ordinal) || lower.EndsWith("ею", StringComparison.Ordinal)) return word.Substring(0, word.Length - 2) + "ей";
            // a-declension: "Гэмбой" → "Гэмба" (a stem consonant before the ending)
            if ((lower.EndsWith("ой", StringComparison.Ordinal) || lower.EndsWith("ою", StringComparison.Ordinal)) && word.Length >= 5 && IsConsonant(lower[lower.Length - 3]))
            {
                return word.Substring(0, word.Length - 2) + "а";
            }
            if (lower.EndsWith("ом", StringComparison.Ordinal) && word.Length >= 6 && IsConsonant(lower[lower.Length - 3])) return word.Substring(0, word.Length - 2);
            // Genitive of an a-stem after a velar or hushing consonant: "Ольги" → "Ольга".
            if (lower.EndsWith("и", StringComparison.Ordinal) && "гкхжшчщ".IndexOf(lower[lower.Length - 2]) >= 0) return word.Substring(0, word.Length - 1) + "а";
            return word;
        }
        foreach (var suffix in new[] { "ov", "ev", "in", "yn" })
        {
            foreach (var ending in new[] { "ym", "im", "oi", "oy", "a", "u", "e" })
            {
                if (lower.EndsWith(suffix + ending, StringComparison.Ordinal)) return word.Substring(0, word.Length - ending.Length);
            }
        }
        return word;
    }

    /// <summary>
    /// True for a Cyrillic name form that cannot be a nominative: the instrumental, dative and prepositional
    /// endings ("Лавровым", "Гэмбой", "Иваном", "Лаврову", "Сергея"). "-а" stays: "Захарова" is a nominative.
    /// </summary>
    public static bool IsOblique(string word)
    {
        var lower = word.ToLowerInvariant();
        if (word.Length < 4 || Nominative(word) == word) return false;
        return !lower.EndsWith("а", StringComparison.Ordinal);
    }

    /// <summary>
    /// A key that two spellings of the same name share, across scripts and transliteration variants:
    /// "Лавров", "Lavrova" and "Lavrov"; "Sergei" and "Sergey"; "Kisida" and "Kishida".
    /// </summary>
    public static string Key(string word)
    {
        var latin = Transliteration.ToLatin(Nominative(word)).ToLowerInvariant();
        // "Волкова", "Волковой", "Volkova" and "Volkov" meet on one key; the display name keeps the gender.
        foreach (var suffix in new[] { "ova", "eva", "ina", "yna" })
        {
            if (latin.EndsWith(suffix, StringComparison.Ordinal)) { latin = latin.Substring(0, latin.Length - 1); break; }
        }
        var s = latin.Replace("shch", "sc").Replace("sch", "sc").Replace("tsu", "tu").Replace("chi", "ti").Replace("ch", "c")
            .Replace("sh", "s").Replace("zh", "z").Replace("kh", "h").Replace("ts", "c").Replace("tz", "c").Replace("ph", "f")
            .Replace('y', 'i').Replace('j', 'i').Replace('w', 'v').Replace("x", "ks").Replace("’", string.Empty).Replace("'", string.Empty);
        if (s.StartsWith("ie", StringComparison.Ordinal)) s = s.Substring(1);
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (b.Length > 0 && b[b.Length - 1] == c) continue;
            b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>
    /// 'f' or 'm' when a Russian-style surname shows its gender ("Захарова", "Zakharova" / "Лавров",
    /// "Peskov", "Вяземский"), else '\0'.
    /// </summary>
    public static char GuessGender(string surname)
    {
        var s = surname.ToLowerInvariant();
        foreach (var f in new[] { "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ova", "eva", "ina", "yna", "skaya", "tskaya" })
        {
            if (s.EndsWith(f, StringComparison.Ordinal)) return 'f';
        }
        foreach (var m in new[] { "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ov", "ev", "in", "yn", "sky", "skiy", "skii", "tsky" })
        {
            if (s.EndsWith(m, StringComparison.Ordinal)) return 'm';
        }
        return '\0';
    }

    /// <summary>True when the word has Cyrillic letters.</summary>
    public static bool IsCyrillic(string word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF') return true;
        }
        return false;
    }

    private static bool IsConsonant(char c) => "бвгджзйклмнпрстфхцчшщ".IndexOf(c) >= 0;
}
