using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianReportedSpeechTests
{
    [Theory]
    [InlineData("Цены на жильё продолжат расти, утверждает аналитик Ирина Белова.")]
    [InlineData("Цены на жильё продолжат расти, пишет аналитик Ирина Белова.")]
    [InlineData("Цены на жильё продолжат расти, заметила аналитик Ирина Белова.")]
    [InlineData("Цены на жильё продолжат расти, настаивает аналитик Ирина Белова.")]
    public void Present_and_past_verbs_of_saying_after_the_clause(string paragraph)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("Цены на жильё продолжат расти", s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Ирина Белова", s.Speaker);
    }

    [Fact]
    public void Dash_led_speech_with_a_written_cue()
    {
        var result = Body("Губернатор Олег Рябов подвёл итоги года на заседании правительства области.",
            "— Стройки идут по графику. Это важно, — написал Рябов. — Люди видят перемены.");
        Assert.Equal(new[] { "Стройки идут по графику. Это важно", "Люди видят перемены." }, result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Олег Рябов", s.Speaker));
    }

    [Fact]
    public void A_verb_of_writing_without_a_speaker_after_it_is_not_a_cue()
    {
        Assert.Empty(Body("Цены на жильё продолжат расти, пишет о себе каждый второй отчёт.").Statements);
    }
}
