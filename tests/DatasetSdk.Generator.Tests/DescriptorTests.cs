using System.Reflection;
using DatasetSdk.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class DescriptorTests
{
    public static IEnumerable<object[]> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id });

    private static DiagnosticDescriptor Get(string id) =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_links_to_its_documented_section_and_is_release_tracked(string id)
    {
        var descriptor = Get(id);
        Assert.Matches("^DSDK0[0-9][0-9]$", id);
        Assert.Equal("https://github.com/datasetsdk/datasetsdk/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);

        var docs = File.ReadAllLines(Path.Combine(Harness.RepoRoot, "docs", "diagnostics.md"));
        Assert.Contains("### " + id, docs);
        var unshipped = File.ReadAllLines(Path.Combine(Harness.RepoRoot, "src", "DatasetSdk.Generator", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith(id + " |", StringComparison.Ordinal) && line.Contains("| " + descriptor.DefaultSeverity + " |"));
    }

    [Fact]
    public void Ids_are_unique() => Assert.Equal(Descriptors().Count(), Descriptors().Select(d => d[0]).Distinct().Count());
}
