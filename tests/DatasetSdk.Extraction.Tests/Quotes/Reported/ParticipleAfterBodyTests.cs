using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"“…,” it said, adding that …": the participle's clause is the body's, as the quote is.</summary>
public class ParticipleAfterBodyTests
{
    [Fact]
    public void The_clause_after_it_said_adding_that_is_the_bodys()
    {
        var result = Body("The Transport Ministry released a statement on Tuesday.",
            "\u201cThe bridge is safe and will reopen soon,\u201d it said, adding that the repairs had cost less than planned.");
        var clause = result.With("the repairs had cost less than planned");
        Assert.Equal("the Transport Ministry", clause.Speaker);
    }

    [Fact]
    public void A_participle_that_reports_nothing_gives_no_statement()
    {
        // Negative: "leaving" is no speech verb.
        var result = Body("The Transport Ministry released a statement on Tuesday.",
            "\u201cThe bridge is safe and will reopen soon,\u201d it said, leaving the date of the reopening open.");
        Assert.Single(result.Statements);
    }
}
