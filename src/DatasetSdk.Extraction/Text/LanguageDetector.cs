using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Text;

/// <summary>
/// Decides the language of a span of text: first by script (Cyrillic, Greek, Arabic, Hebrew, Japanese kana,
/// Chinese characters, Korean Hangul), then, within Cyrillic, by the letters only Ukrainian or Belarusian
/// use, and within Latin script by the function words of <c>language-words.txt</c> (English by default).
/// </summary>
public static class LanguageDetector
{
    private static readonly object Gate = new();
    private static Dictionary<string, List<string>>? _words;

    /// <summary>
    /// ISO 639-1 code of the span's language. Decide per paragraph: a whole mixed document's share says
    /// little about any one statement.
    /// </summary>
    public static string Detect(string text, int start, int length)
    {
        int cyrillic = 0, latin = 0, greek = 0, arabic = 0, hebrew = 0, kana = 0, han = 0, hangul = 0, ukrainian = 0, belarusian = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'ї' or 'Ї' or 'є' or 'Є' or 'ґ' or 'Ґ') ukrainian++;
                else if (c is 'ў' or 'Ў') belarusian++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F') latin++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
        }
        var best = Math.Max(Math.Max(Math.Max(cyrillic, latin), Math.Max(greek, arabic)), Math.Max(Math.Max(hebrew, kana + han), hangul));
        if (best == 0) return "en";
        if (best == cyrillic) return ukrainian > 0 && ukrainian * 50 >= cyrillic ? "uk" : belarusian > 0 && belarusian * 50 >= cyrillic ? "be" : "ru";
        if (best == latin) return LatinLanguage(text, start, length);
        if (best == kana + han) return kana > 0 ? "ja" : "zh";
        if (best == hangul) return "ko";
        if (best == greek) return "el";
        if (best == arabic) return "ar";
        return "he";
    }

    private static string LatinLanguage(string text, int start, int length)
    {
        var words = Words;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var end = start + length;
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            var from = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i == from) break;
            var word = text.Substring(from, i - from).ToLowerInvariant();
            if (!words.TryGetValue(word, out var languages)) continue;
            foreach (var language in languages) counts[language] = (counts.TryGetValue(language, out var n) ? n : 0) + 1;
        }
        var best = "en";
        var top = counts.TryGetValue("en", out var en) ? en : 0;
        var codes = new List<string>(counts.Keys);
        codes.Sort(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (counts[code] > top)
            {
                best = code;
                top = counts[code];
            }
        }
        return best;
    }

    private static Dictionary<string, List<string>> Words
    {
        get
        {
            lock (Gate)
            {
                if (_words is not null) return _words;
                var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var line in Lexicon.Load("language-words.txt"))
                {
                    var cells = line.Split('|');
                    var code = cells[0].Trim();
                    for (var k = 1; k < cells.Length; k++)
                    {
                        var word = cells[k].Trim();
                        if (word.IndexOf(' ') >= 0) continue;
                        if (!map.TryGetValue(word, out var list)) map[word] = list = new List<string>();
                        if (!list.Contains(code)) list.Add(code);
                    }
                }
                return _words = map;
            }
        }
    }
}
