using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class AbsoluteDateTests
{
    [Theory]
    [InlineData("The treaty was signed on March 4, 1999 in Oslo.", "March 4, 1999=1999-03-04")]
    [InlineData("The fair opened on 14 October 2021 downtown.", "14 October 2021=2021-10-14")]
    [InlineData("Elections were held on the 3rd of May, 2020.", "3rd of May, 2020=2020-05-03")]
    [InlineData("Договор подписан 5 апреля 2019 года в Минске.", "5 апреля 2019 года=2019-04-05")]
    [InlineData("Отчёт датирован 07.02.2018 и подписан.", "07.02.2018=2018-02-07")]
    [InlineData("The file was created 2019-12-31 at noon.", "2019-12-31=2019-12-31")]
    [InlineData("Talks resumed in Sept. 12, 2019 rounds.", "Sept. 12, 2019=2019-09-12")]
    public void Full_dates_keep_day_precision(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Theory]
    [InlineData("The plant will open in August 2024 near the port.", "August 2024=2024-08")]
    [InlineData("Завод откроют в августе 2024 года.", "августе 2024 года=2024-08")]
    public void Month_and_year_keep_month_precision(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Theory]
    [InlineData("The company has grown since 2009.", "2009=2009")]
    [InlineData("Компания растёт с 2009 года.", "2009 года=2009")]
    [InlineData("В 2011 году завод закрыли.", "2011 году=2011")]
    [InlineData("Мост обещали открыть к концу 2027-го.", "концу 2027-го=2027")]
    [InlineData("Станцию обещали еще к 2030-му.", "2030-му=2030")]
    public void A_year_in_a_date_context_is_a_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));

    [Theory]
    [InlineData("A total of 2013 ballots were counted.")]
    [InlineData("Call 1999 now for help.")]
    [InlineData("Presidential Office2025")]
    [InlineData("It costs $2015 per seat.")]
    [InlineData("The army counted 3,500 soldiers and 1.3 billion rubles.")]
    public void Numbers_that_are_not_years_are_not_dates(string sentence) =>
        Assert.Empty(Mentions(sentence));

    [Theory]
    [InlineData("You may leave now.")]
    [InlineData("May I ask a question?")]
    [InlineData("They will march on the capital.")]
    public void Month_words_used_otherwise_are_not_dates(string sentence) =>
        Assert.Empty(Mentions(sentence));

    [Fact]
    public void A_time_after_a_full_date_stays_in_the_mention()
    {
        Assert.Equal(new[] { "June 1, 2012, 09:30=2012-06-01" }, Mentions("Edited June 1, 2012, 09:30 by staff."));
    }

    [Fact]
    public void A_date_without_year_is_left_yearless_when_no_document_date_is_known()
    {
        Assert.Equal(new[] { "October 8=XXXX-10-08", "in March=XXXX-03" },
            Mentions("The vote is on October 8 and the count ended in March."));
    }

    [Fact]
    public void Impossible_days_are_not_dates()
    {
        Assert.Empty(Mentions("It happened on 31.02.2015 or so."));
    }
}

public class YearRangeTests
{
    [Fact]
    public void A_Russian_range_of_years_is_one_mention_at_its_first_year()
    {
        Assert.Equal(new[] { "2016-2017 годах=2016" }, DateFixture.Mentions("Проект реализуют в 2016-2017 годах."));
    }
}

public class SentenceBoundaryTests
{
    [Fact]
    public void A_day_first_date_after_a_full_stop_is_found()
    {
        Assert.Equal(new[] { "22 May 2019=2019-05-22" }, DateFixture.Mentions("They met in Oslo. 22 May 2019 was a busy day."));
    }

    [Fact]
    public void A_decimal_before_a_month_is_not_a_day()
    {
        Assert.Empty(DateFixture.Mentions("Growth was 1.5 May analysts say."));
    }
}

public class EventYearTests
{
    [Theory]
    [InlineData("Сборная готовится к Универсиаде-2027 в Казани.", "2027=2027")]
    [InlineData("Организаторы ЧМ-2026 показали стадион.", "2026=2026")]
    [InlineData("The city bid for Expo-2035 in vain.", "2035=2035")]
    public void An_event_named_with_its_year_gives_that_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, DateFixture.Mentions(sentence));

    [Theory]
    [InlineData("Код ТУ -2014 в реестре не найден.")]
    [InlineData("Истребитель Су-35 поднялся в воздух.")]
    [InlineData("Артикул модели a-2019 снят с продажи.")]
    public void A_hyphenated_number_that_is_no_event_year_is_no_date(string sentence) =>
        Assert.DoesNotContain(DateFixture.Mentions(sentence), m => m.StartsWith("19") || m.StartsWith("20"));
}
