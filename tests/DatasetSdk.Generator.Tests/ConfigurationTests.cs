using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class ConfigurationTests
{
    [Fact]
    public void Namespace_class_name_and_visibility_properties_shape_the_output()
    {
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = "Ignored.Root",
            ["DatasetSdkNamespace"] = "My.Data",
            ["DatasetSdkClassName"] = "Archive",
            ["DatasetSdkVisibility"] = "Public",
        };

        var (result, output) = Harness.Run(Articles.Three(), properties);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.All(result.GeneratedSources, s => Assert.StartsWith("My.Data.Archive.", s.HintName));
        Harness.AssertCompiles(output);
        var assembly = Harness.Load(output);
        Assert.True(assembly.GetType("My.Data.Archive", throwOnError: true)!.IsPublic);
        Assert.True(assembly.GetType("My.Data.Archive+Statements", throwOnError: true)!.IsNestedPublic);
        Assert.True(assembly.GetType("My.Data.Statement", throwOnError: true)!.IsPublic);
        Assert.Null(assembly.GetType("DatasetSdk.Generated.Corpus"));
        // Keep the data class out of the public surface even when the API is public.
        Assert.False(assembly.GetType("My.Data.Archive+__Store", throwOnError: true)!.IsNestedPublic);
    }

    [Fact]
    public void Defaults_are_root_namespace_Corpus_and_internal()
    {
        var (_, output) = Harness.Run(Articles.Three(), new Dictionary<string, string> { ["RootNamespace"] = "Consumer.App" });

        var type = Harness.Load(output).GetType("Consumer.App.Corpus", throwOnError: true)!;
        Assert.False(type.IsPublic);
        Assert.True(type.IsAbstract && type.IsSealed, "the root class is static");
    }

    [Theory]
    [InlineData("gen-consumer", "gen_consumer")]
    [InlineData("2048.Game", "_2048.Game")]
    [InlineData("Company.class", "Company._class")]
    [InlineData("Новости.Архив", "Новости.Архив")]
    public void Root_namespace_from_a_project_name_becomes_a_valid_namespace(string rootNamespace, string expected)
    {
        var (_, output) = Harness.Run(Articles.Three(), new Dictionary<string, string> { ["RootNamespace"] = rootNamespace });

        Harness.AssertCompiles(output);
        Assert.NotNull(Harness.Load(output).GetType(expected + ".Corpus"));
    }

    [Theory]
    [InlineData("DatasetSdkNamespace", "My..Data")]
    [InlineData("DatasetSdkNamespace", "My.class")]
    [InlineData("DatasetSdkClassName", "Not A Name")]
    [InlineData("DatasetSdkClassName", "Statement")]
    [InlineData("DatasetSdkVisibility", "protected")]
    public void Invalid_property_is_reported_and_the_default_used(string property, string value)
    {
        var (result, output) = Harness.Run(Articles.Three(), new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DSDK008");
        Assert.Contains(property, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Harness.AssertCompiles(output);
        var root = Harness.Load(output).GetType("DatasetSdk.Generated.Corpus", throwOnError: true)!;
        Assert.False(root.IsPublic);
    }

    [Fact]
    public void Per_file_metadata_overrides_reach_the_document()
    {
        var metadata = new Dictionary<string, string>
        {
            ["DatasetSdkPublished"] = "2020-01-02",
            ["DatasetSdkSource"] = "My Outlet",
            ["DatasetSdkLanguage"] = "RU",
        };
        var seeds = new[]
        {
            new Seed("/p/seeds/overridden.txt", Articles.English("trade"), metadata),
            new Seed("/p/seeds/plain.txt", Articles.English("energy")),
        };

        var (_, output) = Harness.Run(seeds);

        var assembly = Harness.Load(output);
        var overridden = Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "ById", "overridden")!;
        Assert.Equal("2020-01-02", Harness.Get(overridden, "Published")?.ToString());
        Assert.Equal("My Outlet", Harness.Get(overridden, "Source"));
        Assert.Equal("ru", Harness.Get(overridden, "Language"));
        var plain = Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "ById", "plain")!;
        Assert.NotEqual("My Outlet", Harness.Get(plain, "Source"));
        Assert.Equal("en", Harness.Get(plain, "Language"));
    }
}
