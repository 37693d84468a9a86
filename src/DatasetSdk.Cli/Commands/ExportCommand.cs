using System.CommandLine;
using System.Text;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Cli;

/// <summary><c>export &lt;dir&gt; [-o file]</c>: the corpus as JSON, in the format of the shared export spec.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CommandLine.SeedsArgument();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the JSON to this file (standard output when omitted).",
            HelpName = "file",
        };
        var command = new Command("export", "Extract every seed and write the corpus as JSON: documents, speakers, statements, dates.") { dir, output };
        command.SetAction(result => Run(context, result.GetRequiredValue(dir), result.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string input, string? output)
    {
        var seeds = SeedDirectory.Open(input);
        var (corpus, manifest, unmatched) = Export(seeds, context.Progress);
        ReportIssues(context, seeds, corpus, manifest, unmatched);
        var json = CorpusJsonWriter.Write(corpus);
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
            return CommandLine.Ok;
        }
        try
        {
            File.WriteAllBytes(output, json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"datasetsdk: cannot write '{output}': {ex.Message}");
            return CommandLine.Failed;
        }
        context.Out.WriteLine($"wrote {corpus.Documents.Count} documents, {corpus.Statements.Count} statements, {corpus.Speakers.Count} speakers to {output}");
        return CommandLine.Ok;
    }

    /// <summary>What extraction and the manifest reported, one line each on standard error.</summary>
    internal static void ReportIssues(CliContext context, SeedDirectory seeds, CorpusModel corpus, CorpusManifest manifest, IReadOnlyList<ExtractionIssue> unmatched)
    {
        foreach (var document in corpus.Documents)
        {
            foreach (var issue in document.Issues)
            {
                context.Error.WriteLine($"{document.Path}({Math.Max(issue.Line, 1)}): {issue.Kind}: {issue.Message}");
            }
        }
        foreach (var issue in manifest.Issues.Concat(unmatched))
        {
            context.Error.WriteLine($"{seeds.ManifestPath}({Math.Max(issue.Line, 1)}): {issue.Kind}: {issue.Message}");
        }
    }

    /// <summary>
    /// The exported corpus: every seed (an empty or binary one too, with its issue), merged, with the manifest
    /// applied; and what in the manifest did not apply.
    /// </summary>
    internal static (CorpusModel Corpus, CorpusManifest Manifest, IReadOnlyList<ExtractionIssue> Unmatched) Export(SeedDirectory seeds, ProgressDisplay? progress)
    {
        var documents = seeds.Extract(progress);
        var manifest = seeds.ReadManifest();
        var built = CorpusBuilder.Build(documents);
        return (ManifestApplier.Apply(built, manifest), manifest, ManifestApplier.Unmatched(built, manifest));
    }
}
