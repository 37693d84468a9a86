using DatasetSdk.Cli;
using DatasetSdk.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Extraction.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dsdk-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Seed(string name) => Path.Combine(_dir, name);

    private void WriteGoodArticle(string name) =>
        Cli.WriteArticle(Seed(name), "Heat wave expected in the south", "\"It will be the hottest week of the year,\" Tom Hale said.");

    [Fact]
    public void Clean_seeds_print_only_the_tally_and_exit_0()
    {
        WriteGoodArticle("a.txt");
        WriteGoodArticle("b.txt");

        var (code, output, err) = Cli.Run("check", _dir);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("2 files checked: 0 errors, 0 warnings, 0 messages" + Environment.NewLine, output);
        Assert.Empty(err);
    }

    [Fact]
    public void An_empty_seed_is_the_builds_DSDK001_in_the_compilers_format()
    {
        WriteGoodArticle("a.txt");
        File.WriteAllText(Seed("draft.txt"), "  \n");

        var (code, output, _) = Cli.Run("check", _dir);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains($"{Seed("draft.txt")}(1,1): warning DSDK001: Seed file '{Seed("draft.txt")}' has no text; it adds nothing to the corpus", output);
        Assert.Contains("0 errors, 1 warning, 0 messages", output);
    }

    [Fact]
    public void Warnaserror_fails_on_a_warning()
    {
        WriteGoodArticle("a.txt");
        File.WriteAllText(Seed("draft.txt"), "");

        Assert.Equal(CommandLine.Failed, Cli.Run("check", _dir, "--warnaserror").Code);
    }

    [Fact]
    public void A_file_without_statements_is_an_info_that_fails_nothing()
    {
        Cli.WriteArticle(Seed("a.txt"), "Bridge closed for repairs", "The bridge will stay closed until May.");

        var (code, output, _) = Cli.Run("check", _dir, "--warnaserror");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("info DSDK003: No statements were found in 'a.txt'; the document is still part of the corpus", output);
    }

    [Fact]
    public void A_duplicate_document_id_in_a_subfolder_is_DSDK006()
    {
        WriteGoodArticle("a.txt");
        Directory.CreateDirectory(Seed("more"));
        WriteGoodArticle(Path.Combine("more", "a.txt"));

        var (_, output, _) = Cli.Run("check", _dir);

        Assert.Contains("warning DSDK006: Seed file '" + Seed(Path.Combine("more", "a.txt")) + "' has the document id 'a' already taken by '" + Seed("a.txt") + "'", output);
    }

    [Fact]
    public void Manifest_problems_are_DSDK010_and_DSDK011_at_their_lines()
    {
        WriteGoodArticle("a.txt");
        File.WriteAllText(Seed("corpus.json"), "{\n  \"exclude\": {\n    \"statements\": [\"a#00000000\"]\n  },\n  \"speakers\": 3\n}");

        var (code, output, _) = Cli.Run("check", _dir);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains($"{Seed("corpus.json")}(5,1): warning DSDK010: Corpus manifest '{Seed("corpus.json")}': ", output);
        Assert.Contains($"{Seed("corpus.json")}(3,1): warning DSDK011: Corpus manifest '{Seed("corpus.json")}': 'exclude.statements' entry 'a#00000000' matches no statement", output);
        Assert.Contains("0 errors, 2 warnings", output);
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, false, CommandLine.Failed)]
    [InlineData(DiagnosticSeverity.Warning, false, CommandLine.Ok)]
    [InlineData(DiagnosticSeverity.Warning, true, CommandLine.Failed)]
    [InlineData(DiagnosticSeverity.Info, true, CommandLine.Ok)]
    public void The_exit_code_is_1_exactly_when_the_build_would_fail(DiagnosticSeverity severity, bool warningsAsErrors, int expected)
    {
        // No seed can make the generator fail, so the rule is driven with a diagnostic of each severity.
        var descriptor = new DiagnosticDescriptor("DSDK999", "t", "m", "c", severity, isEnabledByDefault: true);
        var diagnostics = new[] { Diagnostic.Create(DiagnosticDescriptors.NoStatements, Location.None, "a.txt", "none"), Diagnostic.Create(descriptor, Location.None) };

        Assert.Equal(expected, CheckCommand.ExitCode(diagnostics, warningsAsErrors));
    }
}
