using System.Reflection;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests;

/// <summary>
/// Keys are normalized at build time by <see cref="LookupKey"/> (tables, manifest, and the analyzer, which
/// links the same source) and at run time by the generated code: a key the analyzer accepts must be one the
/// generated lookups find, so the two must agree on every input.
/// </summary>
public class KeyNormalizationTests
{
    private static readonly Lazy<MethodInfo> RuntimeNormalize = new(() =>
    {
        var (_, output) = Harness.Run(Articles.Three());
        var store = Harness.Load(output).GetType("DatasetSdk.Generated.Corpus+__Store", throwOnError: true)!;
        return store.GetMethod("NormalizeKey", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)!;
    });

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("  Sergei   Lavrov ")]
    [InlineData("ЛАВРОВ")]
    [InlineData("Пётр Ёлкин")]
    [InlineData("İstanbul Ilık")]
    [InlineData("Jean-Luc O’Neill")]
    [InlineData("a\tb\u00A0c\u2003d")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("ΣΟΦΙΑ")]
    [InlineData("\U00010400\U00010401 Deseret")]
    [InlineData("\uD800 lone")]
    public void The_generated_lookups_normalize_keys_exactly_like_the_build(string? key)
    {
        Assert.Equal(LookupKey.Normalize(key), (string)RuntimeNormalize.Value.Invoke(null, new object?[] { key })!);
    }
}
