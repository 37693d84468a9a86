using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Segment;

public class HeaderLayoutTests
{
    private const string EnBody = "The two countries agreed on Tuesday to extend their fishing arrangement for another year, the ministry said.";

    [Fact]
    public void A_masthead_above_the_menu_is_not_the_title()
    {
        var text = Lines("HARBOUR DAILY NEWS", "Sign in | Subscribe", "", "Europe", "Fishing deal extended for another year", "", EnBody);
        Assert.Equal("Fishing deal extended for another year", DocumentExtractor.Extract("doc.txt", text).Title);
    }

    [Fact]
    public void Title_deck_and_date_line_keep_the_title_on_top()
    {
        var text = Lines("«Мы не ждем быстрых решений»", "", "Глава ведомства рассказал о переговорах с соседями по региону", "",
            "Опубликовано: 03.12.2025 в 08:30", "", "— Когда состоится следующая встреча?", "", "— Мы планируем провести ее в феврале.");
        Assert.Equal("«Мы не ждем быстрых решений»", DocumentExtractor.Extract("doc.txt", text).Title);
    }

    [Fact]
    public void A_longer_headline_above_the_dated_headline_is_not_its_title()
    {
        var text = Lines("Latest updates from our correspondents across the whole region today", "Fishing deal extended", "May 6, 2024", "", EnBody);
        Assert.Equal("Fishing deal extended", DocumentExtractor.Extract("doc.txt", text).Title);
    }

    [Theory]
    [InlineData("— Когда начнутся работы?")]
    [InlineData("– Where will the ships go?")]
    [InlineData("- Когда начнутся работы?")]
    public void A_dash_opening_a_whole_sentence_is_a_dialogue_turn(string turn)
    {
        var text = Lines("Interview with the harbour master", "", turn, "", "— В мае, если позволит погода.");
        Assert.Equal(BlockKind.Body, KindOf(text, turn));
    }

    [Theory]
    [InlineData("- Fishing quotas were raised.")]
    [InlineData("- квоты на вылов увеличены.")]
    public void A_hyphen_before_an_English_or_lower_case_sentence_is_still_a_bullet(string item)
    {
        var text = Lines("Fishing deal extended for another year", "", EnBody, "", item, "", "- Another item follows here.");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, item));
    }

    [Fact]
    public void A_speaker_line_over_the_first_turn_of_dialogue_is_part_of_the_text()
    {
        var text = Lines("Пресс-конференция после матча", "", "Анна Петрова, главный тренер:", "", "- Мы довольны игрой. Соперник был сильным.");
        Assert.Equal(BlockKind.Body, KindOf(text, "Анна Петрова"));
    }

    [Fact]
    public void A_dash_before_a_menu_item_is_still_a_bullet()
    {
        var text = Lines("Fishing deal extended for another year", "", EnBody, "", "— Sport", "— Weather");
        Assert.Equal(BlockKind.Boilerplate, KindOf(text, "— Sport"));
    }

    [Theory]
    [InlineData("Oslo, 14 October 2025 — Norway and Russia agreed on Tuesday to extend their fishing arrangement.", "2025-10-14")]
    [InlineData("Нью-Йорк, 14 октября 2025 — Норвегия и Россия договорились во вторник продлить соглашение о рыболовстве.", "2025-10-14")]
    public void A_title_case_place_with_a_date_is_a_dateline(string paragraph, string expected)
    {
        var doc = DocumentExtractor.Extract("doc.txt", Lines("Fishing deal extended for another year", "", paragraph));
        Assert.Equal(expected, doc.Published?.ToString());
    }

    [Fact]
    public void A_title_case_word_before_a_date_inside_a_sentence_is_no_dateline()
    {
        var doc = DocumentExtractor.Extract("doc.txt", Lines("Fishing deal extended for another year", "",
            "However, on 14 October 2025 the two countries agreed to extend their fishing arrangement."));
        Assert.Null(doc.Published);
    }
}
