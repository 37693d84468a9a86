using System.Linq;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Tests.Segment;

internal static class SegmentFixture
{
    /// <summary>The kind of the block that starts with <paramref name="prefix"/>.</summary>
    public static BlockKind KindOf(string text, string prefix)
    {
        var segments = DocumentSegmenter.Segment(text, new LineMap(text), default);
        return segments.Blocks.Single(b => text.Substring(b.Start, b.Length).StartsWith(prefix, System.StringComparison.Ordinal)).Kind;
    }

    public static string Lines(params string[] lines) => string.Join("\n", lines);
}
