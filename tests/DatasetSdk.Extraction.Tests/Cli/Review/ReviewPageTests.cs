using System.Text.Json;
using System.Text.RegularExpressions;
using DatasetSdk.Cli;
using DatasetSdk.Cli.Review;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>The review page as text: escaping, the data island, self-containment, determinism, the command.</summary>
public sealed class ReviewPageTests : IClassFixture<ReviewFixture>
{
    private readonly ReviewFixture _fixture;

    public ReviewPageTests(ReviewFixture fixture) => _fixture = fixture;

    private string Island => Regex.Match(_fixture.Html, "<script type=\"application/json\" id=\"review-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("A & \"B\"", "A &amp; &quot;B&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("Лавров\u2028", "Лавров\u2028")]
    [InlineData(null, "")]
    public void Html_escape_leaves_no_markup(string? text, string expected) => Assert.Equal(expected, Html.Escape(text));

    [Fact]
    public void Script_safe_json_has_no_angle_bracket_or_line_separator_and_reads_back_the_same()
    {
        var original = "</script><!-- \u2028 \u2029 & 'x' \"y\" Лавров";
        var json = JsonSerializer.Serialize(new[] { original }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var safe = Html.ScriptSafeJson(json);

        Assert.DoesNotContain('<', safe);
        Assert.DoesNotContain('\u2028', safe);
        Assert.DoesNotContain('\u2029', safe);
        Assert.Equal(original, JsonSerializer.Deserialize<string[]>(safe)![0]);
    }

    [Fact]
    public void The_data_island_holds_every_document_text_unchanged_and_nothing_that_can_end_it()
    {
        var island = Island;

        Assert.DoesNotContain('<', island);
        Assert.DoesNotContain(ReviewFixture.LineSeparator, island);
        using var data = JsonDocument.Parse(island);
        var texts = data.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("text").GetString()).ToList();
        Assert.Equal(_fixture.Corpus.Documents.Select(d => d.Text), texts);
        Assert.Equal(_fixture.Statements.Select(s => s.Id), data.RootElement.GetProperty("statements").EnumerateArray().Select(s => s[0].GetString()));
    }

    [Fact]
    public void Hostile_text_appears_in_the_markup_only_escaped()
    {
        var html = _fixture.Html;

        Assert.Equal(2, Regex.Matches(html, "<script\\b").Count);
        Assert.Equal(2, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain(ReviewFixture.LineSeparator, html);
    }

    [Fact]
    public void The_page_fetches_nothing()
    {
        var html = _fixture.Html;

        Assert.DoesNotMatch("\\s(src|href)=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("fetch(", html);
        Assert.Contains("content=\"default-src 'none';", html);
    }

    [Fact]
    public void The_timeline_draws_the_top_speakers_per_month()
    {
        var svg = Regex.Match(_fixture.Html, "<svg.*?</svg>", RegexOptions.Singleline).Value;

        var series = Regex.Matches(svg, "<g class=\"series\" data-speaker=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("MaraLind", series[0]);
        Assert.Equal(_fixture.Corpus.Speakers.Count, series.Count);
        Assert.Contains("Mara Lind, 2025-02: 3", svg);
    }

    [Fact]
    public void The_cue_is_the_mention_the_speaker_was_read_from()
    {
        using var data = JsonDocument.Parse(Island);
        var storm = data.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "storm").GetProperty("text").GetString()!;
        var statement = data.RootElement.GetProperty("statements").EnumerateArray().Single(s => s[0].GetString() == "storm#e41d475a");

        Assert.Equal("Berg", storm.Substring(statement[10].GetInt32(), statement[11].GetInt32()));
    }

    [Fact]
    public void The_review_command_writes_the_same_bytes_every_run()
    {
        var first = Path.Combine(_fixture.Directory, "first.html");
        var second = Path.Combine(_fixture.Directory, "second.html");
        var stdout = new StringWriter();

        Assert.Equal(0, CommandLine.Run(new[] { "review", _fixture.Directory, "-o", first }, stdout, new StringWriter()));
        Assert.Equal(0, CommandLine.Run(new[] { "review", _fixture.Directory, "--output", second }, stdout, new StringWriter()));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(_fixture.Html, File.ReadAllText(first));
        Assert.Contains("3 documents, 7 statements", stdout.ToString());
    }

    [Fact]
    public void The_review_command_rejects_a_missing_directory()
    {
        var stderr = new StringWriter();

        Assert.Equal(2, CommandLine.Run(new[] { "review", Path.Combine(_fixture.Directory, "nope") }, new StringWriter(), stderr));
        Assert.Contains("no such directory", stderr.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
