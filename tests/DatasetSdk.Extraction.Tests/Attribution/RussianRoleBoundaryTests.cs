using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

public class RussianRoleBoundaryTests
{
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
    public void A_name_in_the_dative_after_a_quoted_outlet_is_not_part_of_the_role()
    {
        var result = Body("В беседе с корреспондентом \"Вестника\" Марко Бруни академик Лаптев рассказал, что наука важна.");
        Assert.Equal("академик", result.Speaker("Лаптев").Role);
    }

    [Fact]
    public void A_capitalized_adjective_opening_the_sentence_stays_in_the_role()
    {
        // Negative: a nominative adjective before the role is part of it even when capitalized.
        var result = Body("Генеральный директор Лаптев рассказал, что завод откроется.");
        Assert.Equal("Генеральный директор", result.Speaker("Лаптев").Role);
    }

    [Fact]
    public void A_verb_and_its_object_before_an_inverted_speaker_are_not_part_of_the_role()
    {
        var result = Body("В Москве провел переговоры глава МИД Франции Пьер Моренон. Он заявил, что встреча была полезной.");
        var speaker = result.Speaker("Пьер Моренон");
        Assert.Equal("глава МИД Франции", speaker.Role);
        Assert.DoesNotContain(speaker.Aliases, a => a.Contains("переговоры"));
    }

    [Fact]
    public void A_quoted_body_name_inside_a_role_keeps_its_closing_guillemet()
    {
        var result = Body("Как сообщил пресс-секретарь «Северной нефти» Олег Рябов, поставки возобновятся.");
        Assert.Equal("пресс-секретарь «Северной нефти»", result.Speaker("Олег Рябов").Role);
    }

    [Fact]
    public void A_source_opening_the_sentence_owns_the_body_after_it()
    {
        var result = Body("Источник в правительстве сообщил, что решение уже принято.");
        Assert.Equal("источник в правительстве", result.Single().Speaker);
    }

    [Fact]
    public void A_body_without_a_role_before_it_speaks_itself()
    {
        // Negative: nothing owns "в правительстве" here, so the body is the speaker.
        var result = Body("В правительстве сообщили, что решение уже принято.");
        Assert.DoesNotContain("источник", result.Single().Speaker);
    }

    [Fact]
    public void An_unnamed_expert_is_the_analyst_the_text_introduced()
    {
        var result = Body(
            "Цены на медь вырастут к осени, считает аналитик Иван Лаптев.",
            "По словам эксперта, рекорд будет уже в сентябре.");
        Assert.Equal("Иван Лаптев", result.With("рекорд будет уже в сентябре").Speaker);
    }

    [Fact]
    public void A_country_genitive_inside_a_role_is_kept()
    {
        // Negative for the cut-off rule: a place in the genitive is the role's owner, not another person.
        var result = Body("Министр финансов Франции Пьер Моренон заявил, что бюджет будет сбалансирован.");
        Assert.Equal("Министр финансов Франции", result.Speaker("Пьер Моренон").Role);
    }
}
