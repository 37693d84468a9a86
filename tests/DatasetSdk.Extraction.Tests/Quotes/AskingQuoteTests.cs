using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>A quote closing on "?" or "!" ends the splitter's sentence, but a capitalized cue after it is still its cue.</summary>
public class AskingQuoteTests
{
    [Theory]
    [InlineData("“Why should the ferry stop now?” Anna Berg asked.", "Why should the ferry stop now?")]
    [InlineData("“The ferry stays!” Anna Berg said.", "The ferry stays!")]
    [InlineData("“Who pays for the pier?” Councillor Anna Berg asked reporters.", "Who pays for the pier?")]
    public void A_name_cue_after_a_question_or_exclamation_names_the_speaker(string paragraph, string quote)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(quote, s.Text);
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void A_writers_sentence_after_an_exclamation_is_no_cue()
    {
        var result = Body("Anna Berg is the mayor.", "“Stop the ferry!” The crowd ran to the pier.");
        var s = Assert.Single(result.Statements);
        Assert.Equal("Stop the ferry!", s.Text);
        Assert.NotEqual("The crowd", s.Speaker);
    }
}
