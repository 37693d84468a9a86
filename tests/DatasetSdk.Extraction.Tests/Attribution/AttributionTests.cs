using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

public class AttributionTests
{
    [Theory]
    [InlineData("\"We are ready,\" Berg said.")]
    [InlineData("\"We are ready,\" said Berg.")]
    [InlineData("\"We are ready,\" Berg once again stressed.")]
    [InlineData("Berg said: \"We are ready.\"")]
    [InlineData("Berg added, \"We are ready.\"")]
    public void Cue_on_either_side_in_either_word_order(string paragraph)
    {
        var s = Body("Foreign Minister Anna Berg met the press.", paragraph).Single();
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Theory]
    [InlineData("«Мы готовы», - заявил Петров.")]
    [InlineData("«Мы готовы», - сказал он.")]
    [InlineData("Петров заявил: «Мы готовы».")]
    [InlineData("Как отметил Петров, «мы готовы».")]
    public void Russian_cues(string paragraph)
    {
        var s = Body("Министр Иван Петров провел переговоры.", paragraph).Single();
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void Russian_genitive_owner_of_a_role_is_not_part_of_the_name()
    {
        var result = Body("Об этом сообщил мэр Тулы Олег Воронин. По его словам, ремонт займет месяц.");
        Assert.Equal("Олег Воронин", result.With("ремонт займет месяц").Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, sp => sp.Name.Contains("Тулы"));
    }

    [Fact]
    public void Russian_patronymic_stays_in_the_name()
    {
        var result = Body("Мэр Олег Петрович Воронин сообщил, что ремонт займет месяц.");
        Assert.Equal("Олег Петрович Воронин", result.With("ремонт займет месяц").Speaker);
    }

    [Fact]
    public void Capitalized_adjective_of_a_body_is_not_a_name()
    {
        var result = Body("Депутат Областной думы Ирина Котова заявила, что бюджет примут в мае. По ее словам, споров нет.");
        Assert.Equal("Ирина Котова", result.With("споров нет").Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, sp => sp.Name.Contains("Областной"));
    }

    [Fact]
    public void Surname_in_oi_before_a_verb_is_still_a_name()
    {
        var result = Body("Писатель Лев Толстой сказал, что роман почти закончен.");
        // The verb keeps the surname a name; how it is lemmatized is not the point here.
        Assert.StartsWith("Лев Толст", result.With("роман почти закончен").Speaker);
    }

    [Fact]
    public void Quoted_name_of_a_body_inside_a_role_before_a_name()
    {
        var result = Body("«Дорогу обещали еще в прошлом году», — сказал председатель общественного совета «Чистый берег» Павел Лунин.");
        Assert.Equal("Павел Лунин", result.With("Дорогу обещали еще в прошлом году").Speaker);
        var en = Body("\u201cWe were never consulted,\u201d said spokeswoman for campaign group \u201cSave the Pier\u201d Helen Marsh.");
        Assert.Equal("Helen Marsh", en.With("We were never consulted,").Speaker);
    }

    [Fact]
    public void Quoted_title_without_a_name_after_it_leaves_the_role()
    {
        var result = Body("«Дорогу обещали еще в прошлом году», — сказал председатель общественного совета «Чистый берег».");
        Assert.DoesNotContain(result.Extraction.Speakers, sp => sp.Name.Contains("Чистый"));
    }

    [Fact]
    public void Acronym_field_of_a_role_before_the_name()
    {
        var ru = Body("По словам начальника управления по ЖКХ Сергея Орлова, работы займут неделю.");
        Assert.StartsWith("Сергей Орлов", ru.With("работы займут неделю").Speaker);
        var en = Body("According to deputy head of IT Mark Steed, the system will be back tomorrow.");
        Assert.Equal("Mark Steed", en.With("the system will be back tomorrow").Speaker);
    }

    [Fact]
    public void Acronym_without_a_role_before_it_is_not_a_field()
    {
        // Without a name after it the acronym stays in the role; nobody called "ЖКХ" is invented.
        var result = Body("По словам начальника управления по ЖКХ, работы займут неделю.");
        Assert.DoesNotContain(result.Extraction.Speakers, sp => sp.Name == "ЖКХ" || sp.Name == "ZhKKh");
    }

    [Fact]
    public void Pronoun_takes_the_last_speaker()
    {
        var result = Body("Anna Berg said that the talks were useful.", "\"We will meet again,\" she said.");
        Assert.Equal("Anna Berg", result.With("We will meet again,").Speaker);
    }

    [Fact]
    public void Pronoun_without_antecedent_stays_null()
    {
        var s = Body("\"We will meet again,\" he said.").Single();
        Assert.Null(s.Speaker);
        Assert.Empty(Body("\"We will meet again,\" he said.").Extraction.Speakers);
    }

    [Fact]
    public void Russian_pronoun_takes_the_speaker_of_its_paragraph()
    {
        var result = Body("Иван Петров провел переговоры с Анной Берг.", "Берг сообщила, что визит прошел успешно. «Мы довольны», - сказала она.");
        Assert.Equal("Анна Берг", result.With("Мы довольны").Speaker);
    }

    [Fact]
    public void Several_speakers_in_one_paragraph()
    {
        var result = Body("Anna Berg met Ivan Petrov in Oslo.",
            "\"We agreed on fishing,\" Berg said. \"We did not agree on oil,\" Petrov replied.");
        Assert.Equal("Anna Berg", result.With("We agreed on fishing,").Speaker);
        Assert.Equal("Ivan Petrov", result.With("We did not agree on oil,").Speaker);
    }

    [Fact]
    public void Role_phrase_resolves_to_the_person_introduced_with_that_role()
    {
        var result = Body("Norwegian Foreign Minister Anna Berg met Finnish President Mika Lahti.",
            "\"The talks were useful,\" the Norwegian foreign minister stressed.",
            "\"I agree,\" the Finnish president said.");
        Assert.Equal("Anna Berg", result.With("The talks were useful,").Speaker);
        Assert.Equal("Mika Lahti", result.With("I agree,").Speaker);
        Assert.Contains("the Norwegian foreign minister", result.Speaker("Anna Berg").Aliases);
        Assert.Equal("Norwegian Foreign Minister", result.Speaker("Anna Berg").Role);
    }

    [Fact]
    public void Top_diplomat_means_the_foreign_minister()
    {
        var result = Body("Norwegian Foreign Minister Anna Berg arrived in Helsinki.", "According to the Norwegian top diplomat, the visit went well.");
        Assert.Equal("Anna Berg", result.Single().Speaker);
    }

    [Fact]
    public void Russian_role_phrase_across_cases_and_adjectives()
    {
        var result = Body("Президент Иван Петров встретился с главой МИД Японии Кэндзи Сато.",
            "«Мы подтвердили намерение продолжать переговоры», - добавил японский министр.");
        Assert.Equal("Кэндзи Сато", result.Single().Speaker);
    }

    [Fact]
    public void Spokesman_of_someone_is_the_spokesman()
    {
        var result = Body("The talks will go on, the president’s spokesman said.", "\"Nothing is decided yet,\" Lahti’s spokesman Olli Virtanen said.");
        Assert.All(result.Statements, s => Assert.Equal("Olli Virtanen", s.Speaker));
    }

    [Fact]
    public void Role_phrase_with_no_such_person_is_not_someone_else()
    {
        var s = Body("Anna Berg arrived.", "\"We are ready,\" the defence minister said.").Single();
        Assert.Equal("the defence minister", s.Speaker);
    }

    [Theory]
    [InlineData("\"We agreed to meet again,\" the sides said.", "the sides")]
    [InlineData("\"We agreed to meet again,\" both leaders said.", "both leaders")]
    [InlineData("«Мы договорились о новой встрече», - заявили стороны.", "стороны")]
    public void Collective_speakers_are_their_own_non_person_speakers(string paragraph, string name)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
        Assert.True(result.Speaker(name).IsCollective);
    }

