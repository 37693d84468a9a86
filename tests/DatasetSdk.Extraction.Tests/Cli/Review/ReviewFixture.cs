using System.Text;
using System.Text.Json;
using DatasetSdk.Cli;
using DatasetSdk.Cli.Review;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>
/// A small invented corpus for the review page: boilerplate, reader comments, dates, several speakers, and text
/// that would run as markup if the page ever parsed it (a script element, its end tag, quotes, '&amp;', U+2028).
/// </summary>
public sealed class ReviewFixture : IDisposable
{
    public const string Hostile = "Never type </script> or <script>document.body.dataset.pwned=1</script> into a form & call it 'safe',";
    public const string HostileTitle = "Tram fares & <b>tickets</b> to rise in April";

    /// <summary>U+2028, which ends a line in old script engines and so must never reach a script element raw.</summary>
    public const string LineSeparator = "\u2028";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["storm.txt"] = """
            Storm warning issued for the coast

            OSLO, March 4, 2025 (Example Wire). Forecaster Anna Berg warned of heavy rain on Tuesday.

            "It will rain all week and the roads will flood," Berg said.

            Ferries may stop running, the harbour office said.

            Share this article
            Follow us on Facebook

            """,
        ["tram.txt"] = $"""
            {HostileTitle}

            BERGEN, February 10, 2025 (Example Wire). Transport councillor Mara Lind said that fares would rise by ten percent in April.

            "{Hostile}" Lind said.

            "We have no other choice," Lind told reporters on February 11, 2025.

            """,
        ["harbour.txt"] = $"""
            Harbour to reopen in May

            TROMSO, January 20, 2025 (Example Wire). Harbour master Per Holm said the harbour would reopen in May.

            "The ice is{LineSeparator}gone and the boats are ready," Holm said.
            Dear reader, to leave comments you must register.

              1. olaf77
                olaf77 21 January 2025 10: 15 New
                Good news for the <i>fishermen</i> & "their" boats.
              2. anon42
                anon42 22 January 2025 17: 45 New
                Finally.

            """,
    };

    public ReviewFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dsdk-review-").FullName;
        foreach (var (name, text) in Files) File.WriteAllText(System.IO.Path.Combine(Directory, name), text.Replace("\r\n", "\n"), new UTF8Encoding(false));
        Corpus = ExportCommand.Export(SeedDirectory.Open(Directory), null).Corpus;
        var writer = new StringWriter { NewLine = "\n" };
        ReviewPage.Write(Corpus, writer);
        Html = writer.ToString();
        PagePath = System.IO.Path.Combine(Directory, "review.html");
        File.WriteAllText(PagePath, Html, new UTF8Encoding(false));
        using var export = JsonDocument.Parse(CorpusJsonWriter.Write(Corpus));
        Statements = export.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => new ExportedStatement(s.GetProperty("id").GetString()!, s.GetProperty("document").GetString()!,
                s.GetProperty("speaker").GetString() ?? "", s.GetProperty("kind").GetString()!, s.GetProperty("text").GetString()!))
            .ToList();
        DateCount = export.RootElement.GetProperty("dates").GetArrayLength();
    }

    /// <summary>The seeds directory, which also holds the page.</summary>
    public string Directory { get; }

    public CorpusModel Corpus { get; }

    public string Html { get; }

    public string PagePath { get; }

    /// <summary>The export's statements, as the page has to show them.</summary>
    public IReadOnlyList<ExportedStatement> Statements { get; }

    public int DateCount { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public sealed record ExportedStatement(string Id, string Document, string Speaker, string Kind, string Text);
}
