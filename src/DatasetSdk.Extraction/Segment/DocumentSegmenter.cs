using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Segment;

/// <summary>Splits a file into blocks at blank lines.</summary>
public static class DocumentSegmenter
{
    /// <summary>Segments <paramref name="text"/>.</summary>
    public static SegmentedText Segment(string text, LineMap lines, CancellationToken cancellationToken)
    {
        var blocks = new List<TextBlock>();
        var i = 0;
        while (i < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var start = i;
            while (start < lineEnd && char.IsWhiteSpace(text[start])) start++;
            var end = lineEnd;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start)
            {
                var kind = blocks.Count == 0 ? BlockKind.Title : BlockKind.Body;
                blocks.Add(new TextBlock(start, end - start, lines.LineOf(start), kind));
            }
            i = lineEnd + 1;
        }
        return new SegmentedText(blocks.ToEquatableArray());
    }
}
