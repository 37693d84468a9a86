using System.Collections.Immutable;
using System.Text;
using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator;

namespace DatasetSdk.Cli;

/// <summary>
/// A seeds directory read the way the package's props give it to the build: every <c>*.txt</c> below it
/// (<c>seeds/**/*.txt</c>) and the manifest at its top (<c>seeds/corpus.json</c>).
/// </summary>
internal sealed class SeedDirectory
{
    /// <summary>The optional manifest beside the seeds.</summary>
    public const string ManifestFileName = "corpus.json";

    private SeedDirectory(string path, string[] files)
    {
        Path = path;
        Files = files;
    }

    /// <summary>The directory as the user named it; file paths in messages start with it.</summary>
    public string Path { get; }

    /// <summary>Every seed file, in ordinal order of its path relative to <see cref="Path"/>.</summary>
    public string[] Files { get; }

    public string ManifestPath => System.IO.Path.Combine(Path, ManifestFileName);

    public static SeedDirectory Open(string path) =>
        new(path, Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories)
            .OrderBy(f => System.IO.Path.GetRelativePath(path, f).Replace('\\', '/'), StringComparer.Ordinal)
            .ToArray());

    /// <summary>
    /// Extracts every file with the generator's own per-file step, spread over the cores. Each result lands
    /// at its file's index, so the order (and everything built from it) does not depend on which core
    /// finished first.
    /// </summary>
    public ImmutableArray<ExtractedDocument> Extract(ProgressDisplay? progress)
    {
        var documents = new ExtractedDocument[Files.Length];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, Files.Length, options, i =>
        {
            var text = File.ReadAllText(Files[i], Encoding.UTF8);
            documents[i] = CorpusBuild.Extract(new SeedInput(Files[i], text, DocumentOptions.None), CancellationToken.None);
            progress?.Report(Interlocked.Increment(ref done), Files.Length);
        });
        progress?.Finish();
        return ImmutableArray.Create(documents);
    }

    /// <summary>The parsed manifest, or <see cref="CorpusManifest.None"/> when the directory has none.</summary>
    public CorpusManifest ReadManifest() =>
        File.Exists(ManifestPath) ? ManifestParser.Parse(File.ReadAllText(ManifestPath, Encoding.UTF8)) : CorpusManifest.None;

    /// <summary>
    /// The corpus and the DSDK0xx diagnostics exactly as the generator makes them from these files: files
    /// without text and duplicate ids left out, the manifest applied.
    /// </summary>
    public CorpusBuild Build(ProgressDisplay? progress)
    {
        var documents = Extract(progress);
        var manifest = File.Exists(ManifestPath) ? new ManifestInput(ManifestPath, ReadManifest()) : ManifestInput.None;
        return CorpusBuild.Create(documents, manifest, CancellationToken.None);
    }
}
