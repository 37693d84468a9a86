using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>A quote paragraph without a cue of its own goes on with the statement just before it.</summary>
public class ContinuationTests
{
    [Fact]
    public void Quote_paragraph_after_reported_speech_keeps_its_speaker()
    {
        var result = Body("Mayor Ellen Brandt said the bridge would reopen in May.", "\"We have waited long enough for this.\"");
        Assert.Equal("Ellen Brandt", result.With("We have waited long enough for this.").Speaker);
    }

    [Fact]
    public void Caption_between_the_paragraphs_does_not_part_them()
    {
        var result = Run(
            (BlockKind.Body, "\"The river is rising again,\" said farmer Tom Kessel."),
            (BlockKind.Caption, "A flooded field near the river. (Photo: staff)"),
            (BlockKind.Boilerplate, "."),
            (BlockKind.Body, "\"Nobody listens until the water is at the door.\""));
        Assert.Equal("Tom Kessel", result.With("Nobody listens until the water is at the door.").Speaker);
    }

    [Fact]
    public void Prose_paragraph_between_them_ends_the_run()
    {
        var result = Body("\"The river is rising again,\" said farmer Tom Kessel.", "The county has built no dikes since the war.",
            "\"Nobody listens until the water is at the door.\"");
        Assert.Null(result.With("Nobody listens until the water is at the door.").Speaker);
    }
}
