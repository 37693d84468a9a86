using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class RelativeDateTests
{
    // 2021-03-12 was a Friday.
    private const string Friday = "2021-03-12";

    [Theory]
    [InlineData("The ministers met today.", "today=2021-03-12")]
    [InlineData("Yesterday, the ministers met.", "Yesterday=2021-03-11")]
    [InlineData("They met on Tuesday in Paris.", "on Tuesday=2021-03-09")]
    [InlineData("They met on Friday in Paris.", "on Friday=2021-03-12")]
    [InlineData("They met last Friday in Paris.", "last Friday=2021-03-05")]
    [InlineData("They will meet on Monday in Paris.", "on Monday=2021-03-15")]
    [InlineData("Sales fell this year.", "this year=2021")]
    [InlineData("Sales fell last year.", "last year=2020")]
    [InlineData("The plant opened last September.", "last September=2020-09")]
    [InlineData("The crash happened two weeks ago.", "two weeks ago=2021-02-26")]
    [InlineData("Министры встретились в субботу.", "в субботу=2021-03-06")]
    [InlineData("Министры встретились вчера.", "вчера=2021-03-11")]
    [InlineData("Продажи упали в прошлом году.", "в прошлом году=2020")]
    [InlineData("Переговоры прошли три дня назад.", "три дня назад=2021-03-09")]
    public void Relative_dates_resolve_against_the_document_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));

    [Theory]
    [InlineData("The ministers met today.", "today=null")]
    [InlineData("The leaders spoke Sunday in Rome.", "Sunday=null")]
    [InlineData("The crash happened two weeks ago.", "two weeks ago=null")]
    [InlineData("Министры встретились в субботу.", "в субботу=null")]
    public void Relative_dates_stay_unresolved_without_a_document_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Fact]
    public void The_same_day_takes_the_day_named_before()
    {
        Assert.Equal(new[] { "4 марта 2020 года=2020-03-04", "в тот же день=2020-03-04" },
            Mentions("Встреча прошла 4 марта 2020 года. Позже в тот же день министр уехал."));
    }

    [Fact]
    public void The_same_day_is_unresolved_when_no_day_was_named()
    {
        Assert.Equal(new[] { "в этот же день=null" }, Mentions("Ранее в этот же день министр уехал."));
    }

    [Theory]
    [InlineData("2015-09-22", "Talks are set for October 8.", "October 8=2015-10-08")]
    [InlineData("2016-01-10", "Talks were held on December 28.", "December 28=2015-12-28")]
    [InlineData("2016-11-20", "Talks are due in January.", "in January=2017-01")]
    public void A_yearless_date_takes_the_year_that_puts_it_nearest_the_document_date(string anchor, string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));

    [Fact]
    public void Lower_case_weekday_words_in_English_are_not_dates()
    {
        Assert.Empty(Mentions("He is a man friday to them."));
    }

    [Theory]
    [InlineData("Министры встретились в среду.", "в среду=2021-03-10")]
    [InlineData("Решение отложили до среды.", "среды=2021-03-10")]
    [InlineData("Министры встретились в прошлую среду.", "в прошлую среду=2021-03-10")]
    public void Wednesday_after_a_time_word_is_a_weekday(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));

    [Theory]
    [InlineData("Закон защищает окружающую среду от выбросов.")]
    [InlineData("Среда обитания редких птиц сокращается.")]
    [InlineData("Проект важен для городской среды.")]
    public void The_environment_is_not_a_wednesday(string sentence) => Assert.Empty(Mentions(sentence, Friday));

    [Theory]
    [InlineData("The ministers met earlier this week in Paris.", "earlier this week=null")]
    [InlineData("Talks will resume next week.", "next week=null")]
    [InlineData("Министры встретились на прошлой неделе.", "на прошлой неделе=null")]
    [InlineData("Переговоры продолжатся на следующей неделе.", "на следующей неделе=null")]
    public void A_week_is_a_mention_without_a_single_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));

    [Theory]
    [InlineData("The week ahead looks busy for the ministers.")]
    [InlineData("Неделя выдалась напряженной для министров.")]
    [InlineData("Рабочая неделя сократится на один день.")]
    public void A_week_without_its_time_word_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, Friday));

    [Theory]
    [InlineData("Завод закрыли в минувшую пятницу.", "в минувшую пятницу=2021-03-05")]
    [InlineData("Выручка выросла в минувшем году.", "в минувшем году=2020")]
    [InlineData("Завод закрыли в марте минувшего года.", "марте минувшего года=2020-03")]
    public void A_bygone_word_points_at_the_last_one(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Friday));
}
