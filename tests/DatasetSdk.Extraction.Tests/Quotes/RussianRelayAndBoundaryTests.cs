using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianRelayAndBoundaryTests
{
    [Theory]
    [InlineData("«Мы откроем цех весной», – приводит слова директора Ивана Лаптева газета.")]
    [InlineData("«Мы откроем цех весной», – цитирует Ивана Лаптева агентство.")]
    public void A_quote_relayed_by_an_outlet_belongs_to_the_person_whose_words_are_relayed(string paragraph)
    {
        var result = Body(paragraph);
        var statement = result.Single();
        Assert.Equal("Мы откроем цех весной", statement.Text);
        Assert.Equal("Иван Лаптев", statement.Speaker);
    }

    [Fact]
    public void A_woman_quoted_in_the_accusative_is_named_in_the_nominative()
    {
        var result = Body("«Решение уже принято», – цитирует Анну Лаптеву агентство.");
        Assert.Equal("Анна Лаптева", result.Single().Speaker);
    }

    [Fact]
    public void An_unnamed_expert_whose_words_are_relayed_is_the_analyst_just_introduced()
    {
        var result = Body(
            "Цены на медь вырастут к осени, считает аналитик Иван Лаптев.",
            "«Рекорд будет уже в сентябре», – приводит слова эксперта газета.");
        Assert.Equal("Иван Лаптев", result.With("Рекорд будет уже в сентябре").Speaker);
    }

    [Fact]
    public void A_quote_followed_by_a_verb_of_the_outlet_itself_stays_the_outlets_cue()
    {
        // Negative: "сообщает" is an ordinary speech verb; the outlet after it is the speaker, no relay is read.
        var result = Body("«Поставки возобновятся в мае», – сообщает агентство.");
        Assert.NotEqual("Иван Лаптев", result.Single().Speaker);
    }

    [Fact]
    public void A_circumstance_before_a_role_is_not_part_of_the_speakers_phrase()
    {
        var result = Body("Завод откроется в мае, сообщил в своем телеграм-канале губернатор Олег Рябов.");
        var speaker = result.Speaker("Олег Рябов");
        Assert.DoesNotContain(speaker.Aliases, a => a.Contains("телеграм"));
        Assert.Equal("губернатор", speaker.Role);
    }

    [Fact]
    public void A_nominative_adjective_before_a_role_stays_in_the_role()
    {
        var result = Body("Биржевой аналитик Олег Рябов считает, что рубль укрепится.");
        Assert.Equal("Биржевой аналитик", result.Speaker("Олег Рябов").Role);
    }

    [Fact]
    public void A_person_named_in_an_oblique_case_before_the_speaker_gives_the_speaker_no_role()
    {
        var result = Body("После встречи с итальянским премьером Марко Бруни Пьер Моренон заявил, что переговоры прошли хорошо.");
        var speaker = result.Speaker("Пьер Моренон");
        Assert.Null(speaker.Role);
        Assert.DoesNotContain(speaker.Aliases, a => a.Contains("Бруни"));
    }

    [Fact]
    public void A_name_in_the_dative_before_a_role_is_not_part_of_the_role()
    {
        var result = Body("На вопрос, заданный Марко Бруни, академик Лаптев ответил, что наука важна.");
        var speaker = result.Speaker("Лаптев");
        Assert.Equal("академик", speaker.Role);
    }

    [Fact]
    public void A_country_genitive_inside_a_role_is_kept()
    {
        // Negative for the cut-off rule: a place in the genitive is the role's owner, not another person.
        var result = Body("Министр финансов Франции Пьер Моренон заявил, что бюджет будет сбалансирован.");
        Assert.Equal("Министр финансов Франции", result.Speaker("Пьер Моренон").Role);
    }
}
