using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Segment;

public class BoilerplateTests
{
    private static readonly string Page = Lines(
        "City Herald",
        "  • Politics",
        "  • Economy",
        "  • Weather",
        "",
        "Mayor promises new bridge over the river",
        "",
        "The mayor said on Tuesday that work on a new bridge over the river would begin within a year, after months of debate in the council.",
        "",
        "\"We have waited long enough for this crossing,\" she told reporters outside the town hall.",
        "",
        "See also",
        "",
        "Council approves budget",
        "March 3, 2019",
        "",
        "Share",
        "Send by email",
        "Print",
        "All rights reserved. City Herald 2021",
        "To comment, log in or register");

    [Theory]
    [InlineData("• Politics")]
    [InlineData("• Weather")]
    [InlineData("Share")]
    [InlineData("Send by email")]
    [InlineData("Print")]
    [InlineData("All rights reserved")]
    [InlineData("To comment, log in")]
    [InlineData("See also")]
    [InlineData("Council approves budget")]
    [InlineData("March 3, 2019")]
    public void Site_chrome_is_boilerplate(string prefix) => Assert.Equal(BlockKind.Boilerplate, KindOf(Page, prefix));

    [Fact]
    public void Article_paragraphs_are_body()
    {
        Assert.Equal(BlockKind.Body, KindOf(Page, "The mayor said"));
        Assert.Equal(BlockKind.Body, KindOf(Page, "\"We have waited"));
    }

    [Fact]
    public void A_date_under_related_links_is_not_a_date_mention()
    {
        var doc = DocumentExtractor.Extract("herald.txt", Page);
        Assert.DoesNotContain(doc.Dates, d => d.Text.StartsWith("March 3", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Russian_menu_and_share_lines_are_boilerplate()
    {
        var text = Lines(
            "Все новости",
            "",
            "Правительство утвердило план по строительству моста",
            "",
            "Правительство во вторник утвердило план строительства нового моста через реку, сообщили в пресс-службе кабинета министров.",
            "",
            "Поделиться",
            "Версия для печати");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Все новости"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Поделиться"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Версия для печати"));
        Assert.Equal(BlockKind.Title, KindOf(text, "Правительство утвердило"));
    }

    [Fact]
    public void Photo_credits_and_their_repeated_alt_text_are_captions()
    {
        var text = Lines(
            "Floods hit the northern provinces again",
            "© Agency / Jane Roe / Photo bankRescuers carry a boat through a flooded street in the northern town, April 2, 2017",
            "Rescuers carry a boat through a flooded street in the northern town, April 2, 2017 - Agency",
            "Heavy rain flooded dozens of villages in the northern provinces for the second time this spring, officials said.");
        Assert.Equal(BlockKind.Caption, KindOf(text, "© Agency"));
        Assert.Equal(BlockKind.Caption, KindOf(text, "Rescuers carry"));
        Assert.Equal(BlockKind.Body, KindOf(text, "Heavy rain"));
    }

    [Fact]
    public void Widget_text_after_the_article_is_boilerplate_whatever_its_language()
    {
        var text = Lines(
            "The council met for three hours on the budget and adopted it with a narrow majority of votes.",
            "",
            "Newsfeed",
            "0",
            "loader",
            "Заголовок виджета ленты");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Newsfeed"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "0"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Заголовок"));
    }

    [Fact]
    public void Hard_wrapped_prose_lines_form_one_block()
    {
        var text = Lines(
            "The council met for three hours on the budget and adopted it",
            "with a narrow majority of votes after a long debate.");
        var doc = Extraction.Segment.DocumentSegmenter.Segment(text, new Extraction.Text.LineMap(text), default);
        var block = Assert.Single(doc.Blocks);
        Assert.Equal(BlockKind.Body, block.Kind);
        Assert.Equal(text.Length, block.Length);
    }
}

public class ListAndRepetitionTests
{
    [Fact]
    public void A_labelled_tag_list_is_boilerplate()
    {
        var text = SegmentFixture.Lines(
            "The council met for three hours on the budget and adopted it with a narrow majority of votes.",
            "Tags: council, budget, city",
            "The mayor thanked the councillors for their work on the budget during the difficult year.");
        Assert.Equal(BlockKind.Boilerplate, SegmentFixture.KindOf(text, "Tags:"));
    }

    [Fact]
    public void A_short_line_repeated_inside_the_article_is_boilerplate()
    {
        var text = SegmentFixture.Lines(
            "The council met for three hours on the budget and adopted it with a narrow majority of votes.", "",
            "Partner Content Block", "",
            "The mayor thanked the councillors for their work on the budget during the difficult year.", "",
            "Partner Content Block", "",
            "The next session of the council will take place after the summer break, in early September.");
        var segments = Extraction.Segment.DocumentSegmenter.Segment(text, new Extraction.Text.LineMap(text), default);
        Assert.Equal(2, System.Linq.Enumerable.Count(segments.Blocks, b => b.Kind == BlockKind.Boilerplate));
    }
}

public class CreditTests
{
    [Theory]
    [InlineData("Rescuers in the flooded town on Monday. Photo: Jane Roe")]
    [InlineData("Спасатели в затопленном городе. Фото: Иван Петров")]
    [InlineData("Rescuers carry a boat (AP Photo/John Doe)")]
    public void A_short_line_with_a_photo_credit_is_a_caption(string caption)
    {
        var text = SegmentFixture.Lines(
            "Heavy rain flooded dozens of villages in the northern provinces for the second time this spring, officials said.",
            caption,
            "Rescue teams worked through the night to evacuate residents from the worst affected districts.");
        Assert.Equal(BlockKind.Caption, SegmentFixture.KindOf(text, caption.Substring(0, 10)));
    }
}
