using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Manifest;

public class ManifestCorrectionTests
{
    private const string Harbour = """
        Harbour news

        Ferry timetable changes next month

        BERGEN, May 2, 2024 (Example Wire). Harbour master Tove Lind announced a new timetable.

        "The morning ferry will leave at six from June," Lind said.

        The changes matter to island commuters, the ferry company added in a statement.
        """;

    private static CorpusModel Built() => CorpusBuilder.Build(new[] { DocumentExtractor.Extract("seeds/harbour.txt", Harbour) });

    [Fact]
    public void Reads_statement_speakers_and_additions_with_their_lines()
    {
        var manifest = ManifestParser.Parse("""
            {
              "statements": { "harbour#0badf00d": { "speaker": "Per Holm" } },
              "add": [
                { "document": "harbour", "text": "a new timetable", "speaker": "Tove Lind", "kind": "partial" }
              ]
            }
            """);

        Assert.Empty(manifest.Issues);
        Assert.Equal(new ManifestSpeakerFix("harbour#0badf00d", "Per Holm", 2), Assert.Single(manifest.SpeakerFixes));
        Assert.Equal(new ManifestAddition("harbour", "a new timetable", "Tove Lind", StatementKind.Partial, 4), Assert.Single(manifest.Additions));
    }

    [Theory]
    [InlineData("{\"statements\": {\"a#1\": \"Per Holm\"}}")]
    [InlineData("{\"statements\": {\"a#1\": {\"speeker\": \"Per Holm\"}}}")]
    [InlineData("{\"statements\": []}")]
    [InlineData("{\"add\": {}}")]
    [InlineData("{\"add\": [{\"document\": \"a\"}]}")]
    [InlineData("{\"add\": [{\"document\": \"a\", \"text\": \"x\", \"kind\": \"shouted\"}]}")]
    [InlineData("{\"add\": [\"a\"]}")]
    public void Malformed_corrections_are_issues_and_add_nothing(string text)
    {
        var manifest = ManifestParser.Parse(text);

        Assert.All(manifest.Issues, i => Assert.Equal(IssueKind.InvalidManifest, i.Kind));
        Assert.NotEmpty(manifest.Issues);
        Assert.Empty(manifest.Additions);
    }

    [Fact]
    public void A_statement_takes_an_existing_speaker_found_by_alias()
    {
        var built = Built();
        var quote = built.Statements.Single(s => s.Statement.Text.StartsWith("The morning ferry", StringComparison.Ordinal));
        var company = built.Statements.Single(s => s.Statement.Text.Contains("island commuters", StringComparison.Ordinal));
        var manifest = ManifestParser.Parse($$"""{ "statements": { "{{company.Id}}": { "speaker": "LIND" } } }""");

        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Empty(ManifestApplier.Unmatched(built, manifest));
        Assert.Equal(built.Speakers.Count, corpus.Speakers.Count);
        var fixedStatement = corpus.Statements.Single(s => s.Id == company.Id);
        Assert.Equal(quote.Speaker, fixedStatement.Speaker);
        Assert.Equal("Tove Lind", corpus.Speakers[fixedStatement.Speaker].Name);
        Assert.EndsWith("/manifest", fixedStatement.Statement.Rule, StringComparison.Ordinal);
        Assert.Equal(built.Statements.Select(s => s.Id), corpus.Statements.Select(s => s.Id));
    }

    [Fact]
    public void A_statement_given_an_unknown_name_gets_a_new_speaker()
    {
        var built = Built();
        var quote = built.Statements.Single(s => s.Statement.Text.StartsWith("The morning ferry", StringComparison.Ordinal));
        var manifest = ManifestParser.Parse($$"""{ "statements": { "{{quote.Id}}": { "speaker": "Per Holm" } } }""");

        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Equal(built.Speakers.Count + 1, corpus.Speakers.Count);
        var speaker = corpus.Speakers[corpus.Statements.Single(s => s.Id == quote.Id).Speaker];
        Assert.Equal("Per Holm", speaker.Name);
        Assert.Equal("PerHolm", speaker.Id);
    }

