using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Benchmarks;

/// <summary>Runs the DatasetSdk generator the way the compiler does: seed files as AdditionalFiles with their MSBuild metadata.</summary>
public static class GeneratorHost
{
    public const string RootNamespace = "Bench";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDir, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> References => FrameworkReferences.Value;

    /// <summary>The generator types of DatasetSdk.Generator.dll, found by attribute so no type name is assumed.</summary>
    public static ISourceGenerator[] Generators()
    {
        var assembly = Assembly.Load("DatasetSdk.Generator");
        var generators = assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToArray();
        return generators.Length > 0 ? generators : throw new InvalidOperationException("No [Generator] in DatasetSdk.Generator.dll");
    }

    public static ImmutableArray<AdditionalText> AdditionalTexts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryText(Path.GetFullPath(f.Path), f.Text)).ToImmutableArray();

    /// <summary>A user project with one file that touches the corpus, as a real consumer would.</summary>
    public static CSharpCompilation UserCompilation(string name) =>
        CSharpCompilation.Create(name,
            [CSharpSyntaxTree.ParseText($"namespace {RootNamespace} {{ public static class Probe {{ public static int Count() => Corpus.Statements.All.Count; }} }}", ParseOptions)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(Generators(), texts, ParseOptions, new SeedOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Throws when the generator reported an error, so a broken run is never timed as a fast one.</summary>
    public static GeneratorDriverRunResult Check(GeneratorDriverRunResult result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException("Generator failed: " + string.Join("\n", errors));
        }
        return result;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }

    // What DatasetSdk.props makes compiler-visible: the root namespace and the seed marker on each AdditionalFile.
    private sealed class SeedOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);
        private static readonly AnalyzerConfigOptions Seed = new DictionaryOptions(
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.DatasetSdkSeed", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(
            ImmutableDictionary<string, string>.Empty
                .Add("build_property.RootNamespace", RootNamespace)
                .Add("build_property.DatasetSdkVisibility", "public"));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Seed;
    }
}
