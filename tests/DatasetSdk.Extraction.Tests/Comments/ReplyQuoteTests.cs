using System.Linq;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Comments;

public class ReplyQuoteTests
{
    private const string Article = "Паромная переправа возобновила работу после ремонта причала, сообщили в администрации района.";

    private static Model.ReaderComment[] Comments(params string[] thread) =>
        DocumentExtractor.Extract("c.txt", Lines(new[] { "Паром снова ходит", "", Article, "", "Комментарии (3)", "" }.Concat(thread).ToArray()))
            .Comments.ToArray();

    [Fact]
    public void A_reply_right_under_a_quote_of_its_parent_keeps_its_own_text()
    {
        var c = Comments(
            "Лодочник",
            "14 мая 2025, 10:02",
            "Ну наконец-то. Три месяца ждали. Теперь бы расписание.",
            "Ответить",
            "",
            "    Рыбак_77",
            "    14 мая 2025, 10:30",
            "    Цитата: Лодочник",
            "    Три месяца ждали.",
            "    А в прошлом году ждали полгода.",
            "    Ответить");
        Assert.Equal("Ну наконец-то. Три месяца ждали. Теперь бы расписание.", c[0].Text);
        Assert.Equal("А в прошлом году ждали полгода.", c[1].Text);
        Assert.Equal(new[] { "Три месяца ждали." }, c[1].Quotes.ToArray());
    }

    [Fact]
    public void An_english_reply_under_its_quote_keeps_its_own_text_and_drops_the_buttons()
    {
        var c = Comments(
            "ferryman",
            "14 May 2025, 10:02",
            "Finally. We waited three months. Now the timetable.",
            "Reply | Report",
            "",
            "    fisher77",
            "    14 May 2025, 10:30",
            "    Quote: ferryman",
            "    We waited three months.",
            "    Last year we waited six.",
            "    Reply");
        Assert.Equal("Finally. We waited three months. Now the timetable.", c[0].Text);
        Assert.Equal("Last year we waited six.", c[1].Text);
    }

    [Fact]
    public void A_quote_separated_by_a_blank_line_keeps_all_its_lines_and_a_sentence_with_reply_stays()
    {
        var c = Comments(
            "Лодочник",
            "14 мая 2025, 10:02",
            "Ну наконец-то.",
            "",
            "    Рыбак_77",
            "    14 мая 2025, 10:30",
            "    Цитата: кто-то в чате",
            "    Паром опять сломается.",
            "    К лету точно.",
            "",
            "    Reply to this: the ferry is new.");
        Assert.Equal(new[] { "Паром опять сломается.\nК лету точно." }, c[1].Quotes.ToArray());
        Assert.Equal("Reply to this: the ferry is new.", c[1].Text);
    }
}
