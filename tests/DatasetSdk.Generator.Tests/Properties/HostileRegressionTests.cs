using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// Failures the property tests found, shrunk and rewritten as invented text. Each must extract without an
/// ExtractionFailed issue (the extractor's catch hides a crash as DSDK005) and keep every span exact and
/// non-empty.
/// </summary>
public class HostileRegressionTests
{
    [Theory]
    // ClauseBeforeCueSieve read a speech verb in the next sentence as the cue of "…, Berg." and searched
    // backwards from past the clause's end (ArgumentOutOfRangeException).
    [InlineData("The ferry will run daily, Berg. Said nothing.")]
    [InlineData("Паром будет ходить ежедневно, Рябов. «Сказал")]
    // DashQuotes took the nothing between "— " and ", — сказал" as a statement of length 0.
    [InlineData("— , — сказал Рябов.")]
    [InlineData("— \0, — сказал Рябов. — Мы готовы.")]
    public void Extracts_without_failing(string text)
    {
        var document = DocumentExtractor.Extract("/p/seeds/regression.txt", text);

        Assert.DoesNotContain(document.Issues, i => i.Kind == IssueKind.ExtractionFailed);
        DocumentSpec.Check(text, document);
    }

    [Theory]
    // A role phrase wrapped across lines became a speaker named with the line break in it, so the LF and the
    // CRLF copy of one file had different speakers.
    [InlineData("Spokesman \na said the talks would go on.")]
    [InlineData("Представитель\nведомства сказал, что переговоры продолжатся.")]
    public void A_speaker_phrase_wrapped_across_lines_is_named_the_same_for_any_line_end(string text)
    {
        var lf = DocumentExtractor.Extract("/p/seeds/regression.txt", text).Statements.Select(s => s.Speaker).ToList();
        var crlf = DocumentExtractor.Extract("/p/seeds/regression.txt", text.Replace("\n", "\r\n")).Statements.Select(s => s.Speaker).ToList();

        Assert.NotEmpty(lf);
        Assert.Equal(lf, crlf);
        Assert.All(lf, speaker => Assert.DoesNotContain('\n', speaker ?? ""));
    }
}
