using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using DatasetSdk.Extraction.Manifest;
using Xunit.Abstractions;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>
/// The review page in a real browser: the fixture corpus's page is opened in headless Chromium twice, once
/// unfiltered and once through the URL hash the page reads (a speaker filter and three fixes to show).
/// </summary>
public sealed class ReviewBrowserTests : IClassFixture<ReviewBrowserTests.Pages>
{
    private readonly Pages _pages;
    private readonly ITestOutputHelper _output;

    public ReviewBrowserTests(Pages pages, ITestOutputHelper output)
    {
        _pages = pages;
        _output = output;
    }

    /// <summary>The page and its two DOMs, each taken once for all the tests.</summary>
    public sealed class Pages : IDisposable
    {
        public const string FilterSpeaker = "MaraLind";
        public const string Excluded = "storm#ef65ce69";
        public const string Renamed = "Harbour \"Office\" </script> \\ A&B";

        public ReviewFixture Fixture { get; } = new();

        // lazily, so a run without Chromium (tests skipped) never starts it
        public Lazy<(string Dom, TimeSpan Took)> All { get; }
        public Lazy<(string Dom, TimeSpan Took)> Filtered { get; }
        public Lazy<(string Dom, TimeSpan Took)> Searched { get; }

        public Pages()
        {
            All = new(() => Timed(""));
            Filtered = new(() => Timed("speaker=" + FilterSpeaker
                + Fix("exclude", Excluded) + Fix("speaker", Excluded, "Per Holm") + Fix("alias", Excluded, Renamed)
                + Fix("speaker", Excluded, "  ") + Fix("alias", "storm#00000000", "Per Holm")));
            Searched = new(() => Timed("kind=direct&q=" + Uri.EscapeDataString("RAIN all")));
        }

        private static string Fix(params string[] args) => "&fix=" + Uri.EscapeDataString(JsonSerializer.Serialize(args));

        private (string, TimeSpan) Timed(string hash)
        {
            var clock = Stopwatch.StartNew();
            var dom = Chromium.DumpDom(Fixture.PagePath, hash);
            return (dom, clock.Elapsed);
        }

        public void Dispose() => Fixture.Dispose();
    }

    private string AllDom => DomOf(_pages.All);

    private string DomOf(Lazy<(string Dom, TimeSpan Took)> run)
    {
        var (dom, took) = run.Value;
        _output.WriteLine($"chromium --dump-dom took {took.TotalSeconds:0.00} s");
        return dom;
    }

    private static IEnumerable<(string Id, string Speaker, string Kind, string Text)> Highlighted(IEnumerable<Dom.Element> marks) =>
        marks.Select(m => (m["data-id"], m["data-speaker"], m["data-kind"], m.Text));

    [ChromiumFact]
    public void Highlighted_statements_equal_the_exports()
    {
        var marks = Dom.Elements(AllDom, "mark").Where(m => m.HasClass("st")).ToList();

        var expected = _pages.Fixture.Statements.Select(s => (s.Id, s.Speaker, s.Kind, s.Text)).OrderBy(s => s.Id, StringComparer.Ordinal);
        Assert.Equal(expected, Highlighted(marks).OrderBy(s => s.Id, StringComparer.Ordinal));
        Assert.All(marks, m => Assert.True(m.HasClass("match"), $"{m["data-id"]} is dimmed with no filter set"));
        Assert.Equal(_pages.Fixture.Statements.Count, Dom.Elements(AllDom, "tr").Count(r => r["data-id"].Length > 0));
    }

    [ChromiumFact]
    public void Boilerplate_comments_and_dates_are_marked_apart()
    {
        var blocks = Dom.Elements(AllDom, "div").Where(d => d.HasClass("blk")).ToList();
        Assert.Contains(blocks, b => b.HasClass("k-boilerplate") && b.Text.Contains("Share this article"));
        var comment = Assert.Single(blocks, b => b.HasClass("k-comment") && b.Text.Contains("fishermen"));
        Assert.Contains("<i>fishermen</i> & \"their\" boats", comment.Text);
        var apart = Dom.Elements(AllDom, "details").Where(d => d.HasClass("apart")).Select(d => d["data-kind"]).ToList();
        Assert.Contains("boilerplate", apart);
        Assert.Contains("comment", apart);
        Assert.Equal(_pages.Fixture.DateCount, Dom.Elements(AllDom, "span").Count(s => s.HasClass("date")));
        var cue = Dom.Elements(AllDom, "span").Single(s => s.HasClass("cue") && s["data-for"] == "storm#e41d475a");
        Assert.Equal("Berg", cue.Text);
    }

