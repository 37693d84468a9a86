using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>
/// A statement whose speaker phrase cannot be read goes to the person the writer named last (its paragraph, else
/// the prose paragraph before); a quote standing alone with nothing to continue, to the person named before it
/// in its own paragraph.
/// </summary>
public class NearestNamedTests
{
    [Fact]
    public void Unreadable_speaker_phrase_is_the_person_just_named()
    {
        var result = Body("Ann Lee has run the corner shop for years.",
            "\u201cWe will not give up,\u201d the tired but cheerful owner of the shop on the corner of the square said.");
        Assert.Equal("Ann Lee", result.With("We will not give up,").Speaker);
    }

    [Fact]
    public void Lone_quote_after_a_sentence_about_someone_is_theirs()
    {
        var result = Body("The river rose again.", "Tom Kessel, a farmer, has seen it all before. \u201cNobody listens until the water is at the door.\u201d");
        Assert.Equal("Tom Kessel", result.With("Nobody listens until the water is at the door.").Speaker);
    }

    [Fact]
    public void Names_inside_the_quote_are_not_the_speaker()
    {
        var result = Body("The march began at noon.",
            "\u201cWe asked Maria Lind to come and she refused,\u201d one of the many marchers near the front of the long crowd said.");
        Assert.NotEqual("Maria Lind", result.With("We asked Maria Lind to come and she refused,").Speaker);
    }

    [Fact]
    public void Lone_quote_does_not_reach_into_the_paragraph_before()
    {
        var result = Body("Maria Lind opened the meeting.", "\u201cNobody expected this.\u201d");
        Assert.Null(result.With("Nobody expected this.").Speaker);
    }
}
