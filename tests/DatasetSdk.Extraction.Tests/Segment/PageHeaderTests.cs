using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Segment;

public class PageHeaderTests
{
    private const string EnBody = "The city council approved the new budget after a long debate that lasted well into the night.";
    private const string RuBody = "Городской совет утвердил новый бюджет после долгих споров, которые продолжались до поздней ночи.";

    [Fact]
    public void A_date_line_above_the_headline_dates_the_page()
    {
        var text = Lines("Городские новости", "", "5 апреля 2024, 10:20", "", "Совет утвердил бюджет", "", RuBody);
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal("Совет утвердил бюджет", doc.Title);
        Assert.Equal("2024-04-05", doc.Published?.ToString());
    }

    [Fact]
    public void A_date_far_above_the_headline_is_page_chrome()
    {
        var text = Lines("April 5, 2024", "", "Weather", "", "Sports", "", "Markets", "", "Council approves the budget", "", EnBody);
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "April 5"));
        Assert.Null(DocumentExtractor.Extract("doc.txt", text).Published);
    }

    [Fact]
    public void A_labelled_byline_stamp_with_page_furniture_dates_the_page()
    {
        var text = Lines("Council approves the budget", "", "Posted by Jane Miller on 5 April 2024 · 4 min read · Filed under: City", "", EnBody);
        Assert.Equal(BlockKind.DateLine, KindOf(text, "Posted by"));
        Assert.Equal("2024-04-05", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void A_publication_date_label_in_the_footer_dates_the_page()
    {
        var text = Lines("Council approves the budget", "", EnBody, "", "See also", "", "Publication date: April 5, 2024, 17:10");
        Assert.Equal("2024-04-05", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }

    [Fact]
    public void A_date_line_ending_in_a_year_is_not_a_copyright_footer()
    {
        var text = Lines("Council approves the budget", "", "The mayor answered questions from reporters after the council vote.", "", "April 5, 2024", "", EnBody);
        Assert.Equal(BlockKind.DateLine, KindOf(text, "April 5"));
    }

    [Fact]
    public void A_copyright_line_ending_in_a_year_is_still_chrome()
    {
        var text = Lines("Council approves the budget", "", EnBody, "", "City Herald 2024");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "City Herald"));
    }

    [Theory]
    [InlineData("The next vote is set for June.")]
    [InlineData("Следующее голосование пройдет в июне.")]
    public void A_short_closing_sentence_belongs_to_the_body(string closing)
    {
        var text = Lines("Council approves the budget", "", EnBody, "", closing, "", "Tags", "• City");
        Assert.Equal(BlockKind.Body, KindOf(text, closing.Substring(0, 8)));
    }

    [Fact]
    public void A_closing_line_after_link_chrome_stays_chrome()
    {
        var text = Lines("Council approves the budget", "", EnBody, "", "Read next", "", "Mayor opens a new bridge.");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Mayor opens"));
    }

    [Theory]
    [InlineData("Rain due", "\"It will rain tomorrow,\" the forecaster said.")]
    [InlineData("Дождь завтра", "«Завтра будет дождь», — сказал синоптик.")]
    public void A_headline_and_one_quoted_sentence_make_an_article(string headline, string sentence)
    {
        var text = Lines(headline, "", sentence);
        Assert.Equal(BlockKind.Title, KindOf(text, headline));
        Assert.Equal(BlockKind.Body, KindOf(text, sentence.Substring(0, 5)));
    }

    [Fact]
    public void Menu_words_alone_do_not_make_an_article()
    {
        var text = Lines("Home", "", "Contacts", "", "Search");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Contacts"));
    }

    [Theory]
    [InlineData("Reporting by Jane Miller; Editing by Tom Brown")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    public void Credits_and_form_notices_after_the_story_are_not_body(string line)
    {
        var text = Lines("Council approves the budget", "", EnBody, "", line, "", "The council will meet again in the spring to discuss the plans.");
        Assert.NotEqual(BlockKind.Body, KindOf(text, line.Substring(0, 10)));
    }

    [Fact]
    public void Without_a_headline_a_date_line_just_above_the_text_still_dates_the_page()
    {
        var text = Lines("Menu", "", "5 апреля 2024", "", RuBody);
        Assert.Equal("2024-04-05", DocumentExtractor.Extract("doc.txt", text).Published?.ToString());
    }
}
