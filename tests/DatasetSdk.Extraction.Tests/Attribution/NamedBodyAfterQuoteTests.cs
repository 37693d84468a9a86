using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>"“…,” the Foreign Ministry said": a named body after a quote speaks, its article aside.</summary>
public class NamedBodyAfterQuoteTests
{
    [Theory]
    [InlineData("\u201cThe bridge is safe and will reopen on Monday,\u201d the Transport Ministry said.", "Transport Ministry")]
    [InlineData("\u201cThe bridge is safe and will reopen on Monday,\u201d the Northwind Port Authority said on Friday.", "Northwind Port Authority")]
    public void A_named_body_after_the_quote_is_its_speaker(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Body(paragraph).Single().Speaker);
    }

    [Fact]
    public void A_bare_body_noun_after_the_quote_stays_a_description()
    {
        var statement = Body("\u201cThe bridge is safe and will reopen on Monday,\u201d the ministry said.").Single();
        Assert.Equal("the ministry", statement.Speaker);
    }
}
