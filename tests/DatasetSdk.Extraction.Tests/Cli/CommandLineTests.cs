using DatasetSdk.Cli;

namespace DatasetSdk.Extraction.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var (code, output, err) = Cli.Run("--help");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(err);
        foreach (var command in new[] { "export <dir>", "inspect <dir>", "check <dir>", "--version" })
        {
            Assert.Contains(command, output);
        }
    }

    [Theory]
    [InlineData("export", "--output <file>")]
    [InlineData("inspect", "--speaker <name>")]
    [InlineData("check", "--warnaserror")]
    public void Each_command_has_help_naming_its_options(string command, string option)
    {
        var (code, output, _) = Cli.Run(command, "--help");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains($"datasetsdk {command} <dir> [options]", output.Replace("testhost", "datasetsdk"));
        Assert.Contains(option, output);
    }

    [Fact]
    public void Version_prints_one_version_line()
    {
        // In process the entry assembly is the test host, so only the shape is checked here; the package
        // test checks that the installed tool prints its own package version.
        var (code, output, _) = Cli.Run("--version");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\r?\n$", output);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "frobnicate" }, "'frobnicate'")]
    [InlineData(new[] { "export" }, "Required argument missing")]
    [InlineData(new[] { "export", "/no/such/dir" }, "No such directory: '/no/such/dir'")]
    [InlineData(new[] { "inspect", "/no/such/dir" }, "No such directory: '/no/such/dir'")]
    [InlineData(new[] { "check", "/no/such/dir" }, "No such directory: '/no/such/dir'")]
    [InlineData(new[] { "export", ".", "--frobnicate" }, "'--frobnicate'")]
    [InlineData(new[] { "inspect", ".", "--top", "many" }, "'many'")]
    [InlineData(new[] { "inspect", ".", "--top", "0" }, "--top must be at least 1")]
    public void A_wrong_command_line_exits_2_saying_what_is_wrong_and_where_the_help_is(string[] args, string message)
    {
        var (code, output, err) = Cli.Run(args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Contains(message, err);
        Assert.Contains("--help' for usage", err);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("inspect")]
    [InlineData("check")]
    public void A_seed_that_cannot_be_read_exits_1_naming_the_file(string command)
    {
        var dir = Directory.CreateTempSubdirectory("dsdk-unreadable-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(dir, "gone.txt"), Path.Combine(dir, "missing-target.txt"));

            var (code, _, err) = Cli.Run(command, dir);

            Assert.Equal(CommandLine.Failed, code);
            Assert.StartsWith("datasetsdk: ", err);
            Assert.Contains("gone.txt", err);
            Assert.DoesNotContain("   at ", err);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_mistyped_command_gets_a_suggestion()
    {
        var (code, _, err) = Cli.Run("expor", "seeds");

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("Did you mean", err);
        Assert.Contains("export", err);
    }

    [Fact]
    public void The_suggest_directive_completes_command_names()
    {
        // dotnet-suggest asks the tool itself for completions this way.
        var completions = CommandLine.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, null)).Parse("ins").GetCompletions().Select(c => c.Label);

        Assert.Contains("inspect", completions);
    }
}
