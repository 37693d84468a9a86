using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class SeasonAndEveTests
{
    // 2021-03-12 was a Friday.
    private const string Anchor = "2021-03-12";

    [Theory]
    [InlineData("Летом паромы будут ходить каждый день.", "Летом=2021")]
    [InlineData("Мост откроют осенью.", "осенью=2021")]
    [InlineData("Ремонт закончат до конца весны.", "до конца весны=2021-05")]
    [InlineData("Стройка началась весной 2019-го.", "весной 2019-го=2019")]
    [InlineData("Прошлым летом цены выросли.", "Прошлым летом=2020")]
    [InlineData("The bridge will open in the autumn.", "in the autumn=2021")]
    [InlineData("Work should finish by the end of summer.", "by the end of summer=2021-08")]
    [InlineData("Prices rose last summer.", "last summer=2020")]
    [InlineData("The plant closed in spring 2019.", "in spring 2019=2019")]
    [InlineData("The vote is expected this fall.", "this fall=2021")]
    [InlineData("In the summer of 2019 the port closed.", "In the summer of 2019=2019")]
    [InlineData("The port is quiet in winter when the ice comes.", "in winter=2021")]
    [InlineData("Letters went out last autumn from the council.", "last autumn=2020")]
    public void A_season_names_its_year_or_its_last_month(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("The Arab Spring changed the region.")]
    [InlineData("Prices may fall again.")]
    [InlineData("They felt the heat of summer.")]
    [InlineData("Лето выдалось жарким.")]
    [InlineData("The winter schedule stays the same.")]
    [InlineData("They met during the summer break.")]
    public void Season_words_without_a_time_cue_are_not_dates(string sentence) =>
        Assert.Empty(Mentions(sentence, Anchor));

    [Fact]
    public void A_season_without_a_document_date_stays_unresolved() =>
        Assert.Equal(new[] { "летом=null" }, Mentions("Рейсы начнутся летом."));

    [Theory]
    [InlineData("Накануне министр заявил об отставке.", "Накануне=2021-03-11")]
    [InlineData("Об этом накануне сообщил Песков.", "накануне=2021-03-11")]
    public void Nakanune_alone_is_the_day_before(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Накануне визита министр дал интервью.")]
    [InlineData("Встреча прошла накануне выборов.")]
    public void Nakanune_before_an_event_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, Anchor));
}
