using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>Bare body nouns ("the company", "the agency") as speakers: which body they stand for.</summary>
public class BodyNounTests
{
    [Fact]
    public void A_second_unnamed_body_is_not_the_first_again()
    {
        var result = Body("Shares fell on Monday.", "The company said it would appeal. The commission said the fine was fair.");
        Assert.NotNull(result.With("it would appeal").Speaker);
        Assert.NotEqual(result.With("it would appeal").Speaker, result.With("the fine was fair").Speaker);
    }

    [Fact]
    public void The_same_noun_again_is_the_same_body()
    {
        var result = Body("Shares fell on Monday.", "The company said it would appeal. The company also said the fine was too high.");
        Assert.Equal(result.With("it would appeal").Speaker, result.With("the fine was too high").Speaker);
    }

    [Fact]
    public void A_bare_noun_after_a_named_body_is_that_body()
    {
        var result = Body("The Transport Ministry said on Tuesday that the road was closed.", "The ministry said the bridge would reopen in May.");
        Assert.Contains("Transport Ministry", result.With("the bridge would reopen in May").Speaker);
    }
}
