using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DatasetSdk.Generator.Tests;

/// <summary>Where consumer code can name the generated root class without a using directive of its own.</summary>
public class ReachabilityTests
{
    private static readonly Dictionary<string, string> Root = new() { ["RootNamespace"] = "MyNews" };

    [Fact]
    public void Top_level_statements_reach_Corpus_without_a_using()
    {
        var consumer = Harness.Compilation("System.Console.WriteLine(Corpus.Statements.All.Count);")
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

        var (_, output) = Harness.Run(Articles.Three(), Root, consumer);

        Harness.AssertCompiles(output);
    }

    [Theory]
    [InlineData("namespace MyNews.Reports.Daily { static class Summary { public static int Count => Corpus.Statements.All.Count; } }")]
    [InlineData("namespace Tools; static class Summary { public static int Count => Corpus.Statements.All.Count; }")]
    [InlineData("static class Summary { public static int Count => Corpus.Statements.All.Count; }")]
    public void Any_namespace_of_the_project_reaches_Corpus_without_a_using(string source)
    {
        var (_, output) = Harness.Run(Articles.Three(), Root, Harness.Compilation(source));

        Harness.AssertCompiles(output);
    }

    [Fact]
    public void The_import_follows_the_namespace_and_class_name_properties()
    {
        var properties = new Dictionary<string, string> { ["DatasetSdkNamespace"] = "Archive.Data", ["DatasetSdkClassName"] = "News" };

        var (_, output) = Harness.Run(Articles.Three(), properties, Harness.Compilation("namespace Elsewhere { static class Use { public static int Count => News.Statements.All.Count; } }"));

        Harness.AssertCompiles(output);
    }

    [Fact]
    public void Generated_record_types_are_nameable_from_top_level_statements()
    {
        const string source = """
            foreach (Statement statement in Corpus.Statements.All) Print(statement);
            static void Print(Statement statement) => System.Console.WriteLine(statement.Speaker?.Name + ": " + statement.Text);
            """;
        var consumer = Harness.Compilation(source)
            .WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

        var (_, output) = Harness.Run(Articles.Three(), Root, consumer);

        Harness.AssertCompiles(output);
    }

    [Fact]
    public void A_consumer_type_of_the_same_name_in_its_own_namespace_still_wins()
    {
        const string source = """
            namespace Site
            {
                sealed class Document { public string Html => "<p/>"; }
                static class Page { public static string Render() => new Document().Html + Corpus.Documents.All.Count; }
            }
            """;

        var (_, output) = Harness.Run(Articles.Three(), Root, Harness.Compilation(source));

        Harness.AssertCompiles(output);
    }

    [Fact]
    public void DatasetSdkGlobalUsing_false_emits_no_import()
    {
        var properties = new Dictionary<string, string>(Root) { ["DatasetSdkGlobalUsing"] = "false" };

        var (result, output) = Harness.Run(Articles.Three(), properties, Harness.Compilation("namespace Tools { static class Use { public static int Count => Corpus.Statements.All.Count; } }"));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith("GlobalUsing.g.cs", StringComparison.Ordinal));
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0103");
    }

    [Fact]
    public void An_invalid_DatasetSdkGlobalUsing_is_reported_and_the_import_kept()
    {
        var properties = new Dictionary<string, string>(Root) { ["DatasetSdkGlobalUsing"] = "yes" };

        var (result, output) = Harness.Run(Articles.Three(), properties, Harness.Compilation("namespace Tools { static class Use { public static int Count => Corpus.Statements.All.Count; } }"));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK008");
        Assert.Contains("DatasetSdkGlobalUsing", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
    }
}