    [ChromiumFact]
    public void A_speaker_filter_narrows_the_highlighted_statements_and_documents()
    {
        var dom = DomOf(_pages.Filtered);

        var matching = Dom.Elements(dom, "mark").Where(m => m.HasClass("st") && m.HasClass("match")).ToList();
        var expected = _pages.Fixture.Statements.Where(s => s.Speaker == Pages.FilterSpeaker).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < _pages.Fixture.Statements.Count);
        Assert.Equal(expected, matching.Select(m => m["data-id"]).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "tram" }, Dom.Elements(dom, "article").Select(a => a["data-doc"]));
    }

    [ChromiumFact]
    public void A_kind_and_words_filter_narrows_the_highlighted_statements_ignoring_case()
    {
        var dom = DomOf(_pages.Searched);

        var matching = Dom.Elements(dom, "mark").Where(m => m.HasClass("st") && m.HasClass("match")).Select(m => m["data-id"]);
        var expected = _pages.Fixture.Statements.Where(s => s.Kind == "direct" && s.Text.Contains("rain all", StringComparison.OrdinalIgnoreCase)).Select(s => s.Id);
        Assert.Equal(expected, matching);
        Assert.Single(expected);
        Assert.Equal(new[] { "storm" }, Dom.Elements(dom, "article").Select(a => a["data-doc"]));
    }

    [ChromiumFact]
    public void Hostile_text_stays_text()
    {
        var dom = AllDom;

        Assert.Equal(2, Regex.Matches(dom, "<script\\b").Count);
        Assert.DoesNotMatch("<body[^>]*data-pwned", dom);
        Assert.DoesNotContain("<b>", dom);
        Assert.DoesNotContain("<i>", dom);
        Assert.Contains(Dom.Elements(dom, "mark"), m => m.Text == ReviewFixture.Hostile);
        Assert.Contains(Dom.Elements(dom, "h3"), h => h.Text == ReviewFixture.HostileTitle);
        Assert.Contains(Dom.Elements(dom, "mark"), m => m.Text.Contains(ReviewFixture.LineSeparator));
        Assert.Equal("DatasetSdk review", Dom.Elements(dom, "title")[0].Text);
    }

    [ChromiumFact]
    public void Copied_fixes_are_manifests_that_apply_to_the_corpus()
    {
        var fixes = Dom.Elements(DomOf(_pages.Filtered), "pre").Where(p => p.HasClass("fix")).ToDictionary(p => p["data-kind"], p => p.Text);
        Assert.Equal(new[] { "alias", "exclude", "speaker" }, fixes.Keys.Order(StringComparer.Ordinal));
        // a set-speaker fix without a name and an alias fix for an unknown statement give no manifest at all
        Assert.Equal(2, Dom.Elements(DomOf(_pages.Filtered), "p").Count(p => p.HasClass("fix-error")));
        foreach (var (kind, text) in fixes)
        {
            _output.WriteLine($"{kind}:\n{text}");
            Assert.Empty(ManifestParser.Parse(text).Issues);
        }
        var corpus = _pages.Fixture.Corpus;
        string? SpeakerAfter(string kind)
        {
            var fixedCorpus = ManifestApplier.Apply(corpus, ManifestParser.Parse(fixes[kind]));
            var statement = fixedCorpus.Statements.SingleOrDefault(s => s.Id == Pages.Excluded);
            return statement is null ? null : fixedCorpus.Speakers[statement.Speaker].Name;
        }

        Assert.Equal("the harbour office", corpus.Speakers[corpus.Statements.Single(s => s.Id == Pages.Excluded).Speaker].Name);
        Assert.Null(SpeakerAfter("exclude"));
        Assert.Equal("Per Holm", SpeakerAfter("speaker"));
        Assert.Equal(Pages.Renamed, SpeakerAfter("alias"));
    }
}
