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
