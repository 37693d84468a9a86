using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>
/// "While investigators still do not know who sent it, the institute said in a statement that …": a fronted
/// adverbial clause is neither the speaker nor what was said.
/// </summary>
public class FrontedClauseTests
{
    [Fact]
    public void The_subject_and_the_clause_come_after_the_fronted_clause()
    {
        var statement = Body("While investigators still do not know who is responsible, the Northwind Institute said in a statement on Friday that the threats came from the same group.").Single();
        Assert.Equal("the threats came from the same group", statement.Text);
        Assert.Equal("Northwind Institute", statement.Speaker);
    }

    [Fact]
    public void A_clause_before_a_cue_with_no_clause_of_its_own_is_still_reported()
    {
        // Negative for the venue rule: nothing after "in a statement" but the sentence's end.
        var statement = Body("The threats came from the same group, the Northwind Institute said in a statement on Friday.").Single();
        Assert.Equal("The threats came from the same group", statement.Text);
    }
}
