namespace DatasetSdk.Generator.Tests;

/// <summary>A corpus past the statements one compilation is asked to hold ends in one clear error, not an out-of-memory build.</summary>
public class CorpusLimitTests
{
    private static readonly Dictionary<string, string> Root = new() { ["RootNamespace"] = "Consumer" };

    [Fact]
    public void A_corpus_past_the_limit_is_one_error_and_no_code()
    {
        var properties = new Dictionary<string, string>(Root) { ["DatasetSdkMaxStatements"] = "2" };

        var (result, _) = Harness.Run(Articles.Three(), properties);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "DSDK013");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.Severity);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("more than the 2 one compilation", message);
        Assert.Contains("Split the seeds", message);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_corpus_within_the_limit_is_generated()
    {
        var properties = new Dictionary<string, string>(Root) { ["DatasetSdkMaxStatements"] = "1000" };

        var (result, output) = Harness.Run(Articles.Three(), properties);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSDK013");
        Harness.AssertCompiles(output);
    }

    [Fact]
    public void An_invalid_limit_is_reported_and_the_default_kept()
    {
        var properties = new Dictionary<string, string>(Root) { ["DatasetSdkMaxStatements"] = "many" };

        var (result, output) = Harness.Run(Articles.Three(), properties);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK008");
        Assert.Contains("DatasetSdkMaxStatements", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
    }
}
