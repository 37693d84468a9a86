using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class ListAndRangeTests
{
    [Theory]
    [InlineData("The summit takes place on June 4 and June 5 in Rome.", "June 4 and June 5=2018-06-04")]
    [InlineData("The summit takes place on June 4 and 5 in Rome.", "June 4 and 5=2018-06-04")]
    [InlineData("Саммит пройдет 4 и 5 июня в Риме.", "4 и 5 июня=2018-06-04")]
    [InlineData("Учения пройдут 17-18 июля.", "17-18 июля=2018-07-17")]
    [InlineData("Drills are planned for July-August this year.", "July-August this year=2018-07")]
    [InlineData("Drills are planned for July and August.", "July and August=2018-07")]
    public void A_list_or_range_is_one_mention_valued_at_its_first_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, "2018-05-20"));

    [Fact]
    public void Without_a_document_date_a_yearless_range_keeps_XXXX()
    {
        Assert.Equal(new[] { "4 и 5 июня=XXXX-06-04" }, Mentions("Саммит пройдет 4 и 5 июня."));
    }

    [Theory]
    [InlineData("Программа рассчитана на 2026—2028 годы.", "2026—2028 годы=2026")]
    [InlineData("Рост продолжался в 2021–2023 гг. по всей стране.", "2021–2023 гг.=2021")]
    [InlineData("Рост продолжался в 2021 гг. по всей стране.", "2021 гг.=2021")]
    [InlineData("The programme will run in 2026—2028 across the region.", "2026—2028=2026")]
    [InlineData("The line should open by mid-2027, the agency said.", "mid-2027=2027")]
    public void A_range_of_years_takes_any_dash_and_its_abbreviation(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Theory]
    [InlineData("The model 2026—a prototype—was shown.")]
    [InlineData("Tickets cost 2026-2028 roubles each.")]
    [InlineData("The self-2026 label means nothing.")]
    public void A_number_glued_to_a_dash_without_a_year_context_is_no_year(string sentence) =>
        Assert.Empty(Mentions(sentence));
}
