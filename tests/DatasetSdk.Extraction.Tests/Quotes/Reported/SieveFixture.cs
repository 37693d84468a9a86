using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Quotes.Reported;
using DatasetSdk.Extraction.Segment;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>Runs one reported-speech sieve on one sentence, as <see cref="ReportedSpeech"/> would hand it over.</summary>
internal static class SieveFixture
{
    /// <param name="sentence">Index of the sentence of <paramref name="paragraph"/> to read.</param>
    /// <param name="lead">A paragraph before it that gave no statement of its own.</param>
    public static Result Run(IReportedSieve sieve, string paragraph, int sentence = 0, string? lead = null, bool headline = false)
    {
        var text = (lead is null ? "" : lead + "\n\n") + paragraph;
        var leadParagraph = lead is null ? null : new Paragraph(text, new TextBlock(0, lead.Length, 1, BlockKind.Body), 0);
        var start = lead is null ? 0 : lead.Length + 2;
        var p = new Paragraph(text, new TextBlock(start, paragraph.Length, 1, BlockKind.Body), 1);
        var (from, to) = p.Sentences[sentence];
        var output = new List<Candidate>();
        var claimed = sieve.Claim(new ReportedClause(p, sentence, from, to, leadParagraph, headline), output);
        return new Result(claimed, output.Select(c => new Found(text.Substring(c.Start, c.End - c.Start), c.Cue?.Speaker?.Surface)).ToList());
    }

    internal sealed record Found(string Text, string? Speaker);

    internal sealed record Result(bool Claimed, List<Found> Statements)
    {
        public Found Single()
        {
            Assert.True(Claimed);
            return Assert.Single(Statements);
        }

        public void Nothing()
        {
            Assert.False(Claimed);
            Assert.Empty(Statements);
        }
    }
}
