using CsCheck;
using DatasetSdk.Extraction;
using Xunit.Abstractions;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// The extractor on thousands of hostile articles: it never throws and never fails (an ExtractionFailed
/// issue is a caught bug, so it fails the property too), and every statement and date mention is exactly the
/// span of the file its offsets and line name.
/// </summary>
public class ExtractorPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_statement_is_the_span_it_names_and_nothing_throws()
    {
        HostileText.Article.Sample(
            input => DocumentSpec.Check(input, DocumentExtractor.Extract("/p/seeds/hostile.txt", input)),
            output.WriteLine,
            iter: PropertyRun.Iterations(2_000),
            print: PropertyRun.Escape);
    }

    [Fact]
    public void LF_CRLF_and_CR_copies_of_an_article_give_the_same_statements()
    {
        HostileText.Article.Sample(
            input =>
            {
                var lf = Statements(HostileText.WithLineEnds(input, "\n"));
                foreach (var lineEnd in new[] { "\r\n", "\r" })
                {
                    var other = Statements(HostileText.WithLineEnds(input, lineEnd));
                    if (!lf.SequenceEqual(other))
                        throw new InvalidOperationException($"with {PropertyRun.Escape(lineEnd)}:\n  {string.Join("\n  ", other)}\nwith LF:\n  {string.Join("\n  ", lf)}");
                }
            },
            iter: PropertyRun.Iterations(500),
            print: PropertyRun.Escape);
    }

    /// <summary>The statements of a text with the fields a line end's width does not change.</summary>
    private static List<string> Statements(string text) =>
        DocumentExtractor.Extract("/p/seeds/hostile.txt", text).Statements
            .Select(s => $"{s.Kind} line {s.Line} {s.Speaker} {s.Date} {s.Language}: {PropertyRun.Escape(HostileText.WithLineEnds(s.Text, "\n"))}")
            .ToList();
}
