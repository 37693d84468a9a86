using System.Linq;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Comments;

public class FlatThreadTests
{
    private static string Article(params string[] tail)
    {
        var head = new[]
        {
            "Правительство утвердило план строительства моста",
            "",
            "Иван Петров",
            "",
            "Правительство во вторник утвердило план строительства нового моста через реку, сообщили в пресс-службе кабинета министров.",
            "",
            "Строительство начнется в марте 2020 года и займет около трех лет, уточнили в ведомстве.",
            "",
            "Комментарии",
        };
        return Lines(head.Concat(tail).ToArray());
    }

    [Fact]
    public void Author_above_a_timestamp_line_makes_a_flat_thread()
    {
        var doc = DocumentExtractor.Extract("m.txt", Article(
            "Сергей К.",
            "12 ноября 2019 в 10:15",
            "Давно пора было построить.",
            "Анна",
            "12 ноября 2019 в 11:40",
            "Посмотрим, во сколько обойдется."));
        Assert.Equal(new[] { "Сергей К.", "Анна" }, doc.Comments.Select(c => c.Author).ToArray());
        Assert.Equal(new[] { "2019-11-12T10:15", "2019-11-12T11:40" }, doc.Comments.Select(c => c.Posted).ToArray());
        Assert.All(doc.Comments, c => Assert.Equal(0, c.Depth));
        Assert.Equal("Правительство утвердило план строительства моста", doc.Title);
        Assert.Equal("2019-11-12", doc.Published?.ToString());
    }

    [Fact]
    public void A_byline_with_a_time_far_above_the_thread_is_not_a_comment()
    {
        var filler = string.Join("\n\n", Enumerable.Repeat(
            "Строительство начнется в марте и займет около трех лет, уточнили в ведомстве, добавив, что подрядчик уже выбран.", 30));
        var text = Lines("Правительство утвердило план строительства моста", "", "Иван Петров", "6 мая 2019, 15:00", "", filler, "",
            "Сергей", "12 ноября 2019 в 10:15", "Давно пора.", "Анна", "12 ноября 2019 в 11:40", "Посмотрим.");
        var doc = DocumentExtractor.Extract("m.txt", text);
        Assert.Equal(new[] { "Сергей", "Анна" }, doc.Comments.Select(c => c.Author).ToArray());
    }
}

public class HeaderLayoutTests
{
    private static readonly string Article = Lines(
        "Правительство утвердило план строительства моста", "",
        "Правительство во вторник утвердило план строительства нового моста через реку, сообщили в пресс-службе кабинета министров.", "");

    [Fact]
    public void Author_and_timestamp_on_one_line_separated_by_a_comma()
    {
        var doc = DocumentExtractor.Extract("m.txt", Article + Lines("Сергей, 12.11.2019 10:15", "Давно пора.", "Анна | 12.11.2019 в 11:40", "Посмотрим."));
        Assert.Equal(new[] { "Сергей", "Анна" }, doc.Comments.Select(c => c.Author).ToArray());
        Assert.Equal(new[] { "2019-11-12T10:15", "2019-11-12T11:40" }, doc.Comments.Select(c => c.Posted).ToArray());
        Assert.Equal(new[] { "Давно пора.", "Посмотрим." }, doc.Comments.Select(c => c.Text).ToArray());
    }

    [Fact]
    public void Author_after_the_timestamp()
    {
        var doc = DocumentExtractor.Extract("m.txt", Article + Lines("12.11.2019 10:15 Сергей", "Давно пора.", "12.11.2019 11:40 Анна", "Посмотрим."));
        Assert.Equal(new[] { "Сергей", "Анна" }, doc.Comments.Select(c => c.Author).ToArray());
    }

    [Fact]
    public void A_relative_timestamp_is_kept_as_written_and_does_not_date_the_page()
    {
        var doc = DocumentExtractor.Extract("m.txt", Article + Lines("Сергей", "Сегодня, 10:15", "Давно пора.", "Анна", "Вчера в 21:40", "Посмотрим."));
        Assert.Equal(new[] { "Сегодня, 10:15", "Вчера в 21:40" }, doc.Comments.Select(c => c.Posted).ToArray());
        Assert.Null(doc.Published);
    }
}

public class ThreadEndTests
{
    [Fact]
    public void A_footer_after_a_flat_thread_is_not_part_of_the_last_comment()
    {
        var text = Lines(
            "Правительство утвердило план строительства моста", "",
            "Правительство во вторник утвердило план строительства нового моста через реку, сообщили в пресс-службе.", "",
            "Сергей", "12 ноября 2019 в 10:15", "Давно пора.",
            "Анна", "12 ноября 2019 в 11:40", "Посмотрим.", "",
            "Все права защищены", "Подписаться");
        var doc = DocumentExtractor.Extract("m.txt", text);
        Assert.Equal("Посмотрим.", doc.Comments[1].Text);
        Assert.Equal(Extraction.Segment.BlockKind.Boilerplate, Segment.SegmentFixture.KindOf(text, "Все права"));
    }
}
