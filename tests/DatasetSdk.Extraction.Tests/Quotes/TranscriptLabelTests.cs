using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>
/// Briefing transcripts: a short question the segmenter takes for a heading is still a turn, a bare "Q" labels a
/// question, and "A:"/"Ответ:" answers for the one being questioned.
/// </summary>
public class TranscriptLabelTests
{
    [Fact]
    public void A_short_question_between_turns_is_the_journalists_turn()
    {
        var result = Run(
            (BlockKind.Body, "MS. ORTIZ: Good afternoon, everyone. I have two announcements before we take questions."),
            (BlockKind.Heading, "QUESTION: What about the bridge?"),
            (BlockKind.Body, "MS. ORTIZ: The bridge will reopen in May, and we are confident in that date."));
        var question = result.With("What about the bridge?");
        Assert.Equal(StatementKind.Transcript, question.Kind);
        Assert.Equal("journalist", question.Speaker);
        Assert.Equal("Ortiz", result.With("The bridge will reopen in May, and we are confident in that date.").Speaker);
    }

    [Fact]
    public void A_russian_question_label_between_turns()
    {
        var result = Run(
            (BlockKind.Body, "А.В.Белкина: Добрый день. Начну с графика встреч министра на следующей неделе."),
            (BlockKind.Heading, "Вопрос: Когда откроют мост через реку?"),
            (BlockKind.Body, "А.В.Белкина: Мост откроют в мае, работы идут по графику."),
            (BlockKind.Body, "Ответ: Спасибо за вопрос, мы еще вернемся к этой теме."));
        Assert.Equal("journalist", result.With("Когда откроют мост через реку?").Speaker);
        Assert.Equal(result.With("Мост откроют в мае, работы идут по графику.").Speaker, result.With("Спасибо за вопрос, мы еще вернемся к этой теме.").Speaker);
    }

    [Fact]
    public void A_bare_q_labels_a_question_inside_a_transcript_only()
    {
        var inside = Run(
            (BlockKind.Body, "MS. ORTIZ: The council will vote when it is ready, and not before that."),
            (BlockKind.Body, "Q Will the mayor sign it?"),
            (BlockKind.Body, "MS. ORTIZ: He will sign it if the numbers add up."));
        Assert.Equal("journalist", inside.With("Will the mayor sign it?").Speaker);

        var outside = Body("Q Street will be closed for repairs until the end of the month, the city said.");
        Assert.DoesNotContain(outside.Statements, s => s.Speaker == "journalist");
    }

    [Fact]
    public void A_heading_that_is_no_label_still_ends_the_transcript()
    {
        var result = Run(
            (BlockKind.Body, "MS. ORTIZ: The council will vote when it is ready, and not before that."),
            (BlockKind.Heading, "What happens next"),
            (BlockKind.Body, "The vote is expected in the spring, when the new figures are out."));
        Assert.DoesNotContain(result.Statements, s => s.Text.StartsWith("The vote is expected"));
    }

    [Fact]
    public void A_role_labels_a_turn_inside_a_transcript()
    {
        var result = Run(
            (BlockKind.Body, "Oleg Ryabov: Good afternoon. The region has grown by five percent this year."),
            (BlockKind.Body, "Prime Minister of Japan: Good afternoon. What about the roads?"),
            (BlockKind.Body, "Oleg Ryabov: We have repaired two hundred kilometres of roads this year."));
        Assert.Equal("Good afternoon. What about the roads?", result.Statements[1].Text);
        Assert.Equal("Prime Minister of Japan", result.Statements[1].Speaker);
    }

    [Fact]
    public void A_remark_from_the_room_is_nobody_named()
    {
        var result = Run(
            (BlockKind.Body, "Oleg Ryabov: Yes, the bridge will open in the autumn, as planned."),
            (BlockKind.Body, "Remark: Thank you, we will hold you to that."));
        var remark = result.With("Thank you, we will hold you to that.");
        Assert.NotEqual("Remark", remark.Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name == "Remark" && !s.IsCollective);
    }
}
