using System.Linq;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Comments;

public class YearlessStampAndFooterTests
{
    private static readonly string Page = Lines(
        "В Заречном открыли новый сквер",
        "",
        "12.05.2026 09:10",
        "",
        "Новый сквер на набережной открыли в субботу, работы заняли почти год, сообщили в администрации района.",
        "",
        "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter",
        "",
        "Комментарии (2)",
        "",
        "Мария_Л   12.05.2026 10:02",
        "Наконец-то есть где гулять с детьми.",
        "Сосед   12 мая в 11:45",
        "А скамейки уже сломали.",
        "Оставить комментарий могут только зарегистрированные пользователи.",
        "© 2010–2026 «Заречные вести». 12+",
        "Все права защищены. Перепечатка материалов без ссылки запрещена.");

    [Fact]
    public void A_day_and_month_with_a_time_heads_a_comment_kept_as_written()
    {
        var doc = DocumentExtractor.Extract("doc.txt", Page);
        Assert.Equal(new[] { "Мария_Л", "Сосед" }, doc.Comments.Select(c => c.Author).ToArray());
        Assert.Equal("12 мая в 11:45", doc.Comments[1].Posted);
    }

    [Fact]
    public void The_footer_under_the_thread_is_neither_a_comment_nor_the_article()
    {
        var doc = DocumentExtractor.Extract("doc.txt", Page);
        Assert.Equal("А скамейки уже сломали.", doc.Comments[1].Text);
        Assert.NotEqual(BlockKind.Body, KindOf(Page, "Все права защищены"));
        Assert.NotEqual(BlockKind.Body, KindOf(Page, "Нашли опечатку"));
    }

    [Fact]
    public void A_day_and_month_without_a_time_heads_no_comment()
    {
        // "Сосед 12 мая" is a signature line with a date, not a comment header
        var text = Lines("В Заречном открыли новый сквер", "",
            "Новый сквер на набережной открыли в субботу, работы заняли почти год, сообщили в администрации района.", "",
            "Сосед   12 мая", "А скамейки уже сломали.");
        Assert.Empty(DocumentExtractor.Extract("doc.txt", text).Comments);
    }
}
