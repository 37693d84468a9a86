using System;
using System.Collections.Generic;

namespace DatasetSdk.Extraction.Text;

/// <summary>Maps UTF-16 offsets to 1-based line numbers (\n, \r\n and lone \r all end a line).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\n' or '\r') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>Number of lines.</summary>
    public int Count => _lineStarts.Length;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
