using System.IO.Compression;
using System.Xml.Linq;

namespace DatasetSdk.Package.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Theory]
    [InlineData("analyzers/dotnet/cs/DatasetSdk.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/DatasetSdk.Extraction.dll")]
    [InlineData("analyzers/dotnet/cs/DatasetSdk.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/DatasetSdk.CodeFixes.dll")]
    [InlineData("buildTransitive/DatasetSdk.props")]
    public void Package_holds_the_compiler_side_files(string entry)
    {
        Assert.Contains(entry, Entries());
    }

    [Fact]
    public void Package_adds_nothing_to_the_consumer_at_run_time()
    {
        Assert.DoesNotContain(Entries(), e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("runtimes/", StringComparison.Ordinal));
        Assert.DoesNotContain(Nuspec().Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Package_is_a_development_dependency_with_the_requested_version()
    {
        var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("DatasetSdk", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
    }

    [Fact]
    public void Seeds_glob_and_compiler_visible_metadata_come_from_the_props()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("buildTransitive/DatasetSdk.props")!.Open());
        var props = XDocument.Parse(reader.ReadToEnd());
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "DatasetSdkSeeds");
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "AdditionalFiles" && (string?)e.Attribute("DatasetSdkSeed") == "true");
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "CompilerVisibleItemMetadata" && (string?)e.Attribute("MetadataName") == "DatasetSdkSeed");
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
    }

    private XDocument Nuspec()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var reader = new StreamReader(entry.Open());
        return XDocument.Parse(reader.ReadToEnd());
    }
}
