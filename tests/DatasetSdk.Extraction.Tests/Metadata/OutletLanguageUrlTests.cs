using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class OutletLanguageUrlTests
{
    [Theory]
    [InlineData("BERLIN, June 3 /TASS/. The talks went on for five hours and ended without a joint statement.", "TASS")]
    [InlineData("BERLIN (Sputnik) — The talks went on for five hours and ended without a joint statement.", "Sputnik")]
    [InlineData("BERLIN, June 3 (Daily Courier) - The talks went on for five hours and ended without a joint statement.", "Daily Courier")]
    [InlineData("МОСКВА, 3 июня. /ТАСС/. Переговоры продолжались пять часов и завершились без совместного заявления.", "TASS")]
    public void The_dateline_agency_is_the_outlet(string paragraph, string outlet) =>
        Assert.Equal(outlet, DocumentExtractor.Extract("d.txt", Lines("Talks end without statement", "", paragraph)).Source);

    [Fact]
    public void A_masthead_line_naming_a_known_outlet_is_the_outlet()
    {
        var text = Lines("Interfax", "", "Talks end without statement", "",
            "The talks went on for five hours and ended without a joint statement, diplomats said.");
        Assert.Equal("Interfax", DocumentExtractor.Extract("d.txt", text).Source);
    }

    [Fact]
    public void An_outlet_quoted_in_the_prose_is_not_the_source()
    {
        var text = Lines("Talks end without statement", "",
            "The talks went on for five hours and ended without a joint statement, RIA Novosti reported.");
        Assert.Null(DocumentExtractor.Extract("d.txt", text).Source);
    }

    [Fact]
    public void The_language_follows_the_body_not_the_menu()
    {
        var text = Lines("  • Новости", "  • Политика", "  • Экономика", "  • Русский", "  • Английский", "",
            "Talks end without statement", "",
            "The talks went on for five hours and ended without a joint statement, diplomats said.");
        Assert.Equal("en", DocumentExtractor.Extract("d.txt", text).Language);
    }

    [Fact]
    public void A_Russian_body_is_ru()
    {
        var text = Lines("Menu", "Search", "",
            "Переговоры продолжались пять часов и завершились без совместного заявления, сообщили дипломаты.");
        Assert.Equal("ru", DocumentExtractor.Extract("d.txt", text).Language);
    }

    [Fact]
    public void A_labelled_link_is_the_canonical_url()
    {
        var text = Lines("Talks end without statement", "",
            "The talks went on for five hours and ended without a joint statement, diplomats said.", "",
            "Direct link", "https://news.example.org/talks/123", "Share");
        Assert.Equal("https://news.example.org/talks/123", DocumentExtractor.Extract("d.txt", text).Url);
    }

    [Fact]
    public void A_page_without_a_link_has_no_url()
    {
        var text = Lines("Talks end without statement", "",
            "The talks went on for five hours and ended without a joint statement, diplomats said.");
        Assert.Null(DocumentExtractor.Extract("d.txt", text).Url);
    }
}

public class DatelineShapeTests
{
    [Fact]
    public void A_capitalized_subject_followed_by_a_date_in_prose_is_not_a_dateline()
    {
        var text = Lines("Alliance moves troops east", "",
            "NATO, in June 2014, moved additional troops to its eastern members, the alliance said on Friday.");
        var doc = DocumentExtractor.Extract("n.txt", text);
        Assert.Null(doc.Published);
        Assert.Null(doc.Source);
    }
}

public class DashDatelineAndTimeFirstTests
{
    [Fact]
    public void A_known_agency_after_a_dash_in_the_dateline_is_the_outlet()
    {
        var text = Lines("Министры договорились о новых переговорах", "",
            "МОСКВА, 6 мая — РИА Новости. Министры договорились провести новый раунд переговоров в 2019 году, сообщили в министерстве.");
        var doc = DocumentExtractor.Extract("r.txt", text);
        Assert.Equal("RIA Novosti", doc.Source);
    }

    [Fact]
    public void A_header_date_written_after_its_time_is_still_the_date_line()
    {
        var text = Lines("Министры договорились о новых переговорах", "", "15:00 06.05.2016", "",
            "Министры договорились провести новый раунд переговоров, сообщили в министерстве иностранных дел.");
        Assert.Equal("2016-05-06", DocumentExtractor.Extract("r.txt", text).Published?.ToString());
    }
}
