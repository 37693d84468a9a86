using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"according to a report by X", "according to the X website": an unowned document speaks for the author it names.</summary>
public class DocumentAuthorTests
{
    private const string Before = "The ministry said on Monday that prices were stable across the region.";

    [Theory]
    [InlineData("According to a report by the Northwind Institute, prices will keep rising next year.", "Northwind Institute")]
    [InlineData("According to a survey by Northwind Polling, most residents want more buses.", "Northwind Polling")]
    [InlineData("According to the Harbor Trust website, the new pier will open in the spring.", "Harbor Trust")]
    [InlineData("Rail workers will strike next week, according to a statement from the union.", "union")]
    public void A_document_names_its_author(string sentence, string author)
    {
        var result = Body(Before, sentence);
        Assert.Equal(author, result.Statements[1].Speaker);
    }

    [Fact]
    public void A_document_naming_nobody_speaks_for_the_body_last_quoted()
    {
        var result = Body(Before, "According to the report, the number of empty homes has doubled since last year.");
        Assert.Equal("ministry", result.Statements[1].Speaker);
    }
}
