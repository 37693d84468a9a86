using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// Failures the property tests found, shrunk and rewritten as invented text. Each must extract without an
/// ExtractionFailed issue (the extractor's catch hides a crash as DSDK005) and keep every span exact and
/// non-empty.
/// </summary>
public class HostileRegressionTests
{
    [Theory]
    // ClauseBeforeCueSieve read a speech verb in the next sentence as the cue of "…, Berg." and searched
    // backwards from past the clause's end (ArgumentOutOfRangeException).
    [InlineData("The ferry will run daily, Berg. Said nothing.")]
    [InlineData("Паром будет ходить ежедневно, Рябов. «Сказал")]
    // DashQuotes took the nothing between "— " and ", — сказал" as a statement of length 0.
    [InlineData("— , — сказал Рябов.")]
    [InlineData("— \0, — сказал Рябов. — Мы готовы.")]
    public void Extracts_without_failing(string text)
    {
        var document = DocumentExtractor.Extract("/p/seeds/regression.txt", text);

        Assert.DoesNotContain(document.Issues, i => i.Kind == IssueKind.ExtractionFailed);
        DocumentSpec.Check(text, document);
    }
}
