using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Dates.DateFixture;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class TimedStampTests
{
    private const string EnBody = "OSLO (Agency) — The two ports agreed to share a pilot service on Tuesday, officials said in a statement.";
    private const string RuBody = "Два порта договорились создать общую лоцманскую службу, сообщили во вторник в администрации области.";

    [Theory]
    [InlineData("Updated 3:12 PM GMT+1, January 21, 2026", EnBody, "2026-01-21")]
    [InlineData("Published 10:05 AM EST, March 3, 2025", EnBody, "2025-03-03")]
    [InlineData("Обновлено 14:20 МСК, 5 февраля 2025", RuBody, "2025-02-05")]
    public void A_stamp_with_a_time_before_its_date_under_the_byline_dates_the_page(string stamp, string body, string expected)
    {
        var text = Lines("Ports agree to share pilots", "", "By ANNA BERG and OLE LIND", "", stamp, "", body);
        Assert.Equal(BlockKind.DateLine, KindOf(text, stamp.Substring(0, 5)));
        Assert.Equal(expected, DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void A_publication_stamp_wins_over_an_update_stamp()
    {
        var text = Lines("Ports agree to share pilots", "", "Published 9:00 AM EST, March 2, 2025", "Updated 10:05 AM EST, March 3, 2025", "", EnBody);
        Assert.Equal("2025-03-02", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void Words_between_the_label_and_the_date_that_are_not_a_time_make_it_prose()
    {
        var text = Lines("Ports agree to share pilots", "", "Updated after the talks in Oslo, March 3, 2025", "", EnBody);
        Assert.NotEqual(BlockKind.DateLine, KindOf(text, "Updated"));
        Assert.Null(DocumentExtractor.Extract("doc.txt", text).Published);
    }
}

public class BylineAboveTextTests
{
    private const string EnBody = "The two ports agreed to share a pilot service on Tuesday, officials said in a statement on their websites.";
    private const string RuBody = "Два порта договорились создать общую лоцманскую службу, сообщили во вторник в администрации области.";

    [Theory]
    [InlineData("Ports agree to share pilots after a winter of delays", "By ANNA BERG and OLE LIND", EnBody)]
    [InlineData("Порты договорились о совместной лоцманской службе", "Автор: Анна Берг и Олег Линд", RuBody)]
    public void A_byline_between_the_headline_and_the_text_does_not_hide_the_headline(string headline, string byline, string body)
    {
        var text = Lines(headline, "", byline, "Agency", "", body);
        Assert.Equal(headline, DocumentExtractor.Extract("doc.txt", text).Title);
        Assert.NotEqual(BlockKind.Title, KindOf(text, byline.Substring(0, 5)));
    }

    [Theory]
    [InlineData("By ANNA BERG and OLE LIND", true)]
    [InlineData("Автор: Анна Берг", true)]
    [InlineData("By train and ferry to the islands", false)]
    [InlineData("By Tuesday the pier was open again.", false)]
    public void Only_a_byline_word_followed_by_names_is_a_byline(string line, bool expected) =>
        Assert.Equal(expected, BoilerplateClassifier.Cues(line, 0, line.Length, null).Byline);
}

public class MenuRowTests
{
    private const string RuBody = "Москва. 5 февраля. INTERFAX.RU - Два порта договорились создать общую лоцманскую службу, сообщили в администрации.";

    [Fact]
    public void A_row_of_short_items_between_bars_is_never_the_title()
    {
        var text = Lines("Агентство", "Новости | Политика | Экономика | В мире | Спорт", "", RuBody);
        Assert.Null(DocumentExtractor.Extract("doc.txt", text).Title);
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Новости"));
    }

    [Fact]
    public void A_menu_row_above_the_headline_leaves_the_headline_as_title()
    {
        var text = Lines("Home · World · Business · Sport", "", "Ports agree to share pilots after a winter of delays", "",
            "The two ports agreed to share a pilot service on Tuesday, officials said in a statement on their websites.");
        Assert.Equal("Ports agree to share pilots after a winter of delays", DocumentExtractor.Extract("doc.txt", text).Title);
    }

    [Theory]
    [InlineData("Ministers agree new talks on the border crossings | Politics | Agency")]
    [InlineData("Министры договорились о новых переговорах | Агентство")]
    public void A_headline_with_a_section_and_outlet_after_bars_is_not_a_menu(string line) =>
        Assert.False(BoilerplateClassifier.Cues(line, 0, line.Length, null).Chrome);
}

public class PeriodDatelineTests
{
    [Theory]
    [InlineData("Москва. 5 февраля. INTERFAX.RU - Министры договорились о новых переговорах, сообщил источник. В конце января 2025 года стороны обменялись нотами.",
        "2025-02-05", "Interfax")]
    [InlineData("Нижний Новгород. 12 марта. ИНТЕРФАКС - Завод возобновил выпуск автобусов после модернизации, сообщили в компании. Работы начались в январе 2025 года.",
        "2025-03-12", "Interfax")]
    [InlineData("Kyiv. March 3. NEWSWIRE - Ministers agreed on new talks, a source said. The previous round took place in January 2025 in Geneva.",
        "2025-03-03", "NEWSWIRE")]
    public void Place_date_and_agency_closed_by_periods_make_a_dateline_dated_from_the_body(string paragraph, string published, string source)
    {
        var text = Lines("Ministers agree new talks", "", paragraph);
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal(published, doc.Published?.ToString());
        Assert.Equal(source, doc.Source);
    }

    [Fact]
    public void A_sentence_that_starts_with_a_place_and_a_date_is_not_a_dateline()
    {
        var text = Lines("Ministers agree new talks", "",
            "Итак. 5 февраля. Мы поехали - и министры договорились о новых переговорах в январе 2025 года, сообщил источник.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Null(doc.Published);
        Assert.Null(doc.Source);
    }
}

public class QuarterTests
{
    [Theory]
    [InlineData("Как выглядят показатели за первый квартал?", "2026-04-10", "первый квартал=2026")]
    [InlineData("Выпуск вырос в третьем квартале 2025 года.", "2026-04-10", "третьем квартале 2025 года=2025")]
    [InlineData("Sales fell in the fourth quarter of 2024, the company said.", "2025-02-01", "fourth quarter of 2024=2024")]
    [InlineData("Growth slowed in the second quarter, the bank said.", "2025-08-01", "second quarter=2025")]
    public void A_quarter_names_its_year(string sentence, string anchor, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, anchor));

    [Theory]
    [InlineData("She lost the first quarter-final in straight sets.")]
    [InlineData("A quarter of the budget goes to the ports.")]
    [InlineData("Четверть бюджета уходит на порты, а первый этап завершен.")]
    public void A_quarter_without_an_ordinal_or_before_a_hyphen_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, "2025-08-01"));
}
