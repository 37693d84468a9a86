using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"…, the company said Thursday.": a weekday closing the cue says when, it opens no clause of its own.</summary>
public class WeekdayAfterCueTests
{
    [Theory]
    [InlineData("Fares last rose in 2019, the company said Thursday.")]
    [InlineData("Fares last rose in 2019, the company said late Friday.")]
    [InlineData("Fares last rose in 2019, Maria Brums said Monday.")]
    public void The_clause_before_the_cue_is_reported(string sentence)
    {
        Assert.Equal("Fares last rose in 2019", Body(sentence).Single().Text);
    }

    [Fact]
    public void A_weekday_opening_a_clause_after_the_verb_is_that_clause()
    {
        // Negative: "said Sunday was the last day" reports its own clause, not the words before the comma.
        var result = Body("After the vote, Maria Brums said Sunday was the last day to register.");
        Assert.Equal("Sunday was the last day to register", result.Single().Text);
    }
}
