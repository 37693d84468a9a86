using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class DecadeTests
{
    private const string Anchor = "2021-03-12";

    [Theory]
    [InlineData("The mill closed in the 1980s.", "1980s=null")]
    [InlineData("The mill closed in the mid-1980s.", "mid-1980s=null")]
    [InlineData("Rents were low in the '70s.", "70s=null")]
    [InlineData("The mill ran from the early 1960s to the late 1970s.", "early 1960s to the late 1970s=null")]
    [InlineData("Фабрика закрылась в 1980-е годы.", "1980-е годы=null")]
    [InlineData("Фабрика закрылась в середине 80-х.", "середине 80-х=null")]
    [InlineData("Фабрика работала в конце 1950-х – начале 1960-х годов.", "конце 1950-х – начале 1960-х годов=null")]
    public void A_decade_or_a_range_of_decades_is_one_mention_without_a_value(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Фабрика закрылась в 1980-м году.", "1980-м году=1980")]
    [InlineData("The mill closed in 1980.", "1980=1980")]
    public void A_single_year_ending_in_zero_stays_a_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("He scored 90 points in the final.")]
    [InlineData("Было продано 70-х моделей меньше.")]
    [InlineData("Около 20-х чисел в городе тепло.")]
    public void A_number_that_is_no_decade_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, Anchor));
}
