using System.Text.Json;
using DatasetSdk.Cli;

namespace DatasetSdk.Extraction.Tests.Cli;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dsdk-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void WriteCorpus()
    {
        Cli.WriteArticle(Path.Combine(_dir, "a.txt"), "Storm warning issued for the coast",
            "LONDON, March 4, 2024 /Coastal Herald/.",
            "Forecaster Anna Berg warned of heavy rain.",
            "\"It will rain all week,\" Berg said.",
            "\"Stay off the coast road,\" Berg said.");
        Cli.WriteArticle(Path.Combine(_dir, "b.txt"), "Library extends its opening hours",
            "\"We will stay open until nine on weekdays from now on,\" librarian Tomas Hale said on Tuesday.");
        Cli.WriteArticle(Path.Combine(_dir, "c.txt"), "Bridge closed for repairs", "The bridge will stay closed until May.");
    }

    [Fact]
    public void The_summary_counts_documents_languages_kinds_speakers_and_lists_diagnostics()
    {
        WriteCorpus();

        var (code, output, err) = Cli.Run("inspect", _dir);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(err);
        var lines = output.Split(Environment.NewLine).Select(l => l.Trim()).ToList();
        Assert.StartsWith("3 documents, 3 statements, 2 speakers,", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^en\s+3\s+3$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^direct\s+3$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^indirect\s+0$"));
        var berg = lines.FindIndex(l => l.StartsWith("Anna Berg", StringComparison.Ordinal));
        var hale = lines.FindIndex(l => l.StartsWith("Tomas Hale", StringComparison.Ordinal));
        Assert.True(berg >= 0 && berg < hale, output);
        Assert.Matches(@"^Anna Berg\s+2\s+1\s+Forecaster$", lines[berg]);
        Assert.Contains("diagnostics: 1", lines);
        Assert.Contains(lines, l => l.EndsWith("info DSDK003: No statements were found in 'c.txt'; the document is still part of the corpus", StringComparison.Ordinal));
    }

    [Fact]
    public void Top_limits_the_speakers_listed()
    {
        WriteCorpus();

        var (_, output, _) = Cli.Run("inspect", _dir, "--top", "1");

        Assert.Contains("Anna Berg", output);
        Assert.DoesNotContain("Tomas Hale", output);
    }

    [Theory]
    [InlineData("Berg")]
    [InlineData("anna berg")]
    [InlineData("  FORECASTER   ANNA BERG ")]
    public void Speaker_lists_date_id_kind_and_text_of_each_statement_found_by_name_surname_or_alias(string key)
    {
        WriteCorpus();
        var ids = StatementIdsOf("AnnaBerg");

        var (code, output, _) = Cli.Run("inspect", _dir, "--speaker", key);

        Assert.Equal(CommandLine.Ok, code);
        Assert.StartsWith("Anna Berg (AnnaBerg), Forecaster", output);
        Assert.Contains("2 statements in 1 document", output);
        Assert.Equal(2, ids.Count);
        Assert.Matches($@"2024-03-04  {ids[0]}  direct  It will rain all week,", output);
        Assert.Matches($@"2024-03-04  {ids[1]}  direct  Stay off the coast road,", output);
        Assert.DoesNotContain("Tomas Hale", output);
    }

    [Fact]
    public void An_unknown_speaker_exits_1_and_says_so()
    {
        WriteCorpus();

        var (code, output, err) = Cli.Run("inspect", _dir, "-s", "Bergg");

        Assert.Equal(CommandLine.Failed, code);
        Assert.Empty(output);
        Assert.Contains("no speaker 'Bergg'", err);
    }

    [Fact]
    public void In_the_seeds_a_speaker_is_found_in_either_script_with_the_same_statements()
    {
        var seeds = Cli.RepositorySeeds();

        var latin = Cli.Run("inspect", seeds, "--speaker", "lavrov");
        var cyrillic = Cli.Run("inspect", seeds, "--speaker", "Лавров");

        Assert.Equal(CommandLine.Ok, latin.Code);
        Assert.Equal(latin.Out, cyrillic.Out);
        Assert.StartsWith("Sergei Lavrov (SergeiLavrov)", latin.Out);
        // Every statement of the speaker is listed, one row each with its id.
        foreach (var id in StatementIdsOf("SergeiLavrov", seeds)) Assert.Contains(id, latin.Out);
    }

    private List<string> StatementIdsOf(string speaker, string? dir = null)
    {
        var json = Path.Combine(_dir, "export.json");
        Assert.Equal(CommandLine.Ok, Cli.Run("export", dir ?? _dir, "-o", json).Code);
        using var export = JsonDocument.Parse(File.ReadAllBytes(json));
        File.Delete(json);
        return export.RootElement.GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("speaker").GetString() == speaker)
            .Select(s => s.GetProperty("id").GetString()!)
            .ToList();
    }
}
