using System.Threading;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>Title, language, outlet, link, publication date, dates and reader comments of one document.</summary>
public static class DocumentMetadataExtractor
{
    /// <summary>Reads the metadata of a segmented document; <paramref name="options"/> override what the text says.</summary>
    public static DocumentMetadata Extract(string text, LineMap lines, SegmentedText segments, DocumentOptions options, CancellationToken cancellationToken)
    {
        string? title = null;
        foreach (var block in segments.Blocks)
        {
            if (block.Kind == BlockKind.Title) { title = text.Substring(block.Start, block.Length); break; }
        }
        var cyrillic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        var language = options.Language ?? (cyrillic > latin ? "ru" : "en");
        PartialDate? published = PartialDate.TryParse(options.Published, out var p) ? p : null;
        return new DocumentMetadata(language, title, options.Source, null, published, EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty);
    }
}
