using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>Finds statements in the title and body blocks and attributes them.</summary>
public static class StatementExtractor
{
    /// <summary>Extracts the statements of one document.</summary>
    public static StatementExtraction Extract(string text, LineMap lines, SegmentedText segments, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var statements = new List<ExtractedStatement>();
        foreach (var block in segments.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Kind != BlockKind.Body) continue;
            var open = text.IndexOf('"', block.Start, block.Length);
            if (open < 0) continue;
            var close = text.IndexOf('"', open + 1, block.End - open - 1);
            if (close < 0) continue;
            var start = open + 1;
            statements.Add(new ExtractedStatement(start, close - start, lines.LineOf(start), StatementKind.Direct,
                text.Substring(start, close - start), null, metadata.Published, metadata.Language));
        }
        return new StatementExtraction(statements.ToEquatableArray(), EquatableArray<DocumentSpeaker>.Empty);
    }
}
