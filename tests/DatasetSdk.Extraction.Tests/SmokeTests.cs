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
        var doc = DocumentExtractor.Extract("x.txt", "abc\0def");
        Assert.Equal(IssueKind.BinaryContent, Assert.Single(doc.Issues).Kind);
    }
}
