using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>
/// Where and to whom something was said, between the verb and a that-less clause: "said in an interview he
/// was …", "told reporters at a news conference she …", "told the newspaper it had …".
/// </summary>
public class VenueAndListenerTests
{
    [Theory]
    [InlineData("Peter Olsen said in an interview he was ready to resign from the council.", "he was ready to resign from the council")]
    [InlineData("Peter Olsen said in a statement Monday the council would publish the figures.", "the council would publish the figures")]
    [InlineData("Peter Olsen confirmed in an email the deal had been signed.", "the deal had been signed")]
    [InlineData("Maria Brums told reporters at a news conference she would not run again.", "she would not run again")]
    [InlineData("Maria Brums told the local newspaper it had not done any such study.", "it had not done any such study")]
    public void The_clause_after_a_venue_or_a_listener_is_reported(string sentence, string clause)
    {
        Assert.Equal(clause, Body("The council met on Monday.", sentence).Single().Text);
    }

    [Theory]
    [InlineData("Peter Olsen said in a video aired by the local channel on Monday.")]
    [InlineData("Maria Brums told the council the story of the old town hall.")]
    [InlineData("Maria Brums said in the morning the sky was clear over the bay.")]
    [InlineData("Peter Olsen said in a statement.")]
    [InlineData("Peter Olsen said in a statement on Monday")]
    [InlineData("Peter Olsen said late Friday.")]
    [InlineData("Peter Olsen said yesterday")]
    public void No_clause_when_none_opens_after_the_venue(string sentence)
    {
        Assert.Empty(Body("The council met on Monday.", sentence).Statements);
    }
}
