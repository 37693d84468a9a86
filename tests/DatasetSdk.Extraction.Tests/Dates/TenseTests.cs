using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class TenseTests
{
    [Theory]
    [InlineData("2021-02-10", "The next round will be held in September.", "in September=2021-09")]
    [InlineData("2021-02-10", "Следующий раунд пройдет в сентябре.", "в сентябре=2021-09")]
    [InlineData("2021-11-20", "The forum will open on February 3.", "February 3=2022-02-03")]
    [InlineData("2021-02-10", "The forum will open on February 3.", "February 3=2022-02-03")]
    public void A_future_word_puts_a_yearless_date_on_or_after_the_document_date(string anchor, string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));

    [Theory]
    [InlineData("2021-12-10", "The last round was in May.", "in May=2021-05")]
    [InlineData("2021-12-10", "Последний раунд состоялся в мае.", "в мае=2021-05")]
    [InlineData("2021-03-10", "The talks were on March 20.", "March 20=2020-03-20")]
    public void A_past_word_puts_a_yearless_date_on_or_before_the_document_date(string anchor, string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));

    [Theory]
    [InlineData("2021-12-10", "The talks will be held in May.", "in May=2022-05")]
    [InlineData("2021-12-10", "The round that was planned will take place in May.", "in May=2022-05")]
    public void A_future_word_outweighs_a_past_word_and_participles_are_no_past(string anchor, string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));

    [Theory]
    [InlineData("2021-12-10", "The talks were long. They resume in May.", "in May=2022-05")]
    [InlineData("2021-02-10", "Talks are set for October.", "October=2020-10")]
    public void Without_a_tense_word_in_the_sentence_the_nearest_occurrence_holds(string anchor, string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));
}

public class PresentTenseWeekdayTests
{
    // 2021-03-12 was a Friday.
    private const string Friday = "2021-03-12";

    [Theory]
    [InlineData("There is a concert Sunday night in the park.", "Sunday=2021-03-14")]
    [InlineData("The mayor is meeting the builders on Monday.", "on Monday=2021-03-15")]
    public void A_weekday_in_a_present_tense_sentence_is_the_coming_one(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));

    [Theory]
    [InlineData("He said on Monday that the plan is sound.", "on Monday=2021-03-08")]
    [InlineData("The plan, which is new, was approved on Monday.", "on Monday=2021-03-08")]
    [InlineData("The mayor met the builders on Monday.", "on Monday=2021-03-08")]
    public void A_past_word_or_no_present_word_keeps_the_weekday_before_the_document_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));
}

public class AttributiveYearTests
{
    [Theory]
    [InlineData("Exports stayed below the 2019 level.", "2019=2019")]
    [InlineData("He lost the 2014 elections.", "2014=2014")]
    [InlineData("Экспорт остался ниже уровня 2019 года.", "2019 года=2019")]
    public void A_year_qualifying_a_noun_is_a_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Theory]
    [InlineData("They sent the 2,000 troops home.")]
    [InlineData("The 2019 Group met.")]
    [InlineData("Room 2019 is closed.")]
    [InlineData("Экспорт составил 2019 тонн.")]
    public void Counts_and_names_with_four_digits_are_not_years(string sentence) =>
        Assert.Empty(Mentions(sentence));
}
