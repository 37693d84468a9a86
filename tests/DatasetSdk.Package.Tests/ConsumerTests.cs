using System.Text.RegularExpressions;

namespace DatasetSdk.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackedPackage package)
{
    private const string FerryQuote = "The pier is safe again, and the first crossing left on time this morning";

    // Written for these tests: a dateline, a direct quote with a named speaker after it, and reported speech.
    private const string FerryArticle = """
        Ferry link to the islands reopens after storm repairs

        HARBOURTON, March 4, 2024 /Coastal Herald/.

        The ferry service between Harbourton and the northern islands resumed on Monday after two weeks of repairs to the pier.

        "The pier is safe again, and the first crossing left on time this morning," harbour master Ellen Marsh told reporters.

        Marsh said that the timetable would return to normal by the end of the week.
        """;

    private const string DecoyArticle = """
        Library extends its opening hours

        "We will stay open until nine on weekdays from now on," librarian Tomas Berg said on Tuesday.
        """;

    private const string PrintStatements = """
        using System;
        using Consumer;

        Console.WriteLine("documents: " + string.Join(",", DocumentIds()));
        foreach (var statement in Corpus.Statements.All)
        {
            Console.WriteLine($"{statement.Speaker?.Name ?? "?"} [{statement.Kind}] {statement.Text}");
        }
        Console.WriteLine("by Marsh: " + Corpus.Statements.BySpeaker("Marsh").Count);

        static System.Collections.Generic.IEnumerable<string> DocumentIds()
        {
            foreach (var document in Corpus.Documents.All) yield return document.Id;
        }
        """;

    [Fact]
    public void Console_app_with_seeds_folder_prints_the_statement_of_its_article()
    {
        var consumer = new ScratchConsumer(package, "console-seeds");
        consumer.WriteProject("net10.0", "Exe");
        consumer.Write("seeds/ferry.txt", FerryArticle);
        consumer.Write("Program.cs", PrintStatements);

        var output = BuildAndRun(consumer);

        AssertShows(output, "documents: ferry");
        AssertShows(output, FerryQuote);
        Assert.True(Regex.IsMatch(output, "by Marsh: [1-9]"), "No statement found by the speaker's surname:\n" + output);
    }

    [Fact]
    public void DatasetSdkSeeds_property_replaces_the_default_seeds_glob()
    {
        var consumer = new ScratchConsumer(package, "console-custom-glob");
        consumer.WriteProject("net10.0", "Exe", "<DatasetSdkSeeds>articles/**/*.txt</DatasetSdkSeeds>");
        consumer.Write("articles/2024/ferry.txt", FerryArticle);
        consumer.Write("seeds/library.txt", DecoyArticle);
        consumer.Write("Program.cs", PrintStatements);

        var output = BuildAndRun(consumer);

        AssertShows(output, "documents: ferry" + Environment.NewLine);
        AssertShows(output, FerryQuote);
        Assert.False(output.Contains("nine on weekdays", StringComparison.Ordinal), "The file outside the glob was compiled in:\n" + output);
    }

    [Fact]
    public void Old_framework_library_gets_one_clear_diagnostic_instead_of_compile_errors()
    {
        var consumer = new ScratchConsumer(package, "netstandard-library");
        consumer.WriteProject("netstandard2.0", "Library");
        consumer.Write("seeds/ferry.txt", FerryArticle);
        consumer.Write("Greeter.cs", "namespace Consumer { public static class Greeter { public static string Hello() { return \"hello\"; } } }");

        var result = consumer.Build();

        var diagnostics = Diagnostics(result.Output);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
        // DSDK007 names the minimum C# version and framework; nothing else should be reported.
        var single = Assert.Single(diagnostics, d => d.Id.StartsWith("DSDK", StringComparison.Ordinal));
        Assert.Equal("DSDK007", single.Id);
        Assert.Contains("C# 7.3", single.Message);
    }

    [Fact]
    public void Net8_library_compiles_the_corpus_without_a_warning()
    {
        // Only the .NET 10 runtime is installed here, so the net8.0 consumer is built, not run.
        var consumer = new ScratchConsumer(package, "net8-library");
        consumer.WriteProject("net8.0", "Library", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><GenerateDocumentationFile>true</GenerateDocumentationFile><DatasetSdkVisibility>public</DatasetSdkVisibility>");
        consumer.Write("seeds/ferry.txt", FerryArticle);
        consumer.Write("Quotes.cs", "namespace Consumer { /// <summary>Quotes.</summary>\npublic static class Quotes { /// <summary>Count.</summary>\npublic static int Count => Corpus.Statements.All.Count; } }");

        var result = consumer.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(Diagnostics(result.Output), d => !d.Id.StartsWith("DSDK003", StringComparison.Ordinal));
    }

    [Fact]
    public void The_packaged_analyzer_warns_about_a_mistyped_speaker_key()
    {
        var consumer = new ScratchConsumer(package, "analyzer-typo");
        consumer.WriteProject("net10.0", "Exe");
        consumer.Write("seeds/ferry.txt", FerryArticle);
        consumer.Write("Program.cs", "System.Console.WriteLine(Consumer.Corpus.Statements.BySpeaker(\"Marhs\").Count);");

        var result = consumer.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(Diagnostics(result.Output), d => d.Id == "DSDK101");
        Assert.Contains("'Marhs'", warning.Message);
        Assert.Contains("Did you mean 'Marsh'", warning.Message);
    }

    private static void AssertShows(string output, string expected) =>
        Assert.True(output.Contains(expected, StringComparison.Ordinal), $"Expected the output to show \"{expected}\":\n{output}");

    private static string BuildAndRun(ScratchConsumer consumer)
    {
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, build + "\n" + run);
        return run.Output;
    }

    private static List<BuildDiagnostic> Diagnostics(string output) => BuildOutput.Diagnostics(output);
}
