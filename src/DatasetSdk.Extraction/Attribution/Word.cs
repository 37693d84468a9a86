using System.Collections.Generic;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>A word of the file: letters and digits with inner apostrophes and hyphens ("Putin’s", "пресс-секретарь").</summary>
internal readonly struct Word
{
    public Word(int start, int end, string text)
    {
        Start = start;
        End = end;
        Text = text;
        Lower = text.ToLowerInvariant();
    }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    /// <summary>The word in invariant lower case, computed once: rules read it for every word they pass.</summary>
    public string Lower { get; }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Splits <c>text[start..end)</c> into words; everything else separates them.</summary>
    public static List<Word> In(string text, int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                if (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > s) { i++; continue; }
                break;
            }
            words.Add(new Word(s, i, text.Substring(s, i - s)));
        }
        return words;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '\u2010' or '\u2011';

    public override string ToString() => Text;
}
