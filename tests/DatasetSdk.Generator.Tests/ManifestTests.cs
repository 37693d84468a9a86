using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class ManifestTests
{
    private const string Type = "DatasetSdk.Generated.Corpus+Speakers";

    private static readonly string Storm = """
        Weather

        Storm warning issued for the coast

        OSLO, March 4 (Example Wire). Forecaster Anna Berg warned of heavy rain on Tuesday.

        "It will rain all week and the roads will flood," Berg said.
        """;

    private static Seed Article(string name = "storm") => new($"/p/seeds/{name}.txt", Storm);

    private static Seed Manifest(string json) =>
        new("/p/seeds/corpus.json", json, new Dictionary<string, string> { ["DatasetSdkManifest"] = "true" }, IsSeed: false);

    private static object? Find(System.Reflection.Assembly corpus, string key) => Harness.Invoke(corpus, Type, "Find", key);

    [Fact]
    public void The_manifest_renames_a_speaker_and_gives_its_role_and_aliases()
    {
        var manifest = Manifest("""{ "speakers": { "Anna Berg Larsen": { "role": "Chief Forecaster", "aliases": ["Berg"] } } }""");

        var (result, output) = Harness.Run(new[] { Article(), manifest });

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Harness.AssertCompiles(output);
        var corpus = Harness.Load(output);
        var speaker = Find(corpus, "Berg");
        Assert.NotNull(speaker);
        Assert.Equal("Anna Berg Larsen", Harness.Get(speaker!, "Name"));
        Assert.Equal("AnnaBergLarsen", Harness.Get(speaker!, "Id"));
        Assert.Equal("Chief Forecaster", Harness.Get(speaker!, "Role"));
        Assert.Same(speaker, Find(corpus, "anna berg larsen"));
    }

    [Fact]
    public void Excluded_files_leave_the_corpus()
    {
        var (_, output) = Harness.Run(new[] { Article("storm"), Article("draft-storm"), Manifest("""{ "exclude": { "files": ["draft-*"] } }""") });

        var documents = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Documents", "All"));
        Assert.Equal(new[] { "storm" }, documents.Select(d => (string)Harness.Get(d, "Id")!));
    }

    [Fact]
    public void A_malformed_manifest_is_DSDK010_at_its_line_and_the_corpus_is_still_generated()
    {
        var (result, output) = Harness.Run(new[] { Article(), Manifest("{\n  \"speakers\": {\n    \"Anna Berg\": [\"A. Berg\",]\n  }\n}") });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK010");
        Assert.Equal("/p/seeds/corpus.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("not valid JSON", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
        Assert.NotNull(Find(Harness.Load(output), "Berg"));
    }

    [Fact]
    public void Entries_that_match_nothing_are_DSDK011_at_their_lines_and_the_rest_applies()
    {
        var json = "{\n  \"speakers\": { \"Nobody Here\": [\"Ghost\"], \"Anna Berg Larsen\": [\"Berg\"] },\n  \"exclude\": {\n    \"files\": [\"draft-*\"],\n    \"statements\": [\"storm#00000000\"]\n  }\n}";
        var (result, output) = Harness.Run(new[] { Article(), Manifest(json) });

        var unmatched = result.Diagnostics.Where(d => d.Id == "DSDK011").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(new[] { 1, 3, 4 }, unmatched.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.All(unmatched, d => Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity));
        Assert.Contains("'Nobody Here'", unmatched[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("storm#00000000", unmatched[2].GetMessage(CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
        Assert.Equal("Anna Berg Larsen", Harness.Get(Find(Harness.Load(output), "Berg")!, "Name"));
    }

    [Fact]
    public void An_exclusion_by_a_current_statement_id_is_no_warning()
    {
        var (first, firstOutput) = Harness.Run(new[] { Article() });
        var statements = Harness.Items(Harness.Invoke(Harness.Load(firstOutput), "DatasetSdk.Generated.Corpus+Statements", "All"));
        var id = (string)Harness.Get(statements.First(), "Id")!;

        var (result, output) = Harness.Run(new[] { Article(), Manifest($$"""{ "exclude": { "statements": ["{{id}}"] } }""") });

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DSDK011");
        var left = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Statements", "All"));
        Assert.DoesNotContain(left, s => (string)Harness.Get(s, "Id")! == id);
        Assert.Equal(statements.Count - 1, left.Count);
    }

    [Fact]
    public void Editing_the_manifest_extracts_no_seed_again()
    {
        var seeds = new List<Seed> { Article("a"), Article("b"), Manifest("""{ "speakers": { "Anna Berg Larsen": ["Berg"] } }""") };
        var texts = seeds.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)).ToList();
        var compilation = Harness.Compilation();
        var driver = Harness.Driver(seeds, texts).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(texts[2], new MemoryText(seeds[2].Path, """{ "speakers": { "Dr. Anna Berg": ["Berg"] } }"""));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Extract].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.BuildCorpus].SelectMany(s => s.Outputs)).Reason);
    }

    private static List<object> Statements(System.Reflection.Assembly corpus) =>
        Harness.Items(Harness.Invoke(corpus, "DatasetSdk.Generated.Corpus+Statements", "All"));

    private static string? SpeakerName(object statement) =>
        Harness.Get(statement, "Speaker") is { } speaker ? (string?)Harness.Get(speaker, "Name") : null;

    [Fact]
    public void A_statement_id_in_the_manifest_sets_its_speaker_in_the_generated_corpus()
    {
        var (_, firstOutput) = Harness.Run(new[] { Article() });
        var quote = Statements(Harness.Load(firstOutput)).Single(s => ((string)Harness.Get(s, "Text")!).StartsWith("It will rain", StringComparison.Ordinal));
        var id = (string)Harness.Get(quote, "Id")!;
        Assert.NotEqual("Lars Dahl", SpeakerName(quote));

        var (result, output) = Harness.Run(new[] { Article(), Manifest($$"""{ "statements": { "{{id}}": { "speaker": "Lars Dahl" } } }""") });

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Harness.AssertCompiles(output);
        var corpus = Harness.Load(output);
        Assert.Equal("Lars Dahl", SpeakerName(Statements(corpus).Single(s => (string)Harness.Get(s, "Id")! == id)));
        Assert.NotNull(Find(corpus, "lars dahl"));
    }

    [Fact]
    public void An_added_statement_is_generated_where_its_words_stand_with_its_speaker_and_kind()
    {
        var json = """{ "add": [ { "document": "storm", "text": "heavy rain on Tuesday", "speaker": "Berg", "kind": "indirect" } ] }""";

        var (result, output) = Harness.Run(new[] { Article(), Manifest(json) });

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Harness.AssertCompiles(output);
        var statements = Statements(Harness.Load(output));
        var added = Assert.Single(statements, s => (string)Harness.Get(s, "Text")! == "heavy rain on Tuesday");
        var quote = statements.Single(s => ((string)Harness.Get(s, "Text")!).StartsWith("It will rain", StringComparison.Ordinal));
        Assert.Equal(SpeakerName(quote), SpeakerName(added));
        Assert.True(statements.IndexOf(added) < statements.IndexOf(quote));
        Assert.Equal(5, Convert.ToInt32(Harness.Get(added, "Line"), CultureInfo.InvariantCulture));
        Assert.Equal("Indirect", Harness.Get(added, "Kind")!.ToString());
    }

    [Fact]
    public void An_addition_whose_words_are_not_in_the_document_is_DSDK011_at_its_line()
    {
        var json = "{\n  \"add\": [\n    { \"document\": \"storm\", \"text\": \"snow is coming\" }\n  ]\n}";

        var (result, output) = Harness.Run(new[] { Article(), Manifest(json) });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK011");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("snow is coming", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
        Assert.DoesNotContain(Statements(Harness.Load(output)), s => (string)Harness.Get(s, "Text")! == "snow is coming");
    }
}
