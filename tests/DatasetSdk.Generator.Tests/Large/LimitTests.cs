using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests.Large;

/// <summary>A file past <see cref="DocumentExtractor.MaxFileChars"/> is one DSDK012 warning and is left out; nothing else changes.</summary>
public class LimitTests
{
    [Fact]
    public void A_file_past_the_limit_is_reported_and_skipped_and_the_rest_is_generated()
    {
        var huge = Articles.English("trade") + new string('x', DocumentExtractor.MaxFileChars);
        var seeds = new[] { new Seed("/p/seeds/huge.txt", huge), new Seed("/p/seeds/ordinary.txt", Articles.English("energy")) };

        var (result, output) = Harness.Run(seeds);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK012");
        Assert.Equal("/p/seeds/huge.txt", diagnostic.Location.GetLineSpan().Path);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(huge.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), message);
        Assert.Contains("split it", message);
        Harness.AssertCompiles(output);
        var documents = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Documents", "All"));
        var ordinary = Assert.Single(documents);
        Assert.Equal("ordinary", Harness.Get(ordinary, "Id"));
        Assert.NotEmpty(Harness.Items(Harness.Get(ordinary, "Statements")));
    }

    [Fact]
    public void The_limit_counts_characters_after_the_byte_order_mark()
    {
        // Blank text is the cheapest to extract: at the limit it is an empty file, one past it too large.
        var atLimit = "\uFEFF" + new string(' ', DocumentExtractor.MaxFileChars);
        var pastLimit = new string(' ', DocumentExtractor.MaxFileChars + 1);

        Assert.Equal(IssueKind.EmptyFile, Assert.Single(DocumentExtractor.Extract("a.txt", atLimit).Issues).Kind);
        Assert.Equal(IssueKind.FileTooLarge, Assert.Single(DocumentExtractor.Extract("a.txt", pastLimit).Issues).Kind);
    }
}
