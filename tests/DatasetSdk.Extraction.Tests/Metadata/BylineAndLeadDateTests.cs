using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Dates.DateFixture;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class BylineAndLeadDateTests
{
    private const string EnBody = "The harbour reopened to fishing boats after a week of repairs to the pier damaged by the storm.";
    private const string RuBody = "Порт снова открыли для рыболовных судов после недели ремонта причала, поврежденного штормом.";

    [Theory]
    [InlineData("By Ann Smith | May 6, 2024", EnBody)]
    [InlineData("Автор: Иван Петров · 6 мая 2024", RuBody)]
    public void A_byline_with_its_date_after_a_separator_dates_the_page(string byline, string body)
    {
        var text = Lines("Harbour reopens after the storm", "", byline, "", body);
        Assert.Equal(BlockKind.DateLine, KindOf(text, byline.Substring(0, 5)));
        Assert.Equal("2024-05-06", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void A_sentence_opening_with_by_and_a_date_is_prose()
    {
        var text = Lines("Harbour reopens after the storm", "", EnBody, "", "By May 6, 2024, the pier should be fully repaired.");
        Assert.Equal(BlockKind.Body, KindOf(text, "By May"));
    }

    [Fact]
    public void A_date_line_after_a_one_paragraph_lead_dates_the_page()
    {
        var text = Lines("Harbour reopens after the storm", "",
            "The mayor spoke to reporters after visiting the repaired pier in the morning.", "", "May 6, 2024", "", EnBody);
        Assert.Equal("2024-05-06", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void A_date_line_deep_in_the_article_does_not_date_the_page()
    {
        var text = Lines("Harbour reopens after the storm", "", EnBody, "",
            "The mayor spoke to reporters after visiting the repaired pier in the morning.", "", "May 6, 2024", "",
            "Fishermen said the week without work had cost them a good share of their monthly income.");
        Assert.Null(DocumentExtractor.Extract("doc.txt", text).Published);
    }

    [Theory]
    [InlineData("Цены выросли к концу прошлого года.", "прошлого года=2020")]
    [InlineData("Завод построят до конца этого года.", "этого года=2021")]
    [InlineData("Мост закрыли в позапрошлом году.", "в позапрошлом году=2019")]
    [InlineData("The storm hit the coast last night.", "last night=2021-03-11")]
    [InlineData("The mayor spoke this morning.", "this morning=2021-03-12")]
    [InlineData("Prices peaked the year before last.", "the year before last=2019")]
    public void More_relative_phrases_resolve_against_the_document_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, "2021-03-12"));

    [Theory]
    [InlineData("Отчет прошлого квартала опубликован.")]
    [InlineData("The night was cold.")]
    public void Similar_words_without_the_phrase_are_no_dates(string sentence) =>
        Assert.Empty(Mentions(sentence, "2021-03-12"));
}

public class UrlDateTests
{
    [Theory]
    [InlineData("https://news.example.com/2024/04/09/ferry-resumes/", "2024-04-09")]
    [InlineData("https://example.ru/society/2024-04-09/parom.html", "2024-04-09")]
    public void A_dated_link_path_gives_the_day(string url, string expected) =>
        Assert.Equal(expected, DatasetSdk.Extraction.Metadata.PublishedDateFinder.UrlDate(url)?.ToString());

    [Theory]
    [InlineData("https://example.com/news/2024/13/09/x")]
    [InlineData("https://example.com/a/2024/04/091234")]
    [InlineData("https://example.com/id/20240409")]
    public void Ids_and_impossible_days_in_a_link_give_no_date(string url) =>
        Assert.Null(DatasetSdk.Extraction.Metadata.PublishedDateFinder.UrlDate(url));

    [Fact]
    public void The_link_date_dates_a_page_whose_text_gives_none()
    {
        var text = Lines("Ferry service resumes", "",
            "The ferry between the two islands resumed on Monday after a winter break, the operator said.", "",
            "Permalink: https://news.example.com/2024/04/09/ferry-resumes/");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal("2024-04-09", doc.Published?.ToString());
        Assert.Contains(doc.Dates, d => d.Text == "on Monday" && d.Value?.ToString() == "2024-04-08");
    }
}
