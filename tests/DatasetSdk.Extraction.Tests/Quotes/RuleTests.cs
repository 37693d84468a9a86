using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>Each statement names the stage that found it and what its speaker came from, so errors can be counted by rule.</summary>
public class RuleTests
{
    [Fact]
    public void A_quote_with_a_named_cue_is_a_quote_attributed_by_name()
    {
        var s = Body("\"The bridge will open in May,\" Maria Lind said.").Single();
        Assert.Equal("quote/cue-name", s.Rule);
    }

    [Fact]
    public void A_pronoun_cue_and_a_cueless_follow_up_quote_say_so()
    {
        var result = Body("Engineer Maria Lind inspected the bridge.", "\"It is safe,\" she said.", "\"We checked every bolt.\"");
        Assert.Equal("quote/cue-pronoun", result.With("It is safe,").Rule);
        Assert.Equal("quote/previous", result.With("We checked every bolt.").Rule);
    }

    [Fact]
    public void Reported_speech_is_found_by_the_reported_stage()
    {
        var s = Body("Иван Петров заявил, что мост откроют в мае.").Single();
        Assert.Equal("reported/cue-name", s.Rule);
    }

    [Fact]
    public void A_quote_nobody_is_said_to_say_has_no_cue()
    {
        var s = Body("\"Nobody knows when the bridge will open.\"").Single();
        Assert.Equal("quote/no-previous", s.Rule);
        Assert.Null(s.Speaker);
    }
}
