using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>A definite description after a quote ("says the self-taught local resident") describes anew someone just named.</summary>
public class RedescriptionTests
{
    [Fact]
    public void Description_with_no_role_of_the_lexicon_is_the_person_just_named()
    {
        var result = Body("Few people know comics like Maria Lind. \u201cYou are talking about one genre only,\u201d says the laid-back local collector.");
        Assert.Equal("Maria Lind", result.With("You are talking about one genre only,").Speaker);
    }

    [Theory]
    [InlineData("points out the laid-back Oslo resident, who moved here years ago.")]
    [InlineData("says the bow-tied maverick, noting that it matters.")]
    [InlineData("the lanky, bespectacled tinkerer said.")]
    public void Description_with_capitals_or_an_aside_after_it(string cue)
    {
        var result = Body("Few people know comics like Maria Lind. \u201cYou are talking about one genre only,\u201d " + cue);
        Assert.Equal("Maria Lind", result.With("You are talking about one genre only,").Speaker);
    }

    [Fact]
    public void Known_role_not_yet_named_stays_its_own_speaker()
    {
        var result = Body("Few people know comics like Maria Lind. \u201cThe library will close in May,\u201d said the mayor.");
        Assert.NotEqual("Maria Lind", result.With("The library will close in May,").Speaker);
    }
}
