using System.Text;

namespace DatasetSdk.Cli.Review;

/// <summary><c>datasetsdk review &lt;seeds-dir&gt; [-o review.html]</c>: extracts like <c>export</c> and writes the review page.</summary>
public static class ReviewCommand
{
    /// <summary>The command's line in the tool's usage text.</summary>
    public const string Usage = """
          review   write <seeds-dir>'s corpus as one self-contained HTML page to read the statements in their
                   documents and copy manifest fixes (to review.html when no --output is given)
        """;

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case var a when !a.StartsWith('-') && input is null:
                    input = a;
                    break;
                default:
                    stderr.WriteLine($"unexpected argument '{args[i]}'");
                    stderr.WriteLine("usage: datasetsdk review <seeds-dir> [-o|--output <review.html>]");
                    return 2;
            }
        }
        if (input is null || !Directory.Exists(input))
        {
            stderr.WriteLine(input is null ? "missing <seeds-dir>" : $"no such directory: {input}");
            return 2;
        }
        output ??= "review.html";

        var (corpus, _, _) = CommandLine.Export(input);
        // "\n" whatever the platform, so the same corpus gives the same bytes on every machine
        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
        {
            ReviewPage.Write(corpus, writer);
        }
        stdout.WriteLine($"wrote the review of {corpus.Documents.Count} documents, {corpus.Statements.Count} statements to {output}");
        return 0;
    }
}