    [Fact]
    public void An_addition_is_found_by_its_words_with_offsets_line_and_the_documents_date()
    {
        var built = Built();
        var manifest = ManifestParser.Parse("""{ "add": [ { "document": "harbour", "text": "a new timetable", "speaker": "Tove Lind", "kind": "partial" } ] }""");

        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Empty(ManifestApplier.Unmatched(built, manifest));
        Assert.Equal(built.Statements.Count + 1, corpus.Statements.Count);
        var added = corpus.Statements.Single(s => s.Statement.Text == "a new timetable");
        Assert.Equal(Harbour.IndexOf("a new timetable", StringComparison.Ordinal), added.Statement.Start);
        Assert.Equal("a new timetable".Length, added.Statement.Length);
        Assert.Equal(5, added.Statement.Line);
        Assert.Equal(StatementKind.Partial, added.Statement.Kind);
        Assert.Equal(built.Documents[0].Published, added.Statement.Date);
        Assert.NotNull(added.Statement.Date);
        Assert.Equal("Tove Lind", corpus.Speakers[added.Speaker].Name);
        Assert.Matches("^harbour#[0-9a-f]{8}$", added.Id);
        Assert.Equal(0, corpus.Statements.ToList().IndexOf(added));
        Assert.Equal(built.Statements.Select(s => s.Id), corpus.Statements.Where(s => s != added).Select(s => s.Id));
    }

    [Fact]
    public void Words_the_extractor_already_found_are_not_added_twice()
    {
        var built = Built();
        var quote = built.Statements.Single(s => s.Statement.Text.StartsWith("The morning ferry", StringComparison.Ordinal));
        var manifest = ManifestParser.Parse($$"""{ "add": [ { "document": "harbour.txt", "text": "{{quote.Statement.Text}}", "speaker": "Per Holm" } ] }""");

        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Equal(built.Statements.Count, corpus.Statements.Count);
        Assert.Equal("Per Holm", corpus.Speakers[corpus.Statements.Single(s => s.Id == quote.Id).Speaker].Name);
    }

    [Fact]
    public void Corrections_that_match_nothing_are_unmatched_at_their_lines_and_change_nothing()
    {
        var built = Built();
        var manifest = ManifestParser.Parse("""
            {
              "statements": { "harbour#00000000": { "speaker": "Per Holm" } },
              "add": [
                { "document": "harbour", "text": "words nobody wrote" },
                { "document": "lighthouse", "text": "a new timetable" }
              ]
            }
            """);

        var issues = ManifestApplier.Unmatched(built, manifest);
        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Equal(new[] { 2, 4, 5 }, issues.Select(i => i.Line));
        Assert.All(issues, i => Assert.Equal(IssueKind.UnmatchedManifestEntry, i.Kind));
        Assert.Contains("words nobody wrote", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("lighthouse", issues[2].Message, StringComparison.Ordinal);
        Assert.Equal(built.Statements, corpus.Statements);
        Assert.Equal(built.Speakers, corpus.Speakers);
    }

    [Fact]
    public void The_corrections_example_of_the_configuration_docs_does_what_the_docs_say()
    {
        var seed = "Storm warning issued for the coast\n\nOSLO, March 4, 2025 (Example Wire). Forecaster Anna Berg warned of heavy rain on Tuesday.\n\n"
            + "\"It will rain all week and the roads will flood,\" Berg said.\n\nFerries may stop running, the harbour office said.\n";
        var built = CorpusBuilder.Build(new[] { DocumentExtractor.Extract("seeds/storm.txt", seed) });
        var manifest = ManifestParser.Parse("""
            {
              "statements": {
                "storm#ef65ce69": { "speaker": "Per Holm" }
              },
              "add": [
                { "document": "storm", "text": "heavy rain on Tuesday", "speaker": "Berg", "kind": "indirect" }
              ]
            }
            """);

        var corpus = ManifestApplier.Apply(built, manifest);

        Assert.Empty(manifest.Issues);
        Assert.Empty(ManifestApplier.Unmatched(built, manifest));
        Assert.Equal("the harbour office", built.Speakers[built.Statements.Single(s => s.Id == "storm#ef65ce69").Speaker].Name);
        Assert.Equal("PerHolm", corpus.Speakers[corpus.Statements.Single(s => s.Id == "storm#ef65ce69").Speaker].Id);
        var added = corpus.Statements.Single(s => s.Statement.Text == "heavy rain on Tuesday");
        Assert.Equal("Anna Berg", corpus.Speakers[added.Speaker].Name);
        Assert.Equal("Anna Berg", added.Statement.Speaker);
        Assert.Equal(3, added.Statement.Line);
        Assert.Equal("2025-03-04", added.Statement.Date?.ToString());
    }
}
