using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class TranscriptAndHeadlineTests
{
    [Fact]
    public void Transcript_turns_and_their_continuations()
    {
        var result = Body(
            "Foreign Minister Anna Berg: Good afternoon. We have finished our talks.",
            "The agenda was long and we covered all of it.",
            "Question: Will you meet again?",
            "Anna Berg: Yes, in May.");
        Assert.All(result.Statements, s => Assert.Equal(StatementKind.Transcript, s.Kind));
        Assert.Equal(new[] { "Good afternoon. We have finished our talks.", "The agenda was long and we covered all of it.", "Will you meet again?", "Yes, in May." },
            result.Statements.Select(s => s.Text));
        Assert.Equal(new[] { "Anna Berg", "Anna Berg", "journalist", "Anna Berg" }, result.Statements.Select(s => s.Speaker));
        Assert.True(result.Speaker("journalist").IsCollective);
    }

    [Fact]
    public void Russian_transcript_with_a_question()
    {
        var result = Body("Вопрос: Когда состоится встреча?", "Иван Петров: В мае, в Москве.");
        Assert.Equal(new[] { "journalist", "Иван Петров" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void Capitals_labels_with_a_title_resolve_to_the_introduced_name()
    {
        var result = Body(
            "Spokesperson Mira Holt opened the briefing, joined by Deputy Minister Paul Ferris.",
            "MS. HOLT: Good morning. I have one announcement.",
            "It concerns the new visa rules.",
            "Q: When do they start?",
            "DEPUTY MINISTER FERRIS: In June, after the vote.",
            "(The briefing ended at noon.)");
        Assert.Equal(new[] { "Mira Holt", "Mira Holt", "journalist", "Paul Ferris" }, result.Statements.Select(s => s.Speaker));
        Assert.All(result.Statements, s => Assert.Equal(StatementKind.Transcript, s.Kind));
    }

    [Fact]
    public void Russian_capitals_label_with_a_title()
    {
        var result = Body("Пресс-секретарь Ольга Смирнова провела брифинг.", "Г-ЖА СМИРНОВА: Добрый день. Начнем.", "Вопрос: Когда откроют границу?", "Г-ЖА СМИРНОВА: Пока рано говорить.");
        Assert.Equal(new[] { "Ольга Смирнова", "journalist", "Ольга Смирнова" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void Shouted_words_without_a_title_are_not_a_turn()
    {
        Assert.Empty(Body("BREAKING NEWS: the bridge is closed.", "WATCH LIVE: the vote begins.").Statements);
    }

    [Fact]
    public void A_heading_ends_a_transcript()
    {
        var result = Run((BlockKind.Body, "Anna Berg: We have finished our talks."), (BlockKind.Heading, "Other news"), (BlockKind.Body, "The weather was fine."));
        Assert.Single(result.Statements);
    }

    [Fact]
    public void A_label_that_is_not_a_person_is_not_a_turn()
    {
        Assert.Empty(Body("Note: the meeting was moved to Friday.").Statements);
    }

    [Fact]
    public void Headline_with_a_speaker_label_is_indirect()
    {
        var result = Run((BlockKind.Title, "Berg: border will stay open"), (BlockKind.Body, "Foreign Minister Anna Berg spoke in Oslo."));
        var s = result.Single();
        Assert.Equal("border will stay open", s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void Headline_with_says_is_indirect()
    {
        var result = Run((BlockKind.Title, "Border will stay open, says Berg"), (BlockKind.Body, "Foreign Minister Anna Berg spoke in Oslo."));
        Assert.Equal("Border will stay open", result.Single().Text);
    }

    [Fact]
    public void Russian_headline_with_a_speech_verb_is_indirect()
    {
        var result = Run((BlockKind.Title, "Петров рассказал о планах на весну"), (BlockKind.Body, "Министр Иван Петров выступил в Москве."));
        var s = result.Single();
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("о планах на весну", s.Text);
    }

    [Theory]
    [InlineData("Update: border will stay open")]
    [InlineData("Border talks resume in Oslo")]
    public void Headline_without_a_speaker_is_not_a_statement(string title)
    {
        var result = Run((BlockKind.Title, title), (BlockKind.Body, "The talks resumed."));
        Assert.Empty(result.Statements);
    }

    [Theory]
    [InlineData("Анна Петрова, главный тренер сборной:", "- Мы довольны игрой.", "- Почему не удалось забить больше?", "- Соперник хорошо оборонялся.", "Анна Петрова")]
    [InlineData("Tom Hale, head coach:", "- We are happy with the game.", "- Why didn't you score more?", "- They defended well.", "Tom Hale")]
    public void A_speaker_line_introduces_dashed_turns_and_a_dashed_question_is_the_journalists(
        string label, string first, string question, string answer, string speaker)
    {
        var result = Body(label, first, question, answer);
        Assert.Equal(speaker, result.With(first.Substring(2)).Speaker);
        Assert.Equal(speaker, result.With(answer.Substring(2)).Speaker);
        Assert.NotEqual(speaker, result.With(question.Substring(2)).Speaker);
        Assert.DoesNotContain(result.Statements, s => s.Text.StartsWith(label.Substring(0, 5), System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_ending_in_a_colon_that_names_nobody_introduces_no_turns()
    {
        var result = Body("Главные новости дня:", "- Мост откроют в мае.");
        Assert.DoesNotContain(result.Statements, s => s.Kind == StatementKind.Transcript);
    }
}
