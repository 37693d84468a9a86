using System.Diagnostics;
using System.Globalization;
using System.Text;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class DeterminismTests
{
    private static readonly string[] Paragraphs =
    {
        "Foreign Minister Ivan Ivanov met his Turkish counterpart in Istanbul.",
        "\"It was a frank discussion,\" Ivanov said. \"We will meet again.\"",
        "Министр иностранных дел Иван Иванов заявил, что Стамбул остается важной площадкой.",
    };

    [Fact]
    public void Same_input_gives_the_same_result_on_any_culture()
    {
        var invariant = Body(Paragraphs).Extraction;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases "I" to a dotless ı: case-folding must not follow the culture.
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, Body(Paragraphs).Extraction);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Equal("Ivan Ivanov", invariant.Statements[0].Speaker);
    }

    [Fact]
    public void A_megabyte_paragraph_is_handled_in_linear_time()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 6000; i++)
        {
            builder.Append("\"We are ready to talk about item ").Append(i).Append(",\" Anna Berg said. She added that the border would stay open, according to her. ");
        }
        var stopwatch = Stopwatch.StartNew();
        var result = Body(builder.ToString());
        stopwatch.Stop();
        Assert.Equal(12000, result.Statements.Count);
        Assert.Equal("the border would stay open", result.Statements[1].Text);
        // Quadratic stages took tens of seconds here; linear ones take about one.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
    }
}
