using DatasetSdk.Cli;

namespace DatasetSdk.Extraction.Tests.Cli;

public sealed class ProgressDisplayTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dsdk-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void On_a_terminal_the_count_is_drawn_in_place_and_erased_before_the_output()
    {
        Cli.WriteArticle(Path.Combine(_dir, "a.txt"), "Heat wave expected", "\"It will be hot,\" Tom Hale said.");
        Cli.WriteArticle(Path.Combine(_dir, "b.txt"), "Storm warning issued", "\"It will rain,\" Anna Berg said.");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CommandLine.Run(["check", _dir], stdout, stderr, new ProgressDisplay(stderr, TimeSpan.Zero));

        Assert.True(code == CommandLine.Ok, stdout + "\n" + stderr);
        var err = stderr.ToString();
        Assert.Contains("\rextracting 2/2 files", err);
        Assert.EndsWith("\r", err);
        Assert.DoesNotContain("extracting", stdout.ToString());
    }

    [Fact]
    public void A_run_shorter_than_the_delay_draws_nothing()
    {
        var stderr = new StringWriter();
        var progress = new ProgressDisplay(stderr, TimeSpan.FromMinutes(1));

        progress.Report(1, 2);
        progress.Report(2, 2);
        progress.Finish();

        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Without_a_terminal_nothing_but_messages_reaches_stderr()
    {
        Cli.WriteArticle(Path.Combine(_dir, "a.txt"), "Heat wave expected", "\"It will be hot,\" Tom Hale said.");

        var (code, _, err) = Cli.Run("export", _dir, "-o", Path.Combine(_dir, "out.json"));

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(err);
    }
}
