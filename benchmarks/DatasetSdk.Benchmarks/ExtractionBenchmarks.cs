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

/// <summary>
/// Extraction on one huge paragraph (0.3 / 0.6 / 1.3 MB): every rule that searches its sentence or paragraph
/// must do so through an index, so that each doubling of the input costs about twice as much.
/// </summary>
[MemoryDiagnoser]
public class SingleParagraphExtractionBenchmarks
{
    private string article = "";

    /// <summary>Statements in the paragraph (about 95 characters each).</summary>
    [Params(3_000, 6_000, 13_000)]
    public int Statements { get; set; }

    /// <summary>False: ordinary sentences in one paragraph; true: one run-on sentence ("…, and …").</summary>
    [Params(false, true)]
    public bool RunOn { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        article = SyntheticCorpus.SingleParagraph(Statements, RunOn);
        Console.WriteLine($"// single paragraph: {article.Length} chars, {DocumentExtractor.Extract("paragraph.txt", article).Statements.Count} statements extracted");
    }

    [Benchmark(Description = "Extract one single-paragraph article")]
    public int ExtractSingleParagraph() => DocumentExtractor.Extract("paragraph.txt", article).Statements.Count;
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
