using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Benchmarks;

/// <summary>What the emitted corpus costs the user: compiling it, and touching it for the first time at run time.</summary>
[MemoryDiagnoser]
public class EmittedCodeBenchmarks
{
    private SourceText[] generated = [];
    private byte[] image = [];
    private AssemblyLoadContext? context;
    private MethodInfo? statementsAll;

    [Params(1_000, 10_000, 30_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var texts = GeneratorHost.AdditionalTexts(SyntheticCorpus.Files(Statements));
        var run = GeneratorHost.Check(GeneratorHost.CreateDriver(texts).RunGenerators(GeneratorHost.UserCompilation("Setup")).GetRunResult());
        generated = run.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText).ToArray();
        image = Compile();
        Console.WriteLine($"// {generated.Sum(t => t.Length)} chars of generated C# -> {image.Length} byte assembly");
    }

    [Benchmark(Description = "Parse + compile + emit the generated code")]
    public int CompileGenerated() => Compile().Length;

    [IterationSetup(Target = nameof(FirstAccess))]
    public void LoadFreshCopy()
    {
        // A new load context gives new types, so each iteration pays the static initialisation again.
        context = new AssemblyLoadContext("corpus", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var statements = assembly.GetTypes().Single(t => t.Name == "Statements" && t.DeclaringType?.Name == "Corpus");
        statementsAll = statements.GetProperty("All", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetMethod;
    }

    [IterationCleanup(Target = nameof(FirstAccess))]
    public void Unload()
    {
        context?.Unload();
        context = null;
    }

    [Benchmark(Description = "First access of Corpus.Statements.All")]
    [InvocationCount(1, 1)]
    public object? FirstAccess() => statementsAll!.Invoke(null, null);

    private byte[] Compile()
    {
        var trees = generated.Select(text => CSharpSyntaxTree.ParseText(text, GeneratorHost.ParseOptions)).ToList();
        var compilation = CSharpCompilation.Create("Corpus" + Statements, trees, GeneratorHost.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("Generated code does not compile:\n" +
                string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }
        return stream.ToArray();
    }
}
