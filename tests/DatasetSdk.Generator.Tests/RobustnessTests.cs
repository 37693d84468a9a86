using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class RobustnessTests
{
    [Fact]
    public void Bad_files_become_diagnostics_at_their_path_and_the_rest_is_still_emitted()
    {
        var seeds = new[]
        {
            new Seed("/p/seeds/good.txt", Articles.English("trade")),
            new Seed("/p/seeds/empty.txt", "  \n\n"),
            new Seed("/p/seeds/binary.txt", "PK\u0003\u0004\0\0\0binary\0"),
            new Seed("/p/seeds/a/dup.txt", Articles.English("energy")),
            new Seed("/p/seeds/b/dup.txt", Articles.Russian),
        };

        var (result, output) = Harness.Run(seeds);

        Assert.Null(result.Exception);
        AssertReported(result, "DSDK001", "/p/seeds/empty.txt");
        AssertReported(result, "DSDK002", "/p/seeds/binary.txt");
        var duplicate = AssertReported(result, "DSDK006", "/p/seeds/b/dup.txt");
        Assert.Contains("/p/seeds/a/dup.txt", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Descriptor.HelpLinkUri)));

        Harness.AssertCompiles(output);
        var assembly = Harness.Load(output);
        var documents = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "All"));
        Assert.Equal(new[] { "dup", "good" }, documents.Select(d => (string)Harness.Get(d, "Id")!));
        // The first path in ordinal order wins: a/dup.txt, the English article.
        var dup = Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "ById", "dup")!;
        Assert.Equal("en", Harness.Get(dup, "Language"));
    }

    [Fact]
    public void A_seed_with_one_stray_NUL_keeps_its_statements_and_gets_no_diagnostic()
    {
        var text = Articles.English("trade");
        var withNul = text.Insert(text.IndexOf('\n'), "\0");

        var (result, output) = Harness.Run(new[] { new Seed("/p/seeds/trade.txt", withNul) });

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSDK002");
        Harness.AssertCompiles(output);
        var statements = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Statements", "All"));
        Assert.NotEmpty(statements);
        Assert.Equal(DatasetSdk.Extraction.DocumentExtractor.Extract("trade.txt", text).Statements.Select(s => s.Text), statements.Select(s => (string)Harness.Get(s, "Text")!));
        Assert.All(statements, s => Assert.DoesNotContain('\0', (string)Harness.Get(s, "Text")!));
    }

    [Fact]
    public void A_binary_seed_is_reported_as_binary_with_its_reason()
    {
        var (result, _) = Harness.Run(new[] { new Seed("/p/seeds/photo.txt", "\u0089PNG\r\n\u001A\n\0\0\0\rIHDR\0\0\0\u0010\0\0\0\u0010\b\u0006\0\0\0") });

        var diagnostic = AssertReported(result, "DSDK002", "/p/seeds/photo.txt");
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("binary data", message);
        Assert.DoesNotContain("UTF-8", message);
    }

    [Fact]
    public void An_empty_file_does_not_take_the_id_of_a_real_article()
    {
        var seeds = new[] { new Seed("/p/seeds/a/same.txt", ""), new Seed("/p/seeds/b/same.txt", Articles.English("trade")) };

        var (result, output) = Harness.Run(seeds);

        AssertReported(result, "DSDK001", "/p/seeds/a/same.txt");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSDK006");
        Assert.NotNull(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Documents", "ById", "same"));
    }

    [Theory]
    [InlineData("DatasetSdkPublished", "6 May 2016")]
    [InlineData("DatasetSdkPublished", "2016-02-30")]
    [InlineData("DatasetSdkLanguage", "English")]
    public void Unusable_metadata_is_reported_and_the_document_kept(string name, string value)
    {
        var seed = new Seed("/p/seeds/meta.txt", Articles.English("trade"), new Dictionary<string, string> { [name] = value });

        var (result, output) = Harness.Run(new[] { seed });

        var diagnostic = AssertReported(result, "DSDK004", "/p/seeds/meta.txt");
        Assert.Contains(value, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
        var document = Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Documents", "ById", "meta")!;
        Assert.NotEqual(value, Harness.Get(document, "Language"));
        Assert.NotEqual("2016-02-30", Harness.Get(document, "Published")?.ToString());
    }

    [Fact]
    public void Additional_files_without_seed_metadata_are_ignored()
    {
        var seeds = new[]
        {
            new Seed("/p/seeds/good.txt", Articles.English("trade")),
            new Seed("/p/PublicAPI.Shipped.txt", "#nullable enable\nConsumer.Program\n", IsSeed: false),
            new Seed("/p/seeds/not-marked.txt", Articles.English("energy"), new Dictionary<string, string> { ["DatasetSdkSeed"] = "false" }, IsSeed: false),
        };

        var (result, output) = Harness.Run(seeds);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var documents = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Documents", "All"));
        Assert.Equal("good", Harness.Get(Assert.Single(documents), "Id"));
    }

    [Fact]
    public void No_seeds_still_emit_an_empty_corpus()
    {
        var (result, output) = Harness.Run(Array.Empty<Seed>());

        Assert.Empty(result.Diagnostics);
        Harness.AssertCompiles(output);
        var assembly = Harness.Load(output);
        Assert.Empty(Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "All")));
        Assert.Empty(Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "BySpeaker", "anyone")));
        Assert.Empty(Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "Containing", "word")));
        Assert.Null(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Speakers", "Find", "anyone"));
    }

    [Fact]
    public void Cancellation_stops_the_generator_without_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var driver = Harness.Driver(Articles.Three());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(Harness.Compilation(), cancelled.Token));
    }

    private static Diagnostic AssertReported(GeneratorRunResult result, string id, string path)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        return diagnostic;
    }
}
