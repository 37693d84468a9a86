using System.Linq;
using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class PublishedDateTests
{
    private static string? Published(string text, DocumentOptions? options = null) =>
        DocumentExtractor.Extract("doc.txt", text, options).Published?.ToString();

    [Fact]
    public void The_date_line_under_the_headline_is_the_publication_date()
    {
        var text = Lines("Minister opens new school", "", "September 1, 2019", "",
            "The education minister opened a new school in the capital on the first day of the academic year.");
        Assert.Equal("2019-09-01", Published(text));
    }

    [Fact]
    public void An_update_stamp_is_a_date_mention_but_not_the_publication_date()
    {
        var text = Lines("Minister opens new school", "",
            "The education minister opened a new school in the capital on the first day of the academic year.", "",
            "Last updated at February 3, 2020, 11:15");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Null(doc.Published);
        var stamp = Assert.Single(doc.Dates);
        Assert.Equal("2020-02-03", stamp.Value?.ToString());
    }

    [Fact]
    public void A_caption_date_is_not_the_publication_date()
    {
        var text = Lines("Leaders meet again in the capital",
            "© Agency / John Doe / Photo bankThe two leaders at an earlier meeting in the capital, June 12, 2014",
            "The two leaders met again on Sunday and discussed trade, energy and transport links between their countries.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Null(doc.Published);
        Assert.Contains(doc.Dates, d => d.Value?.ToString() == "2014-06-12");
        Assert.Contains(doc.Dates, d => d.Text == "on Sunday" && d.Value is null);
    }

    [Fact]
    public void A_dateline_without_year_takes_the_latest_year_the_article_writes()
    {
        var text = Lines("Ministers agree on new talks", "",
            "GENEVA, March 9 /Agency/. The ministers agreed to hold a new round of talks in April 2017, the foreign ministry said.", "",
            "The previous round took place in May 2015 in Vienna.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal("2017-03-09", doc.Published?.ToString());
        Assert.Contains(doc.Dates, d => d.Text == "March 9" && d.Value?.ToString() == "2017-03-09");
    }

    [Fact]
    public void A_dateline_without_year_takes_the_year_the_article_writes_most_often()
    {
        var text = Lines("Ministers agree on new talks", "",
            "GENEVA, March 9 /Agency/. The ministers agreed to finish the talks by June 2030, the foreign ministry said.", "",
            "The first round is set for April 2017, and a second round for May 2017.");
        Assert.Equal("2017-03-09", Published(text));
    }

    [Fact]
    public void A_dateline_without_any_year_in_the_text_gives_no_publication_date()
    {
        var text = Lines("Ministers agree on new talks", "",
            "GENEVA, March 9 /Agency/. The ministers agreed to hold a new round of talks next month, the ministry said.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Null(doc.Published);
        Assert.Contains(doc.Dates, d => d.Text == "March 9" && d.Value?.ToString() == "XXXX-03-09");
    }

    [Fact]
    public void A_Russian_dateline_gives_the_date()
    {
        var text = Lines("Министры договорились о новых переговорах", "",
            "МОСКВА, 6 мая 2019 года. /Агентство/. Министры договорились провести новый раунд переговоров, сообщили в министерстве.");
        Assert.Equal("2019-05-06", Published(text));
    }

    [Fact]
    public void Reader_comments_date_a_page_that_has_no_date_of_its_own()
    {
        var text = Lines("Ministers agree on new talks", "",
            "The ministers agreed to hold a new round of talks in October, the foreign ministry said on its website.", "",
            "  1. reader_one",
            "    reader_one 14 August 2018 09: 12 New",
            "    Good news at last.",
            "  2. reader_two",
            "    reader_two 14 August 2018 10: 40 New",
            "    We will see.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal("2018-08-14", doc.Published?.ToString());
        Assert.Contains(doc.Dates, d => d.Text == "in October" && d.Value?.ToString() == "2018-10");
    }

    [Fact]
    public void Reader_comments_give_the_year_of_a_yearless_dateline()
    {
        var text = Lines("Ministers agree on new talks", "",
            "GENEVA, March 9 /Agency/. The ministers agreed to hold a new round of talks, the ministry said.", "",
            "  1. reader_one",
            "    reader_one 10 March 2016 09: 12 New",
            "    Good news at last.",
            "  2. reader_two",
            "    reader_two 10 March 2016 10: 40 New",
            "    We will see.");
        Assert.Equal("2016-03-09", Published(text));
    }

    [Fact]
    public void A_header_date_after_the_first_comment_is_rejected()
    {
        var text = Lines("Ministers agree on new talks", "", "May 2, 2019", "",
            "The ministers agreed to hold a new round of talks, the foreign ministry said on its website.", "",
            "  1. reader_one",
            "    reader_one 1 May 2019 09: 12 New",
            "    Good news at last.",
            "  2. reader_two",
            "    reader_two 1 May 2019 10: 40 New",
            "    We will see.");
        Assert.Equal("2019-05-01", Published(text));
    }

    [Fact]
    public void Options_override_the_text()
    {
        var text = Lines("Minister opens new school", "", "September 1, 2019", "",
            "The education minister opened a new school in the capital today, on the first day of the academic year.");
        var doc = DocumentExtractor.Extract("doc.txt", text, new DocumentOptions("2019-09-02", "Gazette", "ru"));
        Assert.Equal("2019-09-02", doc.Published?.ToString());
        Assert.Equal("Gazette", doc.Source);
        Assert.Equal("ru", doc.Language);
        Assert.Contains(doc.Dates, d => d.Text == "today" && d.Value?.ToString() == "2019-09-02");
    }
}

public class DateLineShapeTests
{
    [Fact]
    public void A_posted_by_line_gives_the_publication_date_and_is_not_the_title()
    {
        var text = Lines("Notes from a rainy week in the north", "", "Posted by Ann Lee on March 2, 2017", "",
            "It rained every day of the week, and the rivers in the north rose higher than anyone here remembers.");
        var doc = DocumentExtractor.Extract("blog.txt", text);
        Assert.Equal("Notes from a rainy week in the north", doc.Title);
        Assert.Equal("2017-03-02", doc.Published?.ToString());
    }

    [Fact]
    public void A_header_line_opening_with_a_full_date_is_a_date_line_not_a_headline()
    {
        var text = Lines("Rivers rise after a week of rain", "", "March 2, 2017 / 3:45 PM / Updated", "",
            "Water levels in northern rivers rose again after a week of heavy rain, officials said.");
        var doc = DocumentExtractor.Extract("w.txt", text);
        Assert.Equal("Rivers rise after a week of rain", doc.Title);
        Assert.Equal("2017-03-02", doc.Published?.ToString());
    }

    [Fact]
    public void A_speaker_line_ending_in_a_colon_inside_a_transcript_is_body()
    {
        var text = Lines(
            "The president met the governor to discuss the results of the harvest and the plans for the winter.", "",
            "Governor of the region:", "",
            "Good afternoon. The harvest this year was the best in a decade, and the granaries are full.");
        Assert.Equal(Extraction.Segment.BlockKind.Body, Segment.SegmentFixture.KindOf(text, "Governor of the region:"));
    }

    [Fact]
    public void A_date_written_again_with_the_same_value_is_one_mention()
    {
        var text = Lines("Minister opens new school", "", "September 1, 2019", "",
            "The education minister opened a new school on Tuesday in the capital, the ministry said in a statement.",
            "Later on Tuesday the minister visited a hospital, and on Wednesday she flew home after the visit.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        var tuesday = Assert.Single(doc.Dates, d => d.Text == "on Tuesday");
        Assert.Equal(5, tuesday.Line);
        Assert.Single(doc.Dates, d => d.Text == "on Wednesday");
    }

    [Fact]
    public void The_same_words_with_another_value_are_another_mention()
    {
        var text = Lines("Ministers meet again", "",
            "The ministers met on March 4, 2020, and signed the treaty the same day. They met again on March 6, 2020, and left the same day.",
            "Министры встретились 4 марта 2020 года и в тот же день подписали договор. Затем они встретились 6 марта 2020 года и в тот же день уехали.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal(new[] { "2020-03-04", "2020-03-06" }, doc.Dates.Where(d => d.Text == "the same day").Select(d => d.Value?.ToString()));
        Assert.Equal(new[] { "2020-03-04", "2020-03-06" }, doc.Dates.Where(d => d.Text == "в тот же день").Select(d => d.Value?.ToString()));
    }

    [Fact]
    public void A_day_and_month_written_before_with_their_year_keep_that_year()
    {
        var text = Lines("Ведущий: Доброе утро! До 1 июня 2009 года остались считанные часы, и в студии директор лагеря.", "",
            "Директор: Перед 1 июня мы всегда волнуемся, а 3 июня откроется вторая смена.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Contains(doc.Dates, d => d.Text == "1 июня" && d.Value?.ToString() == "2009-06-01");
        Assert.Contains(doc.Dates, d => d.Text == "3 июня" && d.Value?.ToString() == "XXXX-06-03");
    }

    [Fact]
    public void A_day_and_month_written_with_a_year_keep_it_against_the_document_date()
    {
        var text = Lines("Council approves the budget", "", "May 6, 2016", "",
            "The council approved the budget today. The last budget was approved on September 2, 2015, and the mayor recalled that on September 2 the vote was close.",
            "The next session opens September 3 in the old hall.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Contains(doc.Dates, d => d.Text == "September 2" && d.Value?.ToString() == "2015-09-02");
        Assert.Contains(doc.Dates, d => d.Text == "September 3" && d.Value?.ToString() == "2016-09-03");
    }
}
