namespace DatasetSdk.Generator.Tests;

/// <summary>The generated API over the fixture corpus, called from consumer code compiled against it.</summary>
public class LookupTests
{
    private const string ProbeSource = """
        #nullable enable
        #pragma warning disable CS1591 // test-only consumer code
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Fixture.Data;

        public static class Probe
        {
            private static string[] Ids(IEnumerable<Statement> statements) => statements.Select(s => s.Id).ToArray();

            public static string[] BySpeaker(string? key) => Ids(Corpus.Statements.BySpeaker(key!));
            public static string[] BySpeakerObject(string key) => Ids(Corpus.Statements.BySpeaker(Corpus.Speakers.Find(key)!));
            public static string? Find(string? key) => Corpus.Speakers.Find(key!)?.Id;
            public static string[] ByDate(int year, int month, int day) => Ids(Corpus.Statements.ByDate(new DateOnly(year, month, day)));
            public static string[] Between(int y1, int m1, int d1, int y2, int m2, int d2) =>
                Ids(Corpus.Statements.Between(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)));
            public static string[] ByYear(int year) => Ids(Corpus.Statements.ByYear(year));
            public static string[] ByKind(string kind) => Ids(Corpus.Statements.ByKind(Enum.Parse<StatementKind>(kind)));
            public static string[] ByLanguage(string language) => Ids(Corpus.Statements.ByLanguage(language));
            public static string[] Containing(string? query) => Ids(Corpus.Statements.Containing(query!));
            public static string[] ByDocument(string id) => Ids(Corpus.Statements.ByDocument(Corpus.Documents.ById(id)!));
            public static string? DocumentTitle(string id) => Corpus.Documents.ById(id)?.Title;
            public static string[] All() => Ids(Corpus.Statements.All);

            public static string[] Statement(int index)
            {
                var s = Corpus.Statements.All[index];
                return new[] { s.Id, s.Document.Id, s.Speaker?.Id ?? "-", s.Kind.ToString(), s.Text, s.Line.ToString(), s.Start.ToString(),
                    s.Length.ToString(), s.Date?.ToString() ?? "-", s.Date?.Precision.ToString() ?? "-", s.Language };
            }

            public static string[] Document()
            {
                var d = Corpus.Documents.DocFx_001;
                return new[] { d.Id, d.FileName, d.Title ?? "-", d.Source ?? "-", d.Language, d.Published?.ToString() ?? "-", d.Url ?? "-",
                    d.Statements.Count.ToString(), d.Comments.Count.ToString(), Corpus.Documents.DocFx_002.Source ?? "-" };
            }

            public static string[] Comments() =>
                Corpus.Documents.DocFx_001.Comments
                    .Select(c => $"{c.Author}|{c.Posted ?? "-"}|{c.Parent?.Author ?? "-"}|{c.Depth}|{c.Text}|{string.Join("/", c.Quotes)}")
                    .ToArray();

            public static string[] Speaker()
            {
                var s = Corpus.Speakers.JaneDoe;
                return new[] { s.Id, s.Name, s.Role ?? "-", string.Join("/", s.Aliases), s.IsCollective.ToString(), s.Statements.Count.ToString(),
                    Corpus.Speakers.TheSides.IsCollective.ToString(), Corpus.Speakers.All.Count.ToString(),
                    ReferenceEquals(s, Corpus.Speakers.Find("Doe")).ToString() };
            }

            public static string[] Dates() =>
                Corpus.Dates.All.Select(d => $"{d.Text}|{d.Value?.ToString() ?? "-"}|{d.Document.Id}|{d.Line}|{d.Start}|{d.Length}").ToArray();

            public static string[] DatesInYear(int year) => Corpus.Dates.InYear(year).Select(d => d.Text).ToArray();

            public static string[] DateBehaviour()
            {
                var day = Corpus.Statements.All[0].Date!.Value;
                var month = Corpus.Statements.All[1].Date!.Value;
                var noYear = Corpus.Statements.All[3].Date!.Value;
                return new[]
                {
                    day.ToDateOnly()?.ToString("yyyy-MM-dd") ?? "-", month.ToDateOnly()?.ToString() ?? "-", noYear.ToDateOnly()?.ToString() ?? "-",
                    month.Contains(new DateOnly(2024, 3, 31)).ToString(), month.Contains(new DateOnly(2024, 4, 1)).ToString(),
                    noYear.Contains(new DateOnly(1999, 5, 6)).ToString(), noYear.ToString(), (month.CompareTo(day) < 0).ToString(),
                    (day == Corpus.Documents.DocFx_001.Published!.Value).ToString(), noYear.Year?.ToString() ?? "-",
                };
            }

            public static string OutOfRange()
            {
                try
                {
                    _ = Corpus.Statements.All[99];
                    return "no exception";
                }
                catch (ArgumentOutOfRangeException)
                {
                    return "ArgumentOutOfRangeException";
                }
            }
        }
        """;

    private static readonly Lazy<Func<string, object?[], object?>> Probe = new(() => Fixture.Probe(Fixture.Emit(), ProbeSource));

    private static string[] Call(string method, params object?[] arguments) => (string[])Probe.Value(method, arguments)!;

    private static string? CallOne(string method, params object?[] arguments) => (string?)Probe.Value(method, arguments);

    [Theory]
    [InlineData("Doe")]
    [InlineData("doe")]
    [InlineData("  Jane   DOE ")]
    [InlineData("Джейн Доу")]
    [InlineData("джейн доу")]
    public void BySpeaker_accepts_name_surname_and_alias_in_any_case(string key) =>
        Assert.Equal(new[] { "fx-001#0", "fx-001#1" }, Call("BySpeaker", key));

