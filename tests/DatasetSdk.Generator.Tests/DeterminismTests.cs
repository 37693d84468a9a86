using System.Globalization;
using DatasetSdk.Generator.Tests.Properties;
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

    [Fact]
    public void A_large_hostile_corpus_gives_the_same_bytes_across_runs_cultures_and_file_orders()
    {
        var seeds = Articles.Three().Concat(Harness.SeedFiles()).Concat(HostileText.FixedCorpus(60)).ToList();
        var baseline = Generate(seeds, CultureInfo.InvariantCulture);
        // Enough statements that ordering, numbering and speaker merging all have work to do.
        Assert.True(baseline.Sum(s => s.Length) > 400_000, "the corpus is too small to say anything");

        Assert.Equal(baseline, Generate(seeds, CultureInfo.InvariantCulture));
        var random = new Random(11);
        foreach (var culture in new[] { "tr-TR", "ru-RU", "ar-SA" })
        {
            Assert.Equal(baseline, Generate(seeds.OrderBy(_ => random.Next()).ToList(), new CultureInfo(culture)));
        }
    }

    [Fact]
    public void LF_and_CRLF_copies_of_the_same_articles_give_the_same_statements()
    {
        var articles = Articles.Three().Concat(Harness.SeedFiles()).Concat(HostileText.FixedCorpus(20)).ToList();

        var lf = Statements(articles.Select(s => s with { Text = HostileText.WithLineEnds(s.Text, "\n") }));
        var crlf = Statements(articles.Select(s => s with { Text = HostileText.WithLineEnds(s.Text, "\r\n") }));

        Assert.True(lf.Count > 100, "too few statements to compare: " + lf.Count);
        Assert.Equal(lf, crlf);
    }

    /// <summary>Every statement of the loaded corpus, with the fields that do not depend on the line end's width.</summary>
    private static List<string> Statements(IEnumerable<Seed> seeds)
    {
        var (result, output) = Harness.Run(seeds);
        Assert.Null(result.Exception);
        Harness.AssertCompiles(output);
        var all = Harness.Items(Harness.Invoke(Harness.Load(output), "DatasetSdk.Generated.Corpus+Statements", "All"));
        return all.Select(s => string.Join(" | ",
                Harness.Get(Harness.Get(s, "Document")!, "Id"), Harness.Get(s, "Id"), Harness.Get(s, "Kind"), Harness.Get(s, "Line"),
                Harness.Get(s, "Speaker") is { } speaker ? Harness.Get(speaker, "Name") : "-", Harness.Get(s, "Date"), Harness.Get(s, "Language"),
                PropertyRun.Escape(HostileText.WithLineEnds((string)Harness.Get(s, "Text")!, "\n"))))
            .ToList();
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
