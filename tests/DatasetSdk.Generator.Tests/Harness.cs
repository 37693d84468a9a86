using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Generator.Tests;

/// <summary>An in-memory additional file.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}

/// <summary>Build properties and item metadata as the compiler would pass them.</summary>
internal sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, string> global,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new Options(options) : Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = null!;
            return false;
        }
    }
}

/// <summary>A seed file: path, text and optional item metadata (names without the build_metadata prefix).</summary>
internal sealed record Seed(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null, bool IsSeed = true);

/// <summary>Runs the generator the way the compiler does and compiles what it emits.</summary>
internal static class Harness
{
    public static readonly CSharpParseOptions ParseOptions =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == runtime)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static string RepoRoot { get; } = FindRepoRoot();

    public static CSharpCompilation Compilation(string source = "namespace Consumer { internal static class Program { } }", CSharpParseOptions? parseOptions = null) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));

    public static TestOptionsProvider Options(IEnumerable<Seed> seeds, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = (properties ?? new Dictionary<string, string>())
            .ToDictionary(p => "build_property." + p.Key, p => p.Value);
        var perFile = seeds.ToDictionary(
            s => s.Path,
            s =>
            {
                var metadata = new Dictionary<string, string>();
                if (s.IsSeed) metadata["build_metadata.AdditionalFiles.DatasetSdkSeed"] = "true";
                foreach (var entry in s.Metadata ?? new Dictionary<string, string>()) metadata["build_metadata.AdditionalFiles." + entry.Key] = entry.Value;
                return (IReadOnlyDictionary<string, string>)metadata;
            });
        return new TestOptionsProvider(global, perFile);
    }

    public static GeneratorDriver Driver(IEnumerable<Seed> seeds, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null)
    {
        var list = seeds.ToList();
        return Driver(list, list.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)), properties, parseOptions);
    }

    /// <summary>A driver over the given additional texts, so a test can later replace one of them.</summary>
    public static GeneratorDriver Driver(
        IReadOnlyList<Seed> seeds, IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            Options(seeds, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over <paramref name="seeds"/>; returns its result and the compilation with the generated code.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(
        IEnumerable<Seed> seeds, IReadOnlyDictionary<string, string>? properties = null, CSharpCompilation? compilation = null)
    {
        compilation ??= Compilation();
        var driver = Driver(seeds, properties, (CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>Fails with the compiler's messages when the compilation has any error or warning (warnings are errors here).</summary>
    public static void AssertCompiles(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    /// <summary>Compiles and loads the assembly so a test can call the generated API.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls a static member of a generated nested class, e.g. <c>Invoke(asm, "Corpus+Statements", "BySpeaker", "Lavrov")</c>.</summary>
    public static object? Invoke(Assembly assembly, string type, string member, params object?[] arguments)
    {
        var target = assembly.GetType(type, throwOnError: true)!;
        if (arguments.Length == 0 && target.GetProperty(member, BindingFlags.Public | BindingFlags.Static) is { } property)
            return property.GetValue(null);
        var method = target.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == member && m.GetParameters().Length == arguments.Length
                && m.GetParameters().Zip(arguments).All(p => p.Second is null || p.First.ParameterType.IsInstanceOfType(p.Second)));
        return method.Invoke(null, arguments);
    }

    public static object? Get(object instance, string property) =>
        instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);

    public static List<object> Items(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>().ToList();

    public static IEnumerable<Seed> SeedFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new Seed(p, File.ReadAllText(p)));

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DatasetSdk.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("DatasetSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
