using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests;

public class EscapingTests
{
    /// <summary>Everything that could end a string, a line or a comment, or change how code reads.</summary>
    private const string Hostile =
        "quote \" backslash \\ \\\" end */ start /* // #if DEBUG\n#error injected\n{{ }} {0} $\"{x}\" " +
        "controls \u0001\u0007\u001B\u007F\u0000 tab\t CR\r LF\n CRLF\r\n NEL\u0085 LS\u2028 PS\u2029 " +
        "bidi \u202E\u2066 reversed\u202C\u2069 zero-width\u200B\u200D bom\uFEFF private\uE000 " +
        "emoji 😀👍🏽 🇺🇦 combining e\u0301 cyrillic Ёлка </summary> <![CDATA[ & <tag>";

    private const string LoneSurrogates = "high \uD800 low \uDC00 end";

    [Fact]
    public void Hostile_text_compiles_and_round_trips_exactly()
    {
        var statement = new ExtractedStatement(0, Hostile.Length, 1, StatementKind.Direct, Hostile, "X\"\n#error", PartialDate.Of(2020, 2, 29), "en");
        var document = new ExtractedDocument("weird id-ß 😀\"", "weird.txt", "seeds/weird.txt", "en",
            Hostile, Hostile, null, Hostile,
            new EquatableArray<ExtractedStatement>(new[] { statement, statement with { Text = LoneSurrogates } }),
            EquatableArray<DocumentSpeaker>.Empty,
            new EquatableArray<DateMention>(new[] { new DateMention(Hostile, null, 0, 1, 1) }),
            new EquatableArray<ReaderComment>(new[] { new ReaderComment(Hostile, Hostile, null, 0, Hostile, new EquatableArray<string>(new[] { Hostile }), 1) }),
            EquatableArray<ExtractionIssue>.Empty);
        var speakers = new EquatableArray<CorpusSpeaker>(new[]
        {
            new CorpusSpeaker("class", Hostile, Hostile, new EquatableArray<string>(new[] { Hostile }), false),
            new CorpusSpeaker("All", "Second \"Speaker\"", null, EquatableArray<string>.Empty, false),
        });
        var model = new CorpusModel(new EquatableArray<ExtractedDocument>(new[] { document }), speakers,
            new EquatableArray<CorpusStatement>(new[]
            {
                new CorpusStatement("weird#0", 0, 0, statement),
                new CorpusStatement("weird#1", 0, 1, statement with { Text = LoneSurrogates }),
            }));

        var probe = Fixture.Probe(Fixture.Emit(model), """
            #pragma warning disable CS1591
            using System.Linq;
            using Fixture.Data;
            public static class Probe
            {
                public static string[] Texts()
                {
                    var d = Corpus.Documents.All[0];
                    var s = Corpus.Speakers.All[0];
                    var c = d.Comments[0];
                    return new[]
                    {
                        Corpus.Statements.All[0].Text, Corpus.Statements.All[1].Text, d.Title!, d.Source!, d.Url!, d.Id,
                        s.Name, s.Role!, s.Aliases[0], s.Id, Corpus.Speakers.All[1].Id,
                        c.Author!, c.Posted!, c.Text, c.Quotes[0], Corpus.Dates.All[0].Text,
                        Corpus.Statements.BySpeaker("second \"speaker\"").Count.ToString(),
                    };
                }
            }
            """);

        var texts = (string[])probe("Texts", Array.Empty<object>())!;
        Assert.Equal(Hostile, texts[0]);
        Assert.Equal("high \uFFFD low \uFFFD end", texts[1]);
        Assert.All(new[] { 2, 3, 4, 6, 7, 8, 11, 12, 13, 14, 15 }, i => Assert.Equal(Hostile, texts[i]));
        Assert.Equal("weird id-ß 😀\"", texts[5]);
        Assert.Equal("Speakerclass", texts[9]);
        Assert.Equal("All_", texts[10]);
        Assert.Equal("1", texts[16]);
    }

    [Fact]
    public void Hostile_seed_file_compiles_through_the_generator()
    {
        // The stray controls (NUL among them) are read as spaces; every other hostile character stays in.
        var hostile = Hostile;
        var quote = new string(hostile.Replace("\"", "'").Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray());
        var text = "Headline " + hostile + "\n\nSOCHI, May 6. \"" + quote + "\" the minister said.\n";
        var seed = new Seed("/p/seeds/hostile \"name\" #if.txt", text);

        var (result, output) = Harness.Run(new[] { seed });

        Assert.Null(result.Exception);
        Harness.AssertCompiles(output);
        var extracted = DocumentExtractor.Extract(seed.Path, seed.Text);
        var assembly = Harness.Load(output);
        var all = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Statements", "All"));
        Assert.Equal(extracted.Statements.Select(s => s.Text), all.Select(s => (string)Harness.Get(s, "Text")!));
        var document = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "All")).Single();
        Assert.Equal(extracted.Title, Harness.Get(document, "Title"));
        Assert.Equal("hostile \"name\" #if", Harness.Get(document, "Id"));
    }
}
