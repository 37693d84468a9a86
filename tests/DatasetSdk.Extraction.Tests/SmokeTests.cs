using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests;

public class DocumentExtractorTests
{
    [Fact]
    public void Empty_file_is_an_issue_not_an_exception()
    {
        var doc = DocumentExtractor.Extract("seeds/empty.txt", "  \n");
        Assert.Equal("empty", doc.Id);
        Assert.Equal(IssueKind.EmptyFile, Assert.Single(doc.Issues).Kind);
    }

    [Fact]
    public void Binary_file_is_an_issue()
    {
        var doc = DocumentExtractor.Extract("x.txt", "PK\u0003\u0004\0\0\0\u0014\0\u0008\0data\0");
        var issue = Assert.Single(doc.Issues);
        Assert.Equal(IssueKind.BinaryContent, issue.Kind);
        Assert.Contains("binary data", issue.Message);
    }
}

public class MetadataOverrideTests
{
    private const string Article = "Storm warning issued for the coast\n\nForecaster Anna Berg warned of heavy rain.\n\n\"It will rain all week,\" Berg said.\n";

    [Fact]
    public void A_published_override_that_is_not_a_date_is_reported_and_ignored()
    {
        var doc = DocumentExtractor.Extract("a.txt", Article, new DocumentOptions(Published: "last Tuesday"));

        var issue = Assert.Single(doc.Issues, i => i.Kind == IssueKind.InvalidMetadata);
        Assert.Contains("last Tuesday", issue.Message);
        Assert.Null(doc.Published);
    }

    [Fact]
    public void A_language_override_that_is_not_a_code_is_reported_and_the_text_decides()
    {
        var doc = DocumentExtractor.Extract("a.txt", Article, new DocumentOptions(Language: "English"));

        Assert.Single(doc.Issues, i => i.Kind == IssueKind.InvalidMetadata);
        Assert.Equal("en", doc.Language);
    }

    [Fact]
    public void Valid_overrides_win_over_the_text_without_issues()
    {
        var doc = DocumentExtractor.Extract("a.txt", Article, new DocumentOptions("2015-11-15", "Sputnik", "en"));

        Assert.DoesNotContain(doc.Issues, i => i.Kind == IssueKind.InvalidMetadata);
        Assert.Equal("2015-11-15", doc.Published?.ToString());
        Assert.Equal("Sputnik", doc.Source);
    }
}
