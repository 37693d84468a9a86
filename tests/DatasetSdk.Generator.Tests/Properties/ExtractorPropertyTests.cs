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
}
