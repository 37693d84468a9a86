using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_input_gives_the_same_bytes_under_any_culture_and_file_order()
    {
        var seeds = Articles.Three().Concat(Harness.SeedFiles()).ToList();
        var baseline = Generate(seeds, CultureInfo.InvariantCulture);

        Assert.Equal(baseline, Generate(seeds, new CultureInfo("tr-TR")));
        Assert.Equal(baseline, Generate(seeds, new CultureInfo("ar-SA")));
        Assert.Equal(baseline, Generate(Enumerable.Reverse(seeds).ToList(), new CultureInfo("de-DE")));
    }

    private static string[] Generate(IReadOnlyList<Seed> seeds, CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var result = Harness.Driver(seeds).RunGenerators(Harness.Compilation()).GetRunResult().Results.Single();
            return result.GeneratedSources
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .Select(s => s.HintName + "\n" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(s.SourceText.ToString())))
                .ToArray();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
