using System.Security;
using System.Text.RegularExpressions;

namespace DatasetSdk.Package.Tests;

/// <summary>What a user's first five minutes exercise: the README's example and the usual project shapes.</summary>
[Collection(PackageCollection.Name)]
public sealed class FirstContactTests(PackedPackage package)
{
    // Written for these tests.
    private const string HarbourArticle = """
        Ferry link to the islands reopens after storm repairs

        HARBOURTON, March 4, 2024 /Coastal Herald/.

        "The pier is safe again, and the first crossing left on time this morning," harbour master Ellen Marsh told reporters.
        """;

    private const string LibraryArticle = """
        Library extends its opening hours

        NORTHVALE, May 2, 2024 /Valley Times/.

        "We will stay open until nine on weekdays from now on," Tomas Berg told reporters.

        "Readers asked for it," Berg said.
        """;

    [Fact]
    public void The_README_example_builds_and_runs_in_a_new_console_app()
    {
        var consumer = new ScratchConsumer(package, "readme-console");
        Succeed(consumer.DotNetIn(".", "new", "console", "--name", "MyNews", "--output", "app", "--no-restore"));
        Succeed(consumer.DotNetIn("app", "add", "package", "DatasetSdk", "--version", package.Version));
        consumer.CopyFiles(Path.Combine(package.Repository, "seeds"), "app/seeds", "*.txt");
        consumer.Write("app/Program.cs", ReadmeExample());

        var build = consumer.Build("app");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildOutput.Diagnostics(build.Output));
        var run = Succeed(consumer.Run("app"));
        // The example prints "date: text" for each statement of the speaker it looks up.
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}: \S", RegexOptions.Multiline), run.Output);
    }

    [Fact]
    public void A_library_uses_Corpus_from_nested_and_unrelated_namespaces_without_a_using()
    {
        var consumer = new ScratchConsumer(package, "library-namespaces");
        consumer.WriteProject("net10.0", "Library", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><Nullable>enable</Nullable>");
        consumer.Write("seeds/harbour.txt", HarbourArticle);
        consumer.Write("Reports/Daily.cs", """
            namespace Consumer.Reports.Daily;

            internal static class Summary
            {
                public static int Count => Corpus.Statements.All.Count;

                public static string? FirstSpeaker(Statement statement) => statement.Speaker?.Name;
            }
            """);
        consumer.Write("Tools/Export.cs", """
            namespace Tools
            {
                internal static class Export
                {
                    public static System.Collections.Generic.IEnumerable<string> Lines()
                    {
                        foreach (var statement in Corpus.Statements.BySpeaker("Marsh")) yield return statement.Text;
                    }
                }
            }
            """);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildOutput.Diagnostics(build.Output));
    }

    [Fact]
    public void Two_projects_with_the_package_and_InternalsVisibleTo_between_them_compile_without_ambiguity()
    {
        var consumer = new ScratchConsumer(package, "two-projects");
        consumer.Write("core/Newsroom.Core.csproj", Project("Library", "Newsroom.Core", """
            <InternalsVisibleTo Include="Newsroom.App" />
            """));
        consumer.Write("core/seeds/harbour.txt", HarbourArticle);
        consumer.Write("core/Stats.cs", """
            namespace Newsroom.Core;

            public static class Stats
            {
                public static string FirstDocument => Corpus.Documents.All[0].Id;
            }
            """);
        consumer.Write("app/Newsroom.App.csproj", Project("Exe", "Newsroom.App", """
            <ProjectReference Include="../core/Newsroom.Core.csproj" />
            """));
        consumer.Write("app/seeds/library.txt", LibraryArticle);
        consumer.Write("app/Views/Page.cs", """
            namespace Newsroom.App.Views;

            internal static class Page
            {
                public static string Render(Statement statement) => statement.Speaker?.Name + ": " + statement.Text;

                public static string Core => Newsroom.Core.Corpus.Documents.All[0].Id;
            }
            """);
        consumer.Write("app/Program.cs", """
            Console.WriteLine("app: " + Corpus.Documents.All[0].Id);
            Console.WriteLine("core: " + Newsroom.App.Views.Page.Core + " / " + Newsroom.Core.Stats.FirstDocument);
            foreach (var statement in Corpus.Statements.All) Console.WriteLine(Newsroom.App.Views.Page.Render(statement));
            """);

        var build = consumer.Build("app");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildOutput.Diagnostics(build.Output));
        var run = Succeed(consumer.Run("app")).Output;
        Assert.Contains("app: library", run);
        Assert.Contains("core: harbour / harbour", run);
        Assert.Contains("Tomas Berg: We will stay open until nine on weekdays from now on", run);
    }

    [Fact]
    public void A_plain_analyzer_ProjectReference_to_the_generator_works_without_referencing_the_extraction_library()
    {
        var consumer = new ScratchConsumer(package, "project-reference");
        var generator = Path.Combine(package.Sources, "src", "DatasetSdk.Generator");
        consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{SecurityElement.Escape(Path.Combine(generator, "buildTransitive", "DatasetSdk.props"))}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{SecurityElement.Escape(Path.Combine(generator, "DatasetSdk.Generator.csproj"))}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        consumer.Write("seeds/harbour.txt", HarbourArticle);
        consumer.Write("Program.cs", """
            foreach (var statement in Corpus.Statements.BySpeaker("Marsh")) Console.WriteLine("said: " + statement.Text);
            Console.WriteLine(Corpus.Statements.BySpeaker("Marhs").Count);
            """);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("CS8784", build.Output);
        // The usage analyzer comes with the generator too: the typo is its warning, and the only one.
        var only = Assert.Single(BuildOutput.Diagnostics(build.Output));
        Assert.Equal("DSDK101", only.Id);
        Assert.Contains("said: The pier is safe again", Succeed(consumer.Run()).Output);
    }

    /// <summary>The first C# code block of the README, exactly as a user would paste it.</summary>
    private string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(package.Repository, "README.md"));
        var match = Regex.Match(readme, "```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "README.md has no csharp code block");
        return match.Groups["code"].Value;
    }

    private string Project(string outputType, string name, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>{outputType}</OutputType>
            <RootNamespace>{name}</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="DatasetSdk" Version="{package.Version}" PrivateAssets="all" />
            {items}
          </ItemGroup>
        </Project>
        """;

    private static CommandResult Succeed(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
