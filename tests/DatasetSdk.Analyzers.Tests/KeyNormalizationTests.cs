using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Analyzers.Tests;

/// <summary>
/// The analyzer keeps its own copy of the key normalization so it does not load the extraction assembly;
/// a key it accepts must be one the generated lookups accept, so the two must agree on every input.
/// </summary>
public class KeyNormalizationTests
{
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
    [InlineData("ΣΟΦΙΑ")]
    public void The_analyzer_normalizes_keys_exactly_like_the_generated_lookups(string key)
    {
        Assert.Equal(LookupKey.Normalize(key), KeyText.Normalize(key));
    }
}