    [Fact]
    public void Outlet_before_the_verb_yields_to_the_person_after_it()
    {
        var result = Body("Foreign Minister Anna Berg met the press.", "“We are ready,” TASS quotes Berg.");
        Assert.Equal("Anna Berg", result.Single().Speaker);
    }

    [Fact]
    public void Inflected_surname_in_english_text_finds_the_person()
    {
        var result = Body("Foreign Minister Ivan Petrov met the press.", "“We are ready,” RIA says Petrova.");
        Assert.Equal("Ivan Petrov", result.Single().Speaker);
    }
}

public class PronounAndRoleRefinementTests
{
    [Fact]
    public void She_skips_a_man_speaking_last()
    {
        var result = Body("Spokeswoman Maria Volkova met Foreign Minister Ivan Petrov.",
            "\"We disagree,\" Petrov said.",
            "Volkova said that talks would go on. \"We hope for progress,\" she said.",
            "\"Nothing is settled,\" Petrov added. \"We will wait,\" she said.");
        Assert.Equal("Maria Volkova", result.With("We will wait,").Speaker);
    }

    [Fact]
    public void Russian_ona_resolves_to_a_woman()
    {
        var result = Body("Официальный представитель МИД Мария Волкова выступила после министра Ивана Петрова.",
            "«Мы ждем ответа», - сказал Петров. По ее словам, ответа пока нет.");
        Assert.Equal("Мария Волкова", result.With("ответа пока нет").Speaker);
    }

