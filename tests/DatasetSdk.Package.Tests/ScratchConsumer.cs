using System.Security;

namespace DatasetSdk.Package.Tests;

/// <summary>A project outside the repository that gets DatasetSdk only from the private feed.</summary>
internal sealed class ScratchConsumer
{
    private readonly PackedPackage package;

    public ScratchConsumer(PackedPackage package, string name)
    {
        this.package = package;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(package.Root, name)).FullName;
        // Stop MSBuild from climbing into whatever Directory.*.props lie above the temp directory, and restore
        // into a private folder so no earlier build of the package is reused.
        Write("Directory.Build.props", $"<Project><PropertyGroup><RestorePackagesPath>{SecurityElement.Escape(package.PackagesFolder)}</RestorePackagesPath></PropertyGroup></Project>");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        Write("nuget.config", NuGetConfig());
    }

    public string Directory { get; }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Writes the project file: the SDK defaults plus a reference to the packed DatasetSdk.</summary>
    public void WriteProject(string targetFramework, string outputType, string extraProperties = "")
    {
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <OutputType>{outputType}</OutputType>
                <RootNamespace>Consumer</RootNamespace>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DatasetSdk" Version="{package.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Copies every file of <paramref name="sourceDirectory"/> (not its subfolders) into <paramref name="relativeDirectory"/>.</summary>
    public void CopyFiles(string sourceDirectory, string relativeDirectory, string pattern)
    {
        var target = System.IO.Directory.CreateDirectory(Path.Combine(Directory, relativeDirectory)).FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(sourceDirectory, pattern))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>Any dotnet command, run in <paramref name="relativeDirectory"/> of the consumer.</summary>
    public CommandResult DotNetIn(string relativeDirectory, params string[] args) =>
        DotNet.Run(Path.Combine(Directory, relativeDirectory), args);

    public CommandResult Build(string relativeDirectory = ".") =>
        DotNetIn(relativeDirectory, "build", "-c", "Release", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");

    public CommandResult Run(string relativeDirectory = ".") =>
        DotNetIn(relativeDirectory, "run", "-c", "Release", "--no-build");

    // DatasetSdk resolves only from the private feed; everything else from the machine's own sources.
    private string NuGetConfig()
    {
        var sources = package.MachineSources.Select((url, i) => $"""    <add key="machine{i}" value="{SecurityElement.Escape(url)}" />""");
        var mappings = package.MachineSources.Select((_, i) => $"""    <packageSource key="machine{i}"><package pattern="*" /></packageSource>""");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="datasetsdk-test-feed" value="{SecurityElement.Escape(package.Feed)}" />
            {string.Join("\n", sources)}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="datasetsdk-test-feed"><package pattern="DatasetSdk" /></packageSource>
            {string.Join("\n", mappings)}
              </packageSourceMapping>
            </configuration>
            """;
    }
}
