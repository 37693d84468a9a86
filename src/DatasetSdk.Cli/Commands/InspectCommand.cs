using System.CommandLine;
using System.Text.RegularExpressions;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator;
using DatasetSdk.Generator.Emit;

namespace DatasetSdk.Cli;

/// <summary>
/// <c>inspect &lt;dir&gt; [--speaker NAME] [--top N]</c>: a terminal summary of the corpus the build would
/// generate, or one speaker's statements found the way the generated <c>BySpeaker</c> finds them.
/// </summary>
internal static partial class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CommandLine.SeedsArgument();
        var speaker = new Option<string>("--speaker", "-s")
        {
            Description = "List this speaker's statements (date, id, kind, text). Matches the name, surname or any alias, ignoring case, in either script, as Corpus.Statements.BySpeaker does.",
            HelpName = "name",
        };
        var top = new Option<int>("--top")
        {
            Description = "How many speakers the summary lists.",
            DefaultValueFactory = _ => 10,
            HelpName = "n",
        };
        top.Validators.Add(result =>
        {
            // A value that is no number already has its parse error; only a parsed one is checked here.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var n) && n < 1) result.AddError("--top must be at least 1.");
        });
        var command = new Command("inspect", "Summarize the corpus (documents, top speakers, kinds, languages, diagnostics), or list one speaker's statements.") { dir, speaker, top };
        command.SetAction(result =>
        {
            var build = SeedDirectory.Open(result.GetRequiredValue(dir)).Build(context.Progress);
            return result.GetValue(speaker) is { } name
                ? ListSpeaker(context, build.Model, name)
                : Summarize(context, build, result.GetValue(top));
        });
        return command;
    }

    private static int Summarize(CliContext context, CorpusBuild build, int top)
    {
        var model = build.Model;
        var output = context.Out;
        var statementsOf = StatementsBySpeaker(model);
        output.WriteLine($"{Count(model.Documents.Count, "document")}, {Count(model.Statements.Count, "statement")}, {Count(model.Speakers.Count, "speaker")}, " +
                         $"{Count(model.Documents.Sum(d => d.Dates.Count), "date mention")}, {Count(model.Documents.Sum(d => d.Comments.Count), "reader comment")}");
        var published = model.Documents.Where(d => d.Published is not null).Select(d => d.Published!.Value).OrderBy(d => d).ToList();
        if (published.Count > 0)
        {
            var undated = model.Documents.Count - published.Count;
            output.WriteLine($"published {published[0]} to {published[^1]}" + (undated > 0 ? $", {undated} undated" : ""));
        }

        output.WriteLine();
        var languages = model.Documents.Select(d => d.Language)
            .Concat(model.Statements.Select(s => s.Statement.Language))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(l => new[] { l, Number(model.Documents.Count(d => d.Language == l)), Number(model.Statements.Count(s => s.Statement.Language == l)) });
        Table(output, ["language", "documents", "statements"], languages);

        output.WriteLine();
        var kinds = Enum.GetValues<StatementKind>()
            .Select(k => new[] { k.ToString().ToLowerInvariant(), Number(model.Statements.Count(s => s.Statement.Kind == k)) });
        Table(output, ["kind", "statements"], kinds);

        output.WriteLine();
        var speakers = Enumerable.Range(0, model.Speakers.Count)
            .Where(s => statementsOf[s].Count > 0)
            .OrderByDescending(s => statementsOf[s].Count).ThenBy(s => model.Speakers[s].Name, StringComparer.Ordinal)
            .Take(top)
            .Select(s => new[]
            {
                model.Speakers[s].Name,
                Number(statementsOf[s].Count),
                Number(statementsOf[s].Select(i => model.Statements[i].Document).Distinct().Count()),
                model.Speakers[s].Role ?? "",
            })
            .ToList();
        var unattributed = model.Statements.Where(s => s.Speaker < 0).ToList();
        if (unattributed.Count > 0)
        {
            speakers.Add(["(no speaker)", Number(unattributed.Count), Number(unattributed.Select(s => s.Document).Distinct().Count()), ""]);
        }
        Table(output, [$"top {top} speakers", "statements", "documents", "role"], speakers);

        output.WriteLine();
        var diagnostics = build.Diagnostics.Select(d => d.ToDiagnostic().ToString()).ToList();
        output.WriteLine(diagnostics.Count == 0 ? "diagnostics: none" : $"diagnostics: {diagnostics.Count}");
        foreach (var diagnostic in diagnostics) output.WriteLine("  " + diagnostic);
        return CommandLine.Ok;
    }

    private static int ListSpeaker(CliContext context, CorpusModel model, string name)
    {
        // The generated lookup's keys and normalization, taken from the generator itself.
        var key = LookupKey.Normalize(name);
        var matches = Enumerable.Range(0, model.Speakers.Count)
            .Where(s => TextKeys.KeysOf(model.Speakers[s]).Any(k => LookupKey.Normalize(k) == key))
            .ToList();
        if (matches.Count == 0)
        {
            context.Error.WriteLine($"datasetsdk: no speaker '{name}' in the corpus (a name, surname or alias, in either script, is looked up as Corpus.Statements.BySpeaker does).");
            return CommandLine.Failed;
        }

        var statementsOf = StatementsBySpeaker(model);
        var output = context.Out;
        foreach (var s in matches)
        {
            var speaker = model.Speakers[s];
            if (s != matches[0]) output.WriteLine();
            output.WriteLine($"{speaker.Name} ({speaker.Id})" + (speaker.Role is { } role ? $", {role}" : ""));
            if (speaker.Aliases.Count > 0) output.WriteLine("aliases: " + string.Join(", ", speaker.Aliases));
            var statements = statementsOf[s];
            output.WriteLine($"{Count(statements.Count, "statement")} in {Count(statements.Select(i => model.Statements[i].Document).Distinct().Count(), "document")}");
            output.WriteLine();
            Table(output, ["date", "id", "kind", "text"], statements.Select(i => model.Statements[i]).Select(st => new[]
            {
                st.Statement.Date?.ToString() ?? "undated",
                st.Id,
                st.Statement.Kind.ToString().ToLowerInvariant(),
                OneLine(st.Statement.Text),
            }));
        }
        return CommandLine.Ok;
    }

    /// <summary>Statement indexes of each speaker, in corpus order (as <c>Speaker.Statements</c> lists them).</summary>
    private static List<int>[] StatementsBySpeaker(CorpusModel model)
    {
        var result = Enumerable.Range(0, model.Speakers.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < model.Statements.Count; i++)
        {
            if (model.Statements[i].Speaker >= 0) result[model.Statements[i].Speaker].Add(i);
        }
        return result;
    }

    /// <summary>
    /// Columns as wide as their widest cell, counts right-aligned; a last column of text is not padded, so a
    /// long statement runs on instead of widening every row.
    /// </summary>
    private static void Table(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = new[] { header }.Concat(rows).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => IsNumber(cell) ? cell.PadLeft(widths[c]) : c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine("  " + string.Join("  ", cells).TrimEnd());
        }
    }

    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(char.IsAsciiDigit);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => CheckCommand.Plural(count, noun);

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
