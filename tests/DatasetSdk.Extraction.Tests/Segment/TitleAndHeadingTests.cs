using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Segment;

public class TitleAndHeadingTests
{
    [Fact]
    public void The_headline_above_a_date_line_is_the_title_and_the_menu_above_it_is_not()
    {
        var text = Lines(
            "Main Office of the Ministry 2024",
            "",
            "Minister outlines priorities for the coming year",
            "",
            "March 2, 2018",
            "",
            "The minister presented the priorities of his department for the coming year at a meeting with journalists.");
        Assert.Equal(BlockKind.Title, KindOf(text, "Minister outlines"));
        Assert.Equal(BlockKind.DateLine, KindOf(text, "March 2, 2018"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Main Office"));
        Assert.Equal("Minister outlines priorities for the coming year", DocumentExtractor.Extract("a.txt", text).Title);
    }

    [Fact]
    public void A_sub_headline_under_the_title_and_section_headings_are_headings()
    {
        var text = Lines(
            "Top news",
            "",
            "Farmers expect a record grain harvest",
            "",
            "The harvest may exceed last year's by a tenth, the agriculture ministry forecasts",
            "",
            "Farmers across the south expect a record grain harvest this year thanks to a mild spring, the ministry said.",
            "",
            "Export plans",
            "",
            "Exports are expected to grow as well, and new terminals are being built in two ports on the coast.");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Top news"));
        Assert.Equal(BlockKind.Title, KindOf(text, "Farmers expect"));
        Assert.Equal(BlockKind.Heading, KindOf(text, "The harvest may exceed"));
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "Export plans"));
        Assert.Equal(BlockKind.Body, KindOf(text, "Exports are expected"));
    }

    [Fact]
    public void A_section_heading_of_three_words_or_more_inside_the_article_is_a_heading()
    {
        var text = Lines(
            "Farmers across the south expect a record grain harvest this year thanks to a mild spring.",
            "",
            "Plans for grain exports",
            "",
            "Exports are expected to grow as well, and new terminals are being built in two ports on the coast.");
        Assert.Equal(BlockKind.Heading, KindOf(text, "Plans for grain exports"));
    }

    [Fact]
    public void A_text_that_opens_with_prose_has_no_title()
    {
        var text = Lines(
            "",
            "Министр заявил во вторник, что переговоры продолжатся в следующем месяце в столице соседней страны.",
            "",
            "По его словам, стороны договорились о графике встреч.");
        Assert.Null(DocumentExtractor.Extract("b.txt", text).Title);
    }
}

public class BylineAndTitleSuffixTests
{
    [Fact]
    public void A_byline_between_headline_and_body_is_not_a_heading()
    {
        var text = SegmentFixture.Lines(
            "Rivers rise after a week of rain",
            "",
            "Water levels keep rising in the north as forecasters expect more rain",
            "",
            "By Anna Smith",
            "",
            "Water levels in northern rivers rose again on Monday after a week of heavy rain, officials said.");
        Assert.Equal(BlockKind.Title, SegmentFixture.KindOf(text, "Rivers rise"));
        Assert.Equal(BlockKind.Heading, SegmentFixture.KindOf(text, "Water levels keep"));
        Assert.Equal(BlockKind.Boilerplate, SegmentFixture.KindOf(text, "By Anna Smith"));
    }

    [Fact]
    public void A_known_outlet_appended_to_the_headline_is_dropped_from_the_title()
    {
        var text = SegmentFixture.Lines("Rivers rise after a week of rain | Reuters", "",
            "Water levels in northern rivers rose again on Monday after a week of heavy rain, officials said.");
        Assert.Equal("Rivers rise after a week of rain", DocumentExtractor.Extract("r.txt", text).Title);
    }
}

public class HeadlineShapeTests
{
    [Fact]
    public void A_headline_may_end_with_a_question_mark()
    {
        var text = SegmentFixture.Lines("Will the northern bridge ever be built?", "",
            "The council has postponed the decision on the northern bridge for the third time this year, citing costs.");
        Assert.Equal("Will the northern bridge ever be built?", DocumentExtractor.Extract("q.txt", text).Title);
    }

    [Fact]
    public void A_quoted_question_in_the_article_is_body_not_a_heading()
    {
        var text = SegmentFixture.Lines(
            "The council has postponed the decision on the northern bridge for the third time this year, citing costs.", "",
            "\"Who will pay for all of this?\"", "",
            "The mayor did not answer the question of residents, who gathered outside the town hall on Monday.");
        Assert.Equal(BlockKind.Body, SegmentFixture.KindOf(text, "\"Who will pay"));
    }

    [Fact]
    public void A_headline_printed_twice_gives_one_title_and_no_heading()
    {
        var text = SegmentFixture.Lines("Council delays bridge decision again", "", "Council delays bridge decision again", "",
            "The council has postponed the decision on the northern bridge for the third time this year, citing costs.");
        var segments = Extraction.Segment.DocumentSegmenter.Segment(text, new Extraction.Text.LineMap(text), default);
        Assert.Single(segments.Blocks, b => b.Kind == BlockKind.Title);
        Assert.DoesNotContain(segments.Blocks, b => b.Kind == BlockKind.Heading);
    }
}
