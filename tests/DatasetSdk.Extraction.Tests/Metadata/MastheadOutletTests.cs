using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class MastheadOutletTests
{
    private const string EnglishText = "The harbour authority said on Monday that the new ferry terminal would open in the spring, a year late.";
    private const string RussianText = "Администрация порта сообщила в понедельник, что новый паромный терминал откроют весной, на год позже срока.";

    private static string? Source(string text) => DocumentExtractor.Extract("doc.txt", text).Source;

    [Fact]
    public void A_masthead_in_capitals_over_the_header_names_the_site_in_name_case()
    {
        var text = Lines("Skip to main content", "", "MINISTRY OF COASTAL AFFAIRS", "", "Home > News > Ports", "",
            "Ferry terminal opening delayed by a year", "", EnglishText);
        Assert.Equal("Ministry of Coastal Affairs", Source(text));
    }

    [Fact]
    public void A_russian_masthead_in_capitals_keeps_only_its_first_capital()
    {
        var text = Lines("ПРИМОРСКИЙ ВЕСТНИК", "Новости  Общество  Транспорт  Спорт", "",
            "Открытие паромного терминала перенесли на год", "", RussianText);
        Assert.Equal("Приморский вестник", Source(text));
        // the menu set apart by spaces is no headline
        Assert.Equal("Открытие паромного терминала перенесли на год", DocumentExtractor.Extract("doc.txt", text).Title);
    }

    [Fact]
    public void The_first_line_over_a_menu_row_is_the_masthead()
    {
        var text = Lines("The Harbour Gazette", "News | Opinion | Sport | Culture", "",
            "Ferry terminal opening delayed by a year", "", EnglishText);
        Assert.Equal("The Harbour Gazette", Source(text));
    }

    [Fact]
    public void Capitals_right_over_the_headline_are_a_kicker_not_the_site()
    {
        var text = Lines("EXCLUSIVE INTERVIEW", "", "Ferry terminal opening delayed by a year", "", EnglishText);
        Assert.Null(Source(text));
    }

    [Fact]
    public void A_section_label_or_a_line_without_a_menu_under_it_names_no_site()
    {
        // one capitalised word is a section, and a plain first line may be a kicker of the story
        var text = Lines("PORTS", "", "Coastal towns in focus", "", "Ferry terminal opening delayed by a year", "", EnglishText);
        Assert.Null(Source(text));
    }
}
