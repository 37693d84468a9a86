using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>Each statement keeps where its speaker was named, so a reviewer sees why that speaker was chosen.</summary>
public class CueSpanTests
{
    [Fact]
    public void A_statement_keeps_the_words_that_named_its_speaker()
    {
        var result = Body("\u201cThe bridge is safe,\u201d Anna Berg said. \u201cIt will reopen in May.\u201d");
        var first = result.With("The bridge is safe,");
        Assert.Equal("Anna Berg", result.Text.Substring(first.CueStart, first.CueLength));
    }

    [Fact]
    public void A_continued_quote_has_no_cue_of_its_own()
    {
        var result = Body("\u201cThe bridge is safe,\u201d Anna Berg said. \u201cIt will reopen in May.\u201d");
        var second = result.With("It will reopen in May.");
        Assert.Equal("Anna Berg", second.Speaker);
        Assert.Equal(-1, second.CueStart);
        Assert.Equal(0, second.CueLength);
    }
}
