using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Corpus;

namespace DatasetSdk.Generator.Tests;

public class SeedCorpusTests
{
    [Fact]
    public void Seed_corpus_compiles_without_warnings_and_matches_the_model()
    {
        var seeds = Harness.SeedFiles().ToList();
        Assert.NotEmpty(seeds);

        var (result, output) = Harness.Run(seeds);

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Harness.AssertCompiles(output);

        var model = CorpusBuilder.Build(seeds.Select(s => DocumentExtractor.Extract(s.Path, s.Text)));
        var assembly = Harness.Load(output);
        var all = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "All"));
        Assert.Equal(model.Statements.Count, all.Count);
        Assert.Equal(model.Statements.Select(s => s.Statement.Text), all.Select(s => (string)Harness.Get(s, "Text")!));

        var documents = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "All"));
        Assert.Equal(model.Documents.Select(d => d.Id), documents.Select(d => (string)Harness.Get(d, "Id")!));
        // Ids such as 001_5149d5faf0a924b9 become members such as Doc001_5149d5faf0a924b9 (API.md).
        for (var d = 0; d < model.Documents.Count; d++)
        {
            Assert.Same(documents[d], Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "Doc" + model.Documents[d].Id));
        }

        // Whatever the extractor attributes to Lavrov is what the lookup returns, in document order.
        var expected = model.Statements
            .Where(s => s.Speaker >= 0 && SpeakerKeys(model.Speakers[s.Speaker]).Contains("lavrov"))
            .Select(s => s.Id);
        var lavrov = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "BySpeaker", "Lavrov"));
        Assert.Equal(expected, lavrov.Select(s => (string)Harness.Get(s, "Id")!));
    }

    private static IEnumerable<string> SpeakerKeys(DatasetSdk.Extraction.Model.CorpusSpeaker speaker) =>
        new[] { speaker.Name, speaker.Name.Split(' ').Last() }.Concat(speaker.Aliases).Select(k => k.Trim().ToLowerInvariant());
}
