using System.CommandLine;
using System.CommandLine.Invocation;

namespace DatasetSdk.Cli;

/// <summary>The <c>datasetsdk</c> command line: parses the arguments, runs a command, returns the exit code.</summary>
public static class CommandLine
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found a problem (an error diagnostic, an unknown speaker, an unwritable file).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument, no such directory.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command given by <paramref name="args"/>.</summary>
    /// <param name="progress">Where to show extraction progress; null unless standard error is a terminal.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, ProgressDisplay? progress = null)
    {
        var context = new CliContext(stdout, stderr, progress);
        var result = CreateRoot(context).Parse(args);
        if (result.Action is ParseErrorAction errorAction)
        {
            // The error and any "did you mean" go to stderr; the full help System.CommandLine would add after
            // them would bury the one line that matters, so a pointer to it is enough.
            errorAction.ShowHelp = false;
            result.Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            var command = result.CommandResult.Command;
            stderr.WriteLine($"Run '{(command is RootCommand ? "datasetsdk" : "datasetsdk " + command.Name)} --help' for usage.");
            return UsageError;
        }
        try
        {
            // Without the default handler an exception reaches the catch below, which tells a file the
            // command cannot read from a bug; a bug still ends with its stack trace.
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (FileProblem(ex) is { } problem)
        {
            stderr.WriteLine("datasetsdk: " + problem.Message);
            return Failed;
        }
    }

    /// <summary>The I/O failure behind <paramref name="exception"/>, also when parallel extraction wrapped it.</summary>
    private static Exception? FileProblem(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(e => e is IOException or UnauthorizedAccessException),
        _ => null,
    };

    /// <summary>The root command with every subcommand; <c>--help</c>, <c>--version</c> and <c>[suggest]</c> come with it.</summary>
    public static RootCommand CreateRoot(CliContext context) => new("Extracts a corpus of news articles (documents, statements, speakers, dates) the way the DatasetSdk generator does, and exports, inspects, checks or reviews it.")
    {
        ExportCommand.Create(context),
        InspectCommand.Create(context),
        CheckCommand.Create(context),
        Review.ReviewCommand.Create(context),
    };

    /// <summary>The seeds directory every command takes first; one that does not exist is a usage error.</summary>
    internal static Argument<string> SeedsArgument()
    {
        var argument = new Argument<string>("dir")
        {
            Description = "The seeds directory: every *.txt file below it is a document, and corpus.json at its top is the manifest.",
        };
        argument.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (!Directory.Exists(path)) result.AddError($"No such directory: '{path}'.");
        });
        return argument;
    }
}

/// <summary>Where a command writes: its output, its messages, and the progress line when that is a terminal.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, ProgressDisplay? Progress);
