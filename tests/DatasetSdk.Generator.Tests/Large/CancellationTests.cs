using System.Diagnostics;
using DatasetSdk.Benchmarks;
using Xunit.Abstractions;

namespace DatasetSdk.Generator.Tests.Large;

/// <summary>Timing tests run alone, after the parallel ones, so the property tests do not share their cores.</summary>
[CollectionDefinition(nameof(Timing), DisableParallelization = true)]
public sealed class Timing;

/// <summary>
/// An IDE cancels the generator on every keystroke, so a cancelled run must stop soon whatever it is doing.
/// The bound is generous (a shared 2-core CI machine, where the huge paragraph measured 0.5 s alone and 3.4 s
/// next to the property tests); the measured figures are printed and kept in docs/performance.md.
/// </summary>
[Collection(nameof(Timing))]
public class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_run_over_six_hundred_files_stops_soon_after_it_is_cancelled()
    {
        var seeds = SyntheticCorpus.Files(30_000).Select(f => new Seed("/p/" + f.Path, f.Text)).ToList();

        var latency = CancelDuringRun(seeds, TimeSpan.FromMilliseconds(400));

        output.WriteLine($"{seeds.Count} files, {seeds.Sum(s => s.Text.Length):N0} chars: stopped {latency.TotalMilliseconds:F0} ms after the cancel");
        Assert.True(latency < Bound, $"stopped {latency.TotalMilliseconds:F0} ms after the cancel");
    }

    [Fact]
    public void A_run_inside_one_huge_paragraph_stops_soon_after_it_is_cancelled()
    {
        var seeds = new[] { new Seed("/p/seeds/huge.txt", SyntheticCorpus.SingleParagraph(13_000, runOn: true)) };

        var latency = CancelDuringRun(seeds, TimeSpan.FromMilliseconds(300));

        output.WriteLine($"one paragraph of {seeds[0].Text.Length:N0} chars: stopped {latency.TotalMilliseconds:F0} ms after the cancel");
        Assert.True(latency < Bound, $"stopped {latency.TotalMilliseconds:F0} ms after the cancel");
    }

    /// <summary>Cancels a cold run after <paramref name="delay"/>; the run must end by cancellation, and the time it took to is returned.</summary>
    private static TimeSpan CancelDuringRun(IReadOnlyList<Seed> seeds, TimeSpan delay)
    {
        var driver = Harness.Driver(seeds);
        var compilation = Harness.Compilation();
        using var cancellation = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        using var timer = new Timer(_ =>
        {
            cancelledAt = watch.Elapsed;
            cancellation.Cancel();
        }, null, delay, Timeout.InfiniteTimeSpan);

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
        return watch.Elapsed - cancelledAt;
    }
}
