using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Comments;

public class CommentHeaderTests
{
    [Fact]
    public void A_stamp_followed_by_page_fields_is_the_article_header_not_a_comment()
    {
        var text = Lines(
            "В городе открыли новый мост",
            "",
            "5 апреля 2024, 10:20 | Город | Просмотров: 812",
            "",
            "Новый мост через реку открыли для движения в пятницу. Строительство заняло почти два года.",
            "",
            "Комментарии (2)",
            "",
            "Иван_П",
            "5 апреля 2024, 11:02",
            "Наконец-то дождались.",
            "",
            "Ольга",
            "5 апреля 2024, 12:40",
            "А пробки останутся.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal("В городе открыли новый мост", doc.Title);
        Assert.Equal(BlockKind.Body, KindOf(text, "Новый мост"));
        Assert.Equal(new[] { "Иван_П", "Ольга" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(doc.Comments, c => c.Author)));
    }

    [Fact]
    public void An_author_after_the_stamp_is_still_read()
    {
        var text = Lines(
            "Bridge opens to traffic",
            "",
            "The new bridge over the river opened to traffic on Friday after almost two years of building work.",
            "",
            "Comments",
            "",
            "05.04.2024 11:02 mike_t",
            "Finally.",
            "",
            "05.04.2024 12:40 anna",
            "Traffic jams will stay.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal(2, doc.Comments.Count);
        Assert.Equal("mike_t", doc.Comments[0].Author);
    }
}

public class CommentAuthorLineTests
{
    [Theory]
    [InlineData("John Smith says:", "John Smith")]
    [InlineData("Иван пишет:", "Иван")]
    [InlineData("Says Who", "Says Who")]
    public void The_speech_word_after_an_author_is_not_part_of_the_name(string authorLine, string expected)
    {
        var text = Lines(
            "Bridge opens to traffic",
            "",
            "The new bridge over the river opened to traffic on Friday after almost two years of building work.",
            "",
            authorLine,
            "April 9, 2024 at 4:12 pm",
            "Finally.",
            "",
            "Mary Lee says:",
            "April 9, 2024 at 6:30 pm",
            "Traffic jams will stay.");
        var doc = DocumentExtractor.Extract("doc.txt", text);
        Assert.Equal(2, doc.Comments.Count);
        Assert.Equal(expected, doc.Comments[0].Author);
        Assert.Equal("2024-04-09T16:12", doc.Comments[0].Posted);
    }
}
