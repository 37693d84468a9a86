using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Quotes.Reported;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class SieveOrderTests
{
    [Fact]
    public void The_order_is_the_one_the_docs_give()
    {
        // docs/extraction.md, "Reported speech: the sieves and their order", lists the same order.
        Assert.Equal(
            new[] { "PointsBackSieve", "AsClauseSieve", "AccordingToSieve", "DocumentOpeningSieve", "ClauseBeforeCueSieve", "VerbClauseSieve" },
            ReportedSpeech.Sieves.Select(s => s.GetType().Name));
    }

    [Fact]
    public void A_claimed_clause_is_read_by_no_later_sieve()
    {
        const string text = "As Anna Berg said, the mayor said the ferry would run daily.";
        // On its own the last sieve reads the inner verb's clause ...
        Assert.Contains(Run(new VerbClauseSieve(), text).Statements, s => s.Text == "the ferry would run daily");
        // ... but the "as" clause claims the sentence first.
        var p = new Paragraph(text, new TextBlock(0, text.Length, 1, BlockKind.Body), 0);
        var output = new List<Candidate>();
        ReportedSpeech.Find(p, false, output);
        var c = Assert.Single(output);
        Assert.Equal("the mayor said the ferry would run daily", text.Substring(c.Start, c.End - c.Start));
    }
}
