using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Segment;

public class FeatureAndBriefingHeaderTests
{
    private static string? Published(string text) => DocumentExtractor.Extract("doc.txt", text).Published?.ToString();

    [Fact]
    public void A_byline_stamp_opening_with_an_abbreviated_weekday_dates_the_feature()
    {
        var text = Lines("Harbour towns brace for a quieter summer", "",
            "Fewer cruise ships are due this year, and shopkeepers are counting the cost", "",
            "Tom Avery", "Tue 14 Apr 2026 06.30 BST", "Last modified on Tue 14 Apr 2026 09.10 BST", "",
            "The first cruise ship of the season docked on Monday, two weeks later than last year, and half empty.");
        Assert.Equal(BlockKind.DateLine, KindOf(text, "Tue 14 Apr"));
        Assert.Equal("2026-04-14", Published(text));
    }

    [Fact]
    public void A_full_weekday_before_a_russian_date_line_dates_the_page()
    {
        var text = Lines("В порту ждут меньше круизных лайнеров", "", "пятница 10 апреля 2026", "",
            "Первый лайнер сезона пришел в порт в понедельник, на две недели позже, чем в прошлом году.");
        Assert.Equal("2026-04-10", Published(text));
    }

    [Fact]
    public void A_phrase_ending_in_a_day_name_is_no_stamp_label()
    {
        // "Market day Sat" is not a stamp: the weekday is dropped only from a label that is otherwise empty or a stamp
        var text = Lines("Farmers return to the square", "", "Market reopens on Sat 11 Apr 2026", "",
            "Stallholders said they expected the usual crowds once the square had been repaved and the stalls repainted.");
        Assert.NotEqual(BlockKind.DateLine, KindOf(text, "Market reopens"));
    }

    [Fact]
    public void A_dated_headline_above_the_speaker_and_date_lines_is_the_title()
    {
        var text = Lines("Home > Briefings > Daily Briefings", "",
            "Daily Ministry Briefing – April 2, 2026", "",
            "Anna Reyes, Spokesperson", "Geneva", "April 2, 2026", "", "11:05 a.m. CET", "",
            "MS. REYES: Good morning. I have two announcements before I take your questions today.");
        Assert.Equal(BlockKind.Title, KindOf(text, "Daily Ministry Briefing"));
        Assert.Equal("Daily Ministry Briefing – April 2, 2026", DocumentExtractor.Extract("b.txt", text).Title);
    }

    [Fact]
    public void A_name_and_date_after_a_dash_stays_a_byline_not_a_title()
    {
        var text = Lines("Council approves new bus lanes", "", "Anna Reyes – April 2, 2026", "",
            "The city council approved three new bus lanes on Thursday after a long debate about parking in the centre.");
        Assert.Equal("Council approves new bus lanes", DocumentExtractor.Extract("c.txt", text).Title);
    }

    [Theory]
    [InlineData("Погода: +12 °C   Курс: USD 90,10   EUR 97,55")]
    [InlineData("Weather: 14°C | Markets: FTSE 8,102 | GBP/USD: 1.27")]
    public void A_weather_or_currency_ticker_is_boilerplate_and_the_headline_below_it_the_title(string widget)
    {
        var text = Lines("Главное", "", widget, "", "Город", "",
            "В Заречном районе откроют новую поликлинику до конца года", "",
            "Строители завершили отделку здания, сейчас в поликлинику завозят оборудование, сообщили в администрации района.");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, widget.Substring(0, 6)));
        Assert.Equal("В Заречном районе откроют новую поликлинику до конца года", DocumentExtractor.Extract("d.txt", text).Title);
    }

    [Fact]
    public void A_headline_typed_with_double_spaces_is_no_menu_row()
    {
        // a menu row is a few capitalised items; a headline has lower-case words between its spaces
        var text = Lines("Мост  через  реку  закроют  на  ремонт", "",
            "Движение по мосту перекроют на десять дней, сообщили в администрации района во вторник.");
        Assert.Equal(BlockKind.Title, KindOf(text, "Мост  через"));
    }

    [Fact]
    public void A_headline_with_one_label_and_a_number_is_no_ticker()
    {
        var text = Lines("Инфляция: 7,2% за год и новые прогнозы ЦБ", "",
            "Годовая инфляция в марте замедлилась, сообщили в Центральном банке, но аналитики ждут нового ускорения.");
        Assert.Equal("Инфляция: 7,2% за год и новые прогнозы ЦБ", DocumentExtractor.Extract("e.txt", text).Title);
    }
}
