using System.Text;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Cli;

/// <summary>Parses the command line and runs a command; returns the process exit code.</summary>
public static class CommandLine
{
    private const string Usage = """
        usage: datasetsdk export <seeds-dir> [-o|--output <file.json>]
               datasetsdk review <seeds-dir> [-o|--output <review.html>]

          export   extract every *.txt file of <seeds-dir> (recursively) and write the corpus as JSON
                   (to standard output when no --output is given)
        """ + "\n" + Review.ReviewCommand.Usage;

    /// <summary>Runs the command given by <paramref name="args"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] == "review") return Review.ReviewCommand.Run(args[1..], stdout, stderr);
        if (args[0] != "export")
        {
            stderr.WriteLine($"unknown command '{args[0]}'");
            stderr.WriteLine(Usage);
            return 2;
        }

        string? input = null, output = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var a when !a.StartsWith('-') && input is null:
                    input = a;
                    break;
                default:
                    stderr.WriteLine($"unexpected argument '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }
        if (input is null || !Directory.Exists(input))
        {
            stderr.WriteLine(input is null ? "missing <seeds-dir>" : $"no such directory: {input}");
            return 2;
        }

        var (corpus, manifest, unmatched) = Export(input);
        foreach (var document in corpus.Documents)
        {
            foreach (var issue in document.Issues)
            {
                stderr.WriteLine($"{document.Path}({Math.Max(issue.Line, 1)}): {issue.Kind}: {issue.Message}");
            }
        }
        foreach (var issue in manifest.Issues.Concat(unmatched))
        {
            stderr.WriteLine($"{Path.Combine(input, ManifestFileName)}({Math.Max(issue.Line, 1)}): {issue.Kind}: {issue.Message}");
        }
        var json = CorpusJsonWriter.Write(corpus);
        if (output is null)
        {
            stdout.Write(Encoding.UTF8.GetString(json));
        }
        else
        {
            File.WriteAllBytes(output, json);
            stdout.WriteLine($"wrote {corpus.Documents.Count} documents, {corpus.Statements.Count} statements, {corpus.Speakers.Count} speakers to {output}");
        }
        return 0;
    }

    /// <summary>The optional manifest beside the seeds, as the package's props add it.</summary>
    public const string ManifestFileName = "corpus.json";

    /// <summary>
    /// Extracts every seed under <paramref name="directory"/> with the code the generator runs, and applies
    /// the directory's corpus.json when there is one.
    /// </summary>
    public static (CorpusModel Corpus, CorpusManifest Manifest, IReadOnlyList<ExtractionIssue> Unmatched) Export(string directory)
    {
        var files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories)
            .OrderBy(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), StringComparer.Ordinal);
        var documents = files.Select(f => DocumentExtractor.Extract(f, File.ReadAllText(f, Encoding.UTF8)));
        var manifestPath = Path.Combine(directory, ManifestFileName);
        var manifest = File.Exists(manifestPath) ? ManifestParser.Parse(File.ReadAllText(manifestPath, Encoding.UTF8)) : CorpusManifest.None;
        var built = CorpusBuilder.Build(documents);
        return (ManifestApplier.Apply(built, manifest), manifest, ManifestApplier.Unmatched(built, manifest));
    }
}
