using DatasetSdk.Extraction.Model;
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

    // How long these take is the benchmark's business (SingleParagraphExtractionBenchmarks); a timed unit
    // test fails on a busy machine. These check that a huge paragraph still gives every statement.
    [Fact]
    public void A_megabyte_paragraph_still_gives_every_statement()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 6000; i++)
        {
            builder.Append("\"We are ready to talk about item ").Append(i).Append(",\" Anna Berg said. She added that the border would stay open, according to her. ");
        }
        var result = Body(builder.ToString());
        Assert.Equal(12000, result.Statements.Count);
        Assert.Equal("the border would stay open", result.Statements[1].Text);
    }

    [Fact]
    public void A_run_on_sentence_of_thousands_of_clauses_gives_each_reported_clause()
    {
        var builder = new StringBuilder("Mark Tiller said that the first bridge would open");
        for (var i = 0; i < 3000; i++)
        {
            builder.Append(", and said that road ").Append(i).Append(" would close");
        }
        var result = Body(builder.Append('.').ToString());
        Assert.Equal(3001, result.Statements.Count);
        Assert.Equal("road 2999 would close", result.Statements[3000].Text);
        Assert.All(result.Statements, s => Assert.Equal("Mark Tiller", s.Speaker));
    }

    [Fact]
    public void A_sentence_of_thousands_of_quoted_fragments_keeps_them_all()
    {
        var builder = new StringBuilder("Анна Петрова заявила, что план");
        for (var i = 0; i < 2000; i++)
        {
            builder.Append(i % 2 == 0 ? " «очень хорошо продуман» и" : " \"ready for the winter\" и");
        }
        var result = Body(builder.Append(" готов.").ToString());
        Assert.Equal(2000, result.Statements.Count(s => s.Kind == StatementKind.Partial));
        Assert.All(result.Statements, s => Assert.Equal("Анна Петрова", s.Speaker));
    }

    [Fact]
    public void Scraped_punctuation_soup_never_throws_and_offsets_stay_exact()
    {
        // Fragments that real scraped pages mix freely: unbalanced marks, cues, labels, initials, dashes.
        var pieces = new[]
        {
            "\"", "“", "”", "«", "»", "„", ":", ",", ".", " - ", " — ", "\n", "said", "заявил", "что", "that", "Berg", "Петров",
            "he", "она", "the", "Minister", "министр", "According to", "По словам", "Question:", "Об этом", "S.", " ", "and that",
            "?", "!", "Как", "As", "told", "invited", "— ", "- сказал он", "ministry", "С.В.", "Норвегии", "of", "’s", "(", ")",
        };
        var random = new Random(12345);
        for (var n = 0; n < 400; n++)
        {
            var paragraphs = new List<string>();
            var builder = new StringBuilder();
            var count = random.Next(1, 60);
            for (var i = 0; i < count; i++)
            {
                var piece = pieces[random.Next(pieces.Length)];
                if (piece == "\n") { paragraphs.Add(builder.ToString()); builder.Clear(); continue; }
                builder.Append(piece).Append(random.Next(3) == 0 ? " " : string.Empty);
            }
            paragraphs.Add(builder.ToString());
            var result = Body(paragraphs.Where(p => p.Trim().Length > 0).Select(p => p.Trim()).DefaultIfEmpty("x").ToArray());
            Assert.All(result.Statements, s => Assert.Equal(s.Text, result.Text.Substring(s.Start, s.Length)));
            Assert.All(result.Statements, s => Assert.True(s.Length > 0));
        }
    }
}
