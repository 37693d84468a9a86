using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Benchmarks;

/// <summary>
/// The generator inside a compiler: a cold run over the whole corpus (first build) and a warm re-run after one
/// seed file changed (what the IDE pays per edit).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> texts;
    private CSharpCompilation compilation = null!;
    private GeneratorDriver warmDriver = null!;
    private AdditionalText editedFile = null!;

    [Params(1_000, 10_000, 30_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = GeneratorHost.AdditionalTexts(SyntheticCorpus.Files(Statements));
        compilation = GeneratorHost.UserCompilation("Generator" + Statements);
        warmDriver = GeneratorHost.CreateDriver(texts).RunGenerators(compilation);
        var run = GeneratorHost.Check(warmDriver.GetRunResult());
        var first = texts[0];
        var changed = first.GetText()!.ToString().Replace("Ministers report progress", "Ministers report slow progress", StringComparison.Ordinal);
        editedFile = GeneratorHost.AdditionalTexts([(first.Path, changed)])[0];
        Console.WriteLine($"// {texts.Length} seed files -> {run.GeneratedTrees.Length} generated files, " +
                          $"{run.GeneratedTrees.Sum(t => t.Length)} chars of C#");
    }

    [Benchmark(Description = "Generator, cold run")]
    public int ColdRun() =>
        GeneratorHost.Check(GeneratorHost.CreateDriver(texts).RunGenerators(compilation).GetRunResult()).GeneratedTrees.Length;

    [Benchmark(Description = "Generator, re-run after one seed edit")]
    public int RerunAfterEdit() =>
        GeneratorHost.Check(warmDriver.ReplaceAdditionalText(texts[0], editedFile).RunGenerators(compilation).GetRunResult()).GeneratedTrees.Length;
}
