using System.Collections.Generic;

namespace DatasetSdk.Extraction.Segment;

/// <summary>One line of the file, trimmed.</summary>
/// <param name="Start">Offset of the first non-blank character (or of the line end when blank).</param>
/// <param name="End">Offset just past the last non-blank character.</param>
/// <param name="Indent">Count of leading white-space characters.</param>
/// <param name="Number">1-based line number.</param>
public readonly record struct SourceLine(int Start, int End, int Indent, int Number)
{
    /// <summary>True when the line holds only white space.</summary>
    public bool IsBlank => End <= Start;

    /// <summary>The trimmed text of the line.</summary>
    public string Text(string text) => text.Substring(Start, End - Start);

    /// <summary>Splits <paramref name="text"/> into lines (\n, \r\n and lone \r end a line).</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var i = 0;
        var number = 1;
        while (i <= text.Length)
        {
            var end = i;
            while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
            var start = i;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            var last = end;
            while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
            lines.Add(new SourceLine(start, last, start - i, number++));
            if (end >= text.Length) break;
            i = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }
}
