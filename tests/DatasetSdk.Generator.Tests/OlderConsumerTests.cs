using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DatasetSdk.Generator.Tests;

public class OlderConsumerTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "C# 7.3")]
    [InlineData(LanguageVersion.CSharp10, "C# 10.0")]
    public void Old_language_version_gets_one_clear_error_and_no_corpus(LanguageVersion version, string named)
    {
        var parseOptions = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var compilation = Harness.Compilation("namespace Consumer { internal static class Program { } }", parseOptions)
            .WithOptions(Harness.Compilation().Options.WithNullableContextOptions(NullableContextOptions.Disable));

        var (result, output) = Harness.Run(Articles.Three(), compilation: compilation);

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("DSDK007", error.Id);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("C# 11", message);
        Assert.Contains(".NET 6", message);
        Assert.Contains(named, message);
        Harness.AssertCompiles(output);
    }

    [Fact]
    public void CSharp_11_is_enough()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11, DocumentationMode.Diagnose);
        var compilation = Harness.Compilation("namespace Consumer { internal static class Program { } }", parseOptions);

        var (result, output) = Harness.Run(Articles.Three(), compilation: compilation);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotEmpty(result.GeneratedSources);
        Harness.AssertCompiles(output);
    }

    [Fact]
    public void Framework_without_DateOnly_gets_the_same_error()
    {
        // A consumer that only references netstandard.dll: no System.DateOnly.
        var netstandard = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "netstandard.dll");
        var compilation = CSharpCompilation.Create("Old",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", Harness.ParseOptions) },
            new[] { MetadataReference.CreateFromFile(netstandard) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var (result, _) = Harness.Run(Articles.Three(), compilation: compilation);

        Assert.Empty(result.GeneratedSources);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("DSDK007", error.Id);
        Assert.Contains("System.DateOnly", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