    [Fact]
    public void The_minister_is_not_the_prime_minister()
    {
        var result = Body("Prime Minister Mika Lahti met Foreign Minister Anna Berg.", "\"We are ready,\" Lahti said.", "The minister added that the talks would continue.");
        Assert.Equal("Anna Berg", result.With("the talks would continue").Speaker);
    }

    [Theory]
    [InlineData("As Anna Berg said, the border will stay open.", "Anna Berg")]
    [InlineData("Как сообщил пресс-секретарь президента Иван Петров, граница останется открытой.", "Иван Петров")]
    public void Leading_as_clause_names_the_speaker(string paragraph, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(speaker, s.Speaker);
        Assert.Equal(Model.StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void Official_representative_is_a_role_phrase_after_the_verb()
    {
        var s = Body("«Это сложный вопрос», — отметила официальный представитель МИД Мария Волкова.").Single();
        Assert.Equal("Мария Волкова", s.Speaker);
    }

    [Fact]
    public void Feminine_surname_keeps_its_ending_in_the_speaker_name()
    {
        var result = Body("Мария Волкова заявила, что ответа нет.", "По словам Волковой, переговоры продолжатся.", "Волкова подчеркнула, что Москва ответит.");
        Assert.Equal("Мария Волкова", Assert.Single(result.Extraction.Speakers).Name);
    }
}

public class SubjectAndBodyTests
{
    [Theory]
    [InlineData("Norway's Foreign Ministry said in a statement that the drills were routine.", "Norway's Foreign Ministry")]
    [InlineData("The Kremlin said that no decision had been taken.", "Kremlin")]
    [InlineData("В Министерстве обороны заявили, что учения плановые.", "Министерство обороны")]
    public void A_body_speaks_as_a_non_person_speaker(string paragraph, string name)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
        Assert.True(result.Speaker(name).IsCollective);
    }

    [Fact]
    public void A_representative_of_a_body_is_a_role_not_the_body()
    {
        var s = Body("«Такой темы нет», - подчеркнул представитель Кремля.").Single();
        Assert.Equal("представитель Кремля", s.Speaker);
    }

    [Fact]
    public void Unnamed_groups_are_collective_speakers()
    {
        var result = Body("Analysts say a breakthrough is unlikely.");
        Assert.Equal("analysts", result.Single().Speaker);
        Assert.True(result.Speaker("analysts").IsCollective);
    }

    [Fact]
    public void An_aside_between_subject_and_verb_is_skipped()
    {
        var s = Body("Anna Berg, speaking at a forum in Bergen, said: \"We are ready.\"").Single();
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void An_adverbial_ending_in_a_name_is_not_the_subject()
    {
        var s = Body("Заместитель министра иностранных дел Игорь Волков в интервью агентству Интерфакс отметил, что Россия открыта к диалогу.").Single();
        Assert.Equal("Игорь Волков", s.Speaker);
        Assert.Equal("Заместитель министра иностранных дел", Assert.Single(Body("Заместитель министра иностранных дел Игорь Волков в интервью агентству Интерфакс отметил, что Россия открыта к диалогу.").Extraction.Speakers).Role);
    }
}

public class IntroducedQuoteTests
{
    [Theory]
    [InlineData("Ivan Petrov met Anna Berg on Monday. Afterwards Berg told reporters:", "\"We agreed on everything.\"", "Anna Berg")]
    [InlineData("Иван Петров встретился с Анной Берг. После встречи Берг заявила:", "«Мы договорились обо всем».", "Анна Берг")]
    public void A_cue_closing_a_paragraph_introduces_the_next_quote(string intro, string quote, string speaker)
    {
        var result = Body(intro, quote);
        Assert.Equal(speaker, result.Statements.Last().Speaker);
    }
}
