using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Manifest;

public class ManifestParserTests
{
    [Fact]
    public void Reads_alias_lists_roles_and_exclusions()
    {
        var manifest = ManifestParser.Parse("""
            {
              "speakers": {
                "Fumio Kishida": ["Kisida", "Кисида"],
                "Jane Roe": { "role": "Mayor", "aliases": ["J. Roe"] }
              },
              "exclude": { "files": ["draft-*.txt"], "statements": ["a#2"] }
            }
            """);

        Assert.Empty(manifest.Issues);
        Assert.Equal(new[] { "Fumio Kishida", "Jane Roe" }, manifest.Speakers.Select(s => s.Name));
        Assert.Equal(new[] { "Kisida", "Кисида" }, manifest.Speakers[0].Aliases);
        Assert.Equal("Mayor", manifest.Speakers[1].Role);
        Assert.Equal("draft-*.txt", Assert.Single(manifest.ExcludedFiles).Value);
        Assert.Equal("a#2", Assert.Single(manifest.ExcludedStatements).Value);
    }

    [Fact]
    public void Malformed_json_is_one_issue_with_its_line()
    {
        var manifest = ManifestParser.Parse("{\n  \"speakers\": {\n    \"A\": [\"x\",]\n  }\n}");

        var issue = Assert.Single(manifest.Issues);
        Assert.Equal(IssueKind.InvalidManifest, issue.Kind);
        Assert.Equal(3, issue.Line);
        Assert.Empty(manifest.Speakers);
    }

    [Fact]
    public void Unknown_settings_are_reported_and_the_rest_is_kept()
    {
        var manifest = ManifestParser.Parse("{\n \"speakers\": { \"A B\": [\"AB\"] },\n \"colour\": \"red\"\n}");

        Assert.Equal(3, Assert.Single(manifest.Issues).Line);
        Assert.Equal("A B", Assert.Single(manifest.Speakers).Name);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"speakers\": [\"x\"]}")]
    [InlineData("{\"speakers\": {\"A\": [1]}}")]
    [InlineData("{\"exclude\": {\"people\": []}}")]
    [InlineData("")]
    public void Wrong_shapes_become_issues_never_exceptions(string text)
    {
        Assert.NotEmpty(ManifestParser.Parse(text).Issues);
    }
}

public class ManifestApplierTests
{
    private static ExtractedDocument Doc(string id) => new(
        id, id + ".txt", "seeds/" + id + ".txt", "en", null, null, null, null,
        EquatableArray<ExtractedStatement>.Empty, EquatableArray<DocumentSpeaker>.Empty,
        EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty, EquatableArray<ExtractionIssue>.Empty);

    private static ExtractedStatement Said(string text) => new(0, text.Length, 1, StatementKind.Direct, text, null, null, "en");

    private static CorpusSpeaker Speaker(string id, string name, params string[] aliases) =>
        new(id, name, null, new EquatableArray<string>(aliases), false);

    private static CorpusModel Corpus() => new(
        new EquatableArray<ExtractedDocument>(new[] { Doc("a"), Doc("b") }),
        new EquatableArray<CorpusSpeaker>(new[] { Speaker("FumioKisida", "Fumio Kisida", "Kisida"), Speaker("Кишида", "Кишида"), Speaker("JaneRoe", "Jane Roe") }),
        new EquatableArray<CorpusStatement>(new[]
        {
            new CorpusStatement("a#0", 0, 0, Said("one")),
            new CorpusStatement("a#1", 0, 2, Said("two")),
            new CorpusStatement("b#0", 1, 1, Said("three")),
        }));

    [Fact]
    public void Speakers_named_by_the_manifest_merge_under_its_canonical_name()
    {
        var manifest = ManifestParser.Parse("""{ "speakers": { "Fumio Kishida": { "role": "Foreign Minister", "aliases": ["Kisida", "кишида"] } } }""");

        var corpus = ManifestApplier.Apply(Corpus(), manifest);

        Assert.Equal(2, corpus.Speakers.Count);
        var kishida = corpus.Speakers.Single(s => s.Name == "Fumio Kishida");
        Assert.Equal("FumioKishida", kishida.Id);
        Assert.Equal("Foreign Minister", kishida.Role);
        Assert.Contains("Кишида", kishida.Aliases);
        Assert.Contains("Fumio Kisida", kishida.Aliases);
        var kishidaIndex = corpus.Speakers.ToList().IndexOf(kishida);
        Assert.Equal(new[] { "a#0", "b#0" }, corpus.Statements.Where(s => s.Speaker == kishidaIndex).Select(s => s.Id));
        Assert.Equal("Jane Roe", corpus.Speakers[corpus.Statements.Single(s => s.Id == "a#1").Speaker].Name);
    }

    [Fact]
    public void Excluded_files_and_statements_are_dropped_and_ids_of_the_rest_are_kept()
    {
        var manifest = ManifestParser.Parse("""{ "exclude": { "files": ["B.*"], "statements": ["a#0"] } }""");

        var corpus = ManifestApplier.Apply(Corpus(), manifest);

        Assert.Equal("a", Assert.Single(corpus.Documents).Id);
        var statement = Assert.Single(corpus.Statements);
        Assert.Equal("a#1", statement.Id);
        Assert.Equal(0, statement.Document);
    }

    [Fact]
    public void An_empty_manifest_changes_nothing()
    {
        var corpus = Corpus();
        Assert.Equal(corpus, ManifestApplier.Apply(corpus, CorpusManifest.None));
    }
}
