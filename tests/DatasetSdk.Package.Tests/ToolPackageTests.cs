using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace DatasetSdk.Package.Tests;

/// <summary>The command line as a user gets it: packed as a .NET tool, installed from a local feed, run by name.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolPackageTests(PackedPackage package, ITestOutputHelper log)
{
    private const string ToolId = "DatasetSdk.Cli";

    [Fact]
    public void The_tool_installs_from_a_local_feed_and_exports_the_seeds()
    {
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateDirectory(Path.Combine(package.Root, "tool")).FullName;
        var feed = Path.Combine(work, "feed");
        var toolPath = Path.Combine(work, "bin");
        DotNet.Succeed(package.Sources, "pack", "src/DatasetSdk.Cli", "-c", "Release", "-o", feed,
            "-p:Version=" + package.Version, "--disable-build-servers", "-nodeReuse:false");
        Assert.True(File.Exists(Path.Combine(feed, $"{ToolId}.{package.Version}.nupkg")), "the tool package was not produced");

        // A private package folder, so the install neither reads nor leaves a copy in the user's cache.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = package.PackagesFolder };
        Succeed(DotNet.RunProgram(DotNet.Executable(), work, environment,
            "tool", "install", "--tool-path", toolPath, "--add-source", feed, ToolId, "--version", package.Version));
        var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "datasetsdk.exe" : "datasetsdk");
        Assert.True(File.Exists(tool), $"{tool} was not installed");

        var help = Succeed(Run(tool, work, "--help"));
        foreach (var command in new[] { "export", "inspect", "check" }) Assert.Contains(command, help.Output);
        Assert.StartsWith(package.Version, Succeed(Run(tool, work, "--version")).Output.Trim());

        var json = Path.Combine(work, "seeds.json");
        var seeds = Path.Combine(package.Repository, "seeds");
        var export = Succeed(Run(tool, work, "export", seeds, "-o", json));
        Assert.Contains("wrote 5 documents", export.Output);
        using var corpus = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            corpus.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.NotEmpty(corpus.RootElement.GetProperty("statements").EnumerateArray());

        log.WriteLine($"pack, install and three runs of the tool: {clock.Elapsed.TotalSeconds:F1} s");
    }

    // The installed command is an app host; pointed at the SDK that runs the tests, it uses that runtime.
    private static CommandResult Run(string tool, string workingDirectory, params string[] args)
    {
        var host = DotNet.Executable();
        var environment = Path.IsPathRooted(host)
            ? new Dictionary<string, string> { ["DOTNET_ROOT"] = Path.GetDirectoryName(host)! }
            : new Dictionary<string, string>();
        return DotNet.RunProgram(tool, workingDirectory, environment, args);
    }

    private static CommandResult Succeed(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
