using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class DecadeWeekAndEventYearTests
{
    // 2021-03-12 was a Friday.
    private const string Anchor = "2021-03-12";

    [Theory]
    [InlineData("Тиражи росли в конце 1970-х – начале 1980-х годов.", "конце 1970-х – начале 1980-х годов=null")]
    [InlineData("Завод построили в 1960-е годы.", "1960-е годы=null")]
    [InlineData("В 70-х годах здесь был рынок.", "70-х годах=null")]
    [InlineData("Rents doubled in the 1970s and 1980s.", "1970s and 1980s=null")]
    [InlineData("The mill closed in the early 1960s.", "early 1960s=null")]
    public void A_decade_or_a_range_of_decades_is_one_unresolved_mention(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Завод открыли в 1970-м году.", "1970=1970")]
    [InlineData("The plant opened in 1970.", "1970=1970")]
    public void A_year_ending_in_zero_is_still_a_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Ему было за 70-х лет.")]
    [InlineData("Прибыло 90-х вагонов.")]
    [InlineData("Over 1970 votes were cast.")]
    public void A_count_is_not_a_decade(string sentence) => Assert.Empty(Mentions(sentence, Anchor));

    [Theory]
    [InlineData("The ministers will meet this week.", "this week=null")]
    [InlineData("They met last week in the capital.", "last week=null")]
    [InlineData("Министры встретятся на следующей неделе.", "на следующей неделе=null")]
    [InlineData("На прошлой неделе министры встретились.", "На прошлой неделе=null")]
    public void A_week_is_a_mention_no_calendar_precision_holds(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Сборная готовится к Олимпиаде-2028.", "2028=2028")]
    [InlineData("Билеты на ЧМ-2030 уже продают.", "2030=2030")]
    [InlineData("Tickets for Expo-2030 are on sale.", "2030=2030")]
    public void A_year_glued_to_an_event_name_is_its_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Самолет МС-21 прошел испытания.")]
    [InlineData("The vaccine for COVID-19 was approved.")]
    [InlineData("Маршрут ведет к дому 12-2024 на окраине.")]
    public void A_number_glued_to_a_name_is_not_a_year_unless_it_is_one(string sentence) => Assert.Empty(Mentions(sentence, Anchor));

    [Fact]
    public void The_next_day_and_the_day_before_count_from_the_day_named_last()
    {
        Assert.Equal(new[] { "March 4, 2020=2020-03-04", "the next day=2020-03-05" },
            Mentions("The talks began on March 4, 2020, and the treaty was signed the next day."));
        Assert.Equal(new[] { "4 марта 2020 года=2020-03-04", "днем ранее=2020-03-03" },
            Mentions("Договор подписали 4 марта 2020 года, а днем ранее министры провели переговоры."));
    }

    [Theory]
    [InlineData("The treaty was signed the next day.", "the next day=null")]
    [InlineData("На следующий день договор подписали.", "На следующий день=null")]
    public void The_next_day_is_unresolved_when_no_day_was_named(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));
}
