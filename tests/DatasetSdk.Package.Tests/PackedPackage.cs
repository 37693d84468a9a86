using System.Globalization;
using System.Text.RegularExpressions;

namespace DatasetSdk.Package.Tests;

/// <summary>
/// Packs DatasetSdk once per test run from a copy of the sources (so the repository's own bin/obj are never
/// touched) under a version no cache can already hold, into a private feed.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("datasetsdk-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Version = "0.1.0-test." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);

        var repo = RepositoryRoot();
        Repository = repo;
        var sources = Path.Combine(Root, "repo");
        Sources = sources;
        CopyTree(Path.Combine(repo, "src"), Path.Combine(sources, "src"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "NuGet.Config" })
        {
            if (File.Exists(Path.Combine(repo, file)))
            {
                File.Copy(Path.Combine(repo, file), Path.Combine(sources, file));
            }
        }

        PackResult = DotNet.Succeed(sources, "pack", "src/DatasetSdk.Generator", "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "--disable-build-servers", "-nodeReuse:false");
        PackagePath = Path.Combine(Feed, $"DatasetSdk.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), $"{PackagePath} was not produced.\n{PackResult}");
        MachineSources = ListMachineSources(sources);
    }

    /// <summary>Scratch directory holding the feed, the private package cache and the consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>The repository this test run belongs to (its README and seeds are read, never written).</summary>
    public string Repository { get; }

    /// <summary>The copy of the sources that was packed, for consumers that reference the projects directly.</summary>
    public string Sources { get; }

    /// <summary>Isolated RestorePackagesPath for every consumer, so no earlier build of the package is reused.</summary>
    public string PackagesFolder { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public CommandResult PackResult { get; }

    /// <summary>The enabled package sources of this machine, for the packages a consumer needs besides DatasetSdk.</summary>
    public IReadOnlyList<string> MachineSources { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A consumer's build server may still hold a file; the temp directory is reclaimed later.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DatasetSdk.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("DatasetSdk.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(dir, Path.Combine(to, name));
            }
        }
    }

    private static IReadOnlyList<string> ListMachineSources(string workingDirectory)
    {
        // "--format short" prints one "E <url>" line per enabled source (D for disabled).
        var listed = DotNet.Succeed(workingDirectory, "nuget", "list", "source", "--format", "short");
        var sources = Regex.Matches(listed.Output, @"^\s*E\w*\s+(\S+)\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.True(sources.Count > 0, "No enabled package source on this machine.\n" + listed);
        return sources;
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed DatasetSdk";
}
