using System.CommandLine;
using System.Text;

namespace DatasetSdk.Cli.Review;

/// <summary><c>review &lt;dir&gt; [-o review.html]</c>: extracts like <c>export</c> and writes the review page.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CommandLine.SeedsArgument();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the page to this file.",
            HelpName = "file",
            DefaultValueFactory = _ => "review.html",
        };
        var command = new Command("review", "Write the corpus as one self-contained HTML page: statements highlighted in their documents, speakers, filters, a timeline, and manifest fixes to copy.") { dir, output };
        command.SetAction(result => Run(context, result.GetRequiredValue(dir), result.GetRequiredValue(output)));
        return command;
    }

    private static int Run(CliContext context, string input, string output)
    {
        var seeds = SeedDirectory.Open(input);
        var (corpus, manifest, unmatched) = ExportCommand.Export(seeds, context.Progress);
        ExportCommand.ReportIssues(context, seeds, corpus, manifest, unmatched);
        try
        {
            // "\n" whatever the platform, so the same corpus gives the same bytes on every machine.
            using var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            ReviewPage.Write(corpus, writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"datasetsdk: cannot write '{output}': {ex.Message}");
            return CommandLine.Failed;
        }
        context.Out.WriteLine($"wrote the review of {corpus.Documents.Count} documents, {corpus.Statements.Count} statements to {output}");
        return CommandLine.Ok;
    }
}