    [Theory]
    [InlineData("Ёлкин")]
    [InlineData("елкин")]
    [InlineData("ЕЛКИН")]
    [InlineData("Yolkin")]
    public void BySpeaker_treats_yo_as_ye(string key) => Assert.Equal(new[] { "fx-002#0" }, Call("BySpeaker", key));

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Jane Doe Smith")]
    [InlineData(null)]
    public void BySpeaker_with_an_unknown_key_is_empty(string? key) => Assert.Empty(Call("BySpeaker", key));

    [Fact]
    public void BySpeaker_with_a_speaker_object_returns_its_statements() =>
        Assert.Equal(new[] { "fx-002#1" }, Call("BySpeakerObject", "стороны"));

    [Fact]
    public void Find_returns_the_speaker_or_null()
    {
        Assert.Equal("PetrYolkin", CallOne("Find", "пётр ёлкин"));
        Assert.Equal("TheSides", CallOne("Find", "The Sides"));
        Assert.Null(CallOne("Find", "Nobody"));
        Assert.Null(CallOne("Find", (object?)null));
    }

    [Fact]
    public void Date_lookups_use_the_statement_dates()
    {
        Assert.Equal(new[] { "fx-001#0" }, Call("ByDate", 2024, 3, 5));
        Assert.Empty(Call("ByDate", 2024, 3, 6));
        // A month is inside a range only when the range covers all of it.
        Assert.Equal(new[] { "fx-001#0", "fx-001#1" }, Call("Between", 2024, 3, 1, 2024, 3, 31));
        Assert.Equal(new[] { "fx-001#0" }, Call("Between", 2024, 3, 2, 2024, 3, 31));
        Assert.Equal(new[] { "fx-001#0", "fx-001#1", "fx-002#1" }, Call("Between", 2023, 1, 1, 2024, 12, 31));
        Assert.Empty(Call("Between", 2024, 12, 31, 2023, 1, 1));
        Assert.Equal(new[] { "fx-001#0", "fx-001#1" }, Call("ByYear", 2024));
        Assert.Equal(new[] { "fx-002#1" }, Call("ByYear", 2023));
        Assert.Empty(Call("ByYear", 1999));
    }

    [Fact]
    public void Kind_language_and_document_lookups()
    {
        Assert.Equal(new[] { "fx-001#0", "fx-002#1" }, Call("ByKind", "Direct"));
        Assert.Equal(new[] { "fx-002#0" }, Call("ByKind", "Transcript"));
        Assert.Equal(new[] { "fx-002#0", "fx-002#1" }, Call("ByLanguage", " RU "));
        Assert.Empty(Call("ByLanguage", "de"));
        Assert.Equal(new[] { "fx-002#0", "fx-002#1" }, Call("ByDocument", "fx-002"));
        Assert.Null(CallOne("DocumentTitle", "FX-001"));
        Assert.Equal("Ministers meet in Zürich", CallOne("DocumentTitle", "fx-001"));
    }

    [Theory]
    [InlineData("deal", new[] { "fx-001#0" })]
    [InlineData("ZURICH", new[] { "fx-001#1" })]
    [InlineData("zürich", new[] { "fx-001#1" })]
    [InlineData("until there", new[] { "fx-001#0" })]
    [InlineData("keep talking, until", new[] { "fx-001#0" })]
    [InlineData("there until", new string[0])]
    [InlineData("ДИАЛОГУ", new[] { "fx-002#0" })]
    [InlineData("the", new[] { "fx-001#1" })]
    [InlineData("tal", new string[0])]
    [InlineData("?!", new string[0])]
    [InlineData(null, new string[0])]
    public void Containing_finds_whole_words_and_phrases_ignoring_case_and_accents(string? query, string[] expected) =>
        Assert.Equal(expected, Call("Containing", query));

    [Fact]
    public void Entities_expose_the_model()
    {
        Assert.Equal(new[] { "fx-001#0", "fx-001", "JaneDoe", "Direct", "We will keep talking until there is a deal.", "5", "120", "42", "2024-03-05", "Day", "en" },
            Call("Statement", 0));
        Assert.Equal(new[] { "fx-001#2", "fx-001", "-", "Partial", "a constructive step", "9", "260", "18", "-", "-", "en" }, Call("Statement", 2));
        Assert.Equal(new[] { "fx-001", "fx-001.txt", "Ministers meet in Zürich", "Example Wire", "en", "2024-03-05", "https://example.org/fx-001", "3", "2", "-" },
            Call("Document"));
        Assert.Equal(new[] { "reader_one|2024-03-05T10:15|-|0|Good news at last.|We will keep talking", "reader_two|-|reader_one|1|Let us wait and see.|" },
            Call("Comments"));
        Assert.Equal(new[] { "JaneDoe", "Jane Doe", "Foreign Minister", "Doe/Джейн Доу", "False", "2", "True", "3", "True" }, Call("Speaker"));
        Assert.Equal("ArgumentOutOfRangeException", CallOne("OutOfRange"));
    }

    [Fact]
    public void Date_mentions_and_corpus_dates()
    {
        Assert.Equal(new[] { "March 5, 2024|2024-03-05|fx-001|3|40|13", "last spring|-|fx-001|9|300|11", "6 мая|XXXX-05-06|fx-002|3|60|5" }, Call("Dates"));
        Assert.Equal(new[] { "March 5, 2024" }, Call("DatesInYear", 2024));
        Assert.Equal(new[] { "2024-03-05", "-", "-", "True", "False", "True", "XXXX-05-06", "True", "True", "-" }, Call("DateBehaviour"));
    }
}
