using BenchmarkDotNet.Attributes;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Benchmarks;

/// <summary>Raw text to model, without Roslyn: the cost the generator pays per changed seed file.</summary>
[MemoryDiagnoser]
public class SeedExtractionBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> seeds = [];

    [GlobalSetup]
    public void Setup()
    {
        seeds = SeedFiles.Load();
        Console.WriteLine($"// seeds: {seeds.Count} files, {seeds.Sum(s => s.Text.Length)} chars");
    }

    [Benchmark(Description = "Extract all seed files")]
    public int ExtractSeeds()
    {
        var statements = 0;
        foreach (var (path, text) in seeds)
        {
            statements += DocumentExtractor.Extract(path, text).Statements.Count;
        }
        return statements;
    }
}

/// <summary>Extraction on one long article: the stages must stay linear in the input size.</summary>
[MemoryDiagnoser]
public class LargeArticleExtractionBenchmarks
{
    private string article = "";

    /// <summary>Statement paragraphs in the synthetic article (about 130 characters each).</summary>
    [Params(1_000, 10_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        article = SyntheticCorpus.Article(0, Statements);
        Console.WriteLine($"// large article: {article.Length} chars, {DocumentExtractor.Extract("large.txt", article).Statements.Count} statements extracted");
    }

    [Benchmark(Description = "Extract one large synthetic article")]
    public int ExtractLargeArticle() => DocumentExtractor.Extract("large.txt", article).Statements.Count;
}

/// <summary>Merging already extracted documents into one corpus (speaker merge, statement numbering).</summary>
[MemoryDiagnoser]
public class CorpusBuildBenchmarks
{
    private ExtractedDocument[] documents = [];

    [Params(1_000, 10_000, 30_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        documents = SyntheticCorpus.Files(Statements).Select(f => DocumentExtractor.Extract(f.Path, f.Text)).ToArray();
        var corpus = CorpusBuilder.Build(documents);
        Console.WriteLine($"// {documents.Length} files, {corpus.Statements.Count} statements and {corpus.Speakers.Count} speakers extracted");
    }

    [Benchmark(Description = "CorpusBuilder.Build")]
    public int Build() => CorpusBuilder.Build(documents).Statements.Count;
}
