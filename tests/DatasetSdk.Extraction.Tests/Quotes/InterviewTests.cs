using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>Interviews printed as unlabelled dialogue: dashed questions are the journalist's, dashed answers the guest's.</summary>
public class InterviewTests
{
    [Fact]
    public void Answers_belong_to_the_guest_the_lead_names_and_run_on_over_undashed_paragraphs()
    {
        var result = Body(
            "В беседе с нашим корреспондентом профессор Анна Петрова рассказала о планах лаборатории.",
            "- Анна Сергеевна, когда начнутся испытания?",
            "- Думаю, весной. Сначала нужно закончить ремонт.",
            "Потом мы займёмся новыми приборами.",
            "- А что с финансированием?",
            "- Деньги уже выделены.");
        var answers = result.Statements.Where(s => s.Speaker == "Анна Петрова").Select(s => s.Text).ToArray();
        Assert.Equal(new[] { "Думаю, весной. Сначала нужно закончить ремонт.", "Потом мы займёмся новыми приборами.", "Деньги уже выделены." }, answers);
        Assert.All(result.Statements.Where(s => s.Text.EndsWith('?')), s =>
        {
            Assert.Equal(StatementKind.Transcript, s.Kind);
            Assert.NotEqual("Анна Петрова", s.Speaker);
        });
    }

    [Fact]
    public void The_interviewers_dash_is_no_alias()
    {
        var result = Body(
            "В беседе с нашим корреспондентом профессор Анна Петрова рассказала о планах лаборатории.",
            "- Когда начнутся испытания?",
            "- Думаю, весной.");
        var journalist = result.Extraction.Speakers.Single(s => s.Name != "Анна Петрова");
        Assert.All(journalist.Aliases, a => Assert.Contains(a, c => char.IsLetter(c)));
    }

    [Theory]
    [InlineData("В интервью корреспонденту \"Вестника\" Олегу Смирнову профессор Петрова рассказала о своих планах.", "Петрова")]
    [InlineData("Профессор Анна Петрова в интервью журналу \"Вестник\" рассказала о своих планах.", "Анна Петрова")]
    public void The_guest_is_the_subject_of_the_lead_not_the_interviewer(string lead, string guest)
    {
        var result = Body(lead, "- Когда начнутся испытания?", "- Думаю, весной.");
        Assert.Equal(guest, result.With("Думаю, весной.").Speaker);
    }

    [Fact]
    public void Dashed_speech_with_its_own_cue_is_no_interview()
    {
        var result = Body(
            "Министр Иван Орлов встретился с фермерами.",
            "- Вы довольны урожаем? - спросил он.",
            "- Да, вполне, - ответил фермер Пётр Зуев.");
        Assert.DoesNotContain(result.Statements, s => s.Rule.StartsWith("interview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dashed_list_without_questions_is_no_interview()
    {
        var result = Body(
            "Мэр Ольга Лебедева перечислила планы на год.",
            "- Новая школа.",
            "- Ремонт моста.");
        Assert.DoesNotContain(result.Statements, s => s.Kind == StatementKind.Transcript);
    }
}
