using System.Collections.Concurrent;
using System.Collections.Immutable;
using DatasetSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Analyzers.Tests.Harness;

/// <summary>
/// Compiles the generated-shape fixtures plus one user file in an ad hoc workspace, runs the analyzer over it and
/// applies code fixes, failing on compile errors or analyzer exceptions so a broken fixture cannot pass silently.
/// </summary>
public static class AnalyzerRunner
{
    public const string UserFile = "User.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The DSDK101 diagnostics of the user file, sorted by position.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(string userSource, params string[] fixtures)
    {
        var document = CreateDocument(userSource, fixtures.Length == 0 ? new[] { GeneratedShape.Corpus } : fixtures);
        return await DiagnoseAsync(document);
    }

    /// <summary>Asserts the user file (markup) gets exactly these messages, on the marked spans, in order.</summary>
    public static async Task AssertDiagnosticsAsync(string userMarkup, string[] messages, params string[] fixtures)
    {
        var markup = Markup.Parse(userMarkup);
        var diagnostics = await DiagnoseAsync(markup.Source, fixtures);
        Assert.Equal(
            markup.Spans.Zip(messages, (span, message) => $"{span}: {message}"),
            diagnostics.Select(d => $"{d.Location.SourceSpan}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticDescriptors.UnknownKeyId, d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    /// <summary>Titles of the code fixes offered for the single diagnostic of the user file.</summary>
    public static async Task<IReadOnlyList<string>> FixTitlesAsync(string userSource, string fixture = GeneratedShape.Corpus)
    {
        var document = CreateDocument(userSource, new[] { fixture });
        var diagnostic = Assert.Single(await DiagnoseAsync(document));
        return (await ActionsAsync(document, diagnostic)).Select(a => a.Title).ToList();
    }

    /// <summary>The user file after applying the fix titled <paramref name="title"/> to its single diagnostic.</summary>
    public static async Task<string> ApplyFixAsync(string userSource, string title)
    {
        var document = CreateDocument(userSource, new[] { GeneratedShape.Corpus });
        var diagnostic = Assert.Single(await DiagnoseAsync(document));
        var action = Assert.Single(await ActionsAsync(document, diagnostic), a => a.Title == title);
        return await ApplyAsync(document, action);
    }

    /// <summary>The user file after fixing every diagnostic in it with the fixes of one equivalence key.</summary>
    public static async Task<string> FixAllAsync(string userSource, string titlePrefix)
    {
        var document = CreateDocument(userSource, new[] { GeneratedShape.Corpus });
        var diagnostics = await DiagnoseAsync(document);
        var provider = new UnknownCorpusKeyCodeFixProvider();
        var firstAction = Assert.Single(await ActionsAsync(document, diagnostics[0]), a => a.Title.StartsWith(titlePrefix, StringComparison.Ordinal));
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            firstAction.EquivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(fixAll);
        return await ApplyAsync(document, fixAll);
    }

    private static Document CreateDocument(string userSource, IEnumerable<string> fixtures)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "User", "User", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReferences(projectId, References.Value);
        var index = 0;
        foreach (var fixture in fixtures)
        {
            // A .g.cs name, as the generator's output has: the analyzer must still read keys from it.
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Corpus{index}.g.cs", SourceText.From(fixture), filePath: $"Corpus{index}.g.cs");
            index++;
        }

        var userId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(userId, UserFile, SourceText.From(userSource), filePath: UserFile);
        return solution.GetDocument(userId)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnknownCorpusKeyAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics
            .Where(d => d.Location.SourceTree?.FilePath == UserFile)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private static async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new UnknownCorpusKeyCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<string> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var fixedDocument = changed.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();

        // The fix must leave compiling code with the diagnostic gone.
        Assert.Empty(await DiagnoseAsync(fixedDocument));
        return text;
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
