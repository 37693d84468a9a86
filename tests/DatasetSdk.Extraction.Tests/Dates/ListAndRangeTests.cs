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
}
