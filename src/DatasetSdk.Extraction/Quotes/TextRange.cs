namespace DatasetSdk.Extraction.Quotes;

/// <summary>Trimming of statement boundaries.</summary>
internal static class TextRange
{
    /// <summary>
    /// Narrows [start, end) to the clause itself: no surrounding white space, no sentence-final punctuation,
    /// no dash or comma left over from the cue.
    /// </summary>
    public static (int Start, int End) TrimClause(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or '—' or '–' or '-')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '—' or '–' or '-' or '!' or '?')) end--;
        return (start, end);
    }

    /// <summary>True when [start, end) holds at least <paramref name="count"/> words; stops reading once it does.</summary>
    public static bool HasWords(string text, int start, int end, int count)
    {
        var n = 0;
        var inWord = false;
        for (var i = start; i < end && n < count; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n >= count;
    }

    /// <summary>Counts words (letter or digit runs) in [start, end).</summary>
    public static int WordCount(string text, int start, int end)
    {
        var n = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
