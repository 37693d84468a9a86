using System.Text;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>Runs the statement stages on hand-made blocks, so these tests do not depend on the segmenter.</summary>
internal static class StatementFixture
{
    public static readonly PartialDate Published = PartialDate.Of(2021, 3, 4);

    public static Result Run(params (BlockKind Kind, string Text)[] blocks) => Run(EquatableArray<DateMention>.Empty, blocks);

    public static Result Run(EquatableArray<DateMention> dates, params (BlockKind Kind, string Text)[] blocks)
    {
        var builder = new StringBuilder();
        var spans = new List<(int Start, int Length, BlockKind Kind)>();
        foreach (var (kind, text) in blocks)
        {
            spans.Add((builder.Length, text.Length, kind));
            builder.Append(text).Append("\n\n");
        }
        var all = builder.ToString();
        var lines = new LineMap(all);
        var segmented = new SegmentedText(spans.Select(s => new TextBlock(s.Start, s.Length, lines.LineOf(s.Start), s.Kind)).ToEquatableArray());
        var metadata = new DocumentMetadata("en", null, null, null, Published, dates, EquatableArray<ReaderComment>.Empty);
        return new Result(all, StatementExtractor.Extract(all, lines, segmented, metadata, CancellationToken.None));
    }

    /// <summary>Body paragraphs only.</summary>
    public static Result Body(params string[] paragraphs) => Run(paragraphs.Select(p => (BlockKind.Body, p)).ToArray());

    internal sealed record Result(string Text, StatementExtraction Extraction)
    {
        public IReadOnlyList<ExtractedStatement> Statements => Extraction.Statements;

        public ExtractedStatement Single() => Assert.Single(Extraction.Statements);

        public ExtractedStatement With(string text) => Extraction.Statements.Single(s => s.Text == text);

        public DocumentSpeaker Speaker(string name) => Extraction.Speakers.Single(s => s.Name == name);
    }
}
