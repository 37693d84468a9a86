using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>Speakers introduced by what they do: role words before a name, and roles with no name at all.</summary>
public class RolePhraseTests
{
    [Theory]
    [InlineData("\"The pier is safe again, and the ferry left on time,\" harbour master Ellen Marsh told reporters.", "harbour master")]
    [InlineData("\"The pier is safe again, and the ferry left on time,\" harbour master Ellen Marsh said.", "harbour master")]
    [InlineData("\"The pier is safe again, and the ferry left on time,\" said city council member Ellen Marsh.", "city council member")]
    [InlineData("Senior economist Ellen Marsh said: \"The pier is safe again, and the ferry left on time.\"", "economist")]
    public void Lowercase_role_words_before_a_name_are_the_role(string paragraph, string role)
    {
        var result = Body(paragraph);
        var s = result.Single();
        Assert.Equal("Ellen Marsh", s.Speaker);
        Assert.Contains(role, result.Speaker("Ellen Marsh").Role);
    }

    [Fact]
    public void Russian_lowercase_role_before_a_name_is_the_role()
    {
        var result = Body("«Паром ушел вовремя», - сказал экономист Иван Петров.");
        Assert.Equal("Иван Петров", result.Single().Speaker);
        Assert.Equal("экономист", result.Speaker("Иван Петров").Role);
    }

    [Theory]
    [InlineData("Forecaster Anna Berg warned that heavy rain would reach the coast on Friday.", "Forecaster")]
    [InlineData("Economist Anna Berg said that prices would keep rising.", "Economist")]
    public void Capitalized_agent_noun_before_a_full_name_is_a_title(string paragraph, string role)
    {
        var result = Body(paragraph);
        Assert.Equal("Anna Berg", result.Single().Speaker);
        Assert.Equal(role, result.Speaker("Anna Berg").Role);
    }

    [Fact]
    public void Russian_capitalized_agent_noun_before_a_full_name_is_a_title()
    {
        var result = Body("Политолог Иван Петров заявил, что переговоры продолжатся.");
        Assert.Equal("Иван Петров", result.Single().Speaker);
    }

    [Fact]
    public void A_given_name_ending_like_an_agent_stays_in_the_name()
    {
        var result = Body("Peter Berg said that the ferry would run on Friday.");
        Assert.Equal("Peter Berg", result.Single().Speaker);
    }

    [Theory]
    [InlineData("\"The pier is safe again,\" the harbour master said.", "the harbour master")]
    [InlineData("\"The pier is safe again,\" said the harbour master.", "the harbour master")]
    [InlineData("\"The pier is safe again,\" said a spokeswoman for the ministry.", "a spokeswoman for the ministry")]
    [InlineData("\"The pier is safe again,\" a source in the government said.", "a source in the government")]
    public void Unresolved_role_phrase_speaks_as_itself(string paragraph, string speaker)
    {
        var result = Body("The ferry service resumed on Monday.", paragraph);
        var s = result.Single();
        Assert.Equal(speaker, s.Speaker);
        Assert.True(result.Speaker(speaker).IsCollective);
    }

    [Fact]
    public void Russian_unresolved_role_phrase_speaks_as_itself()
    {
        var result = Body("«Работы завершат в мае», - сообщил представитель ведомства.");
        Assert.Equal("представитель ведомства", result.Single().Speaker);
    }

    [Fact]
    public void Role_phrase_resolves_to_the_person_introduced_with_that_role()
    {
        var result = Body("Harbour spokeswoman Ellen Marsh met the press on Monday.", "\"The pier is safe again,\" the spokeswoman said.");
        Assert.Equal("Ellen Marsh", result.Single().Speaker);
    }

    [Fact]
    public void Quote_without_any_cue_in_a_sentence_keeps_no_speaker()
    {
        var result = Body("The ferry service resumed on Monday.", "\"The pier is safe again.\"");
        Assert.Null(result.Single().Speaker);
    }
}

public class AppositiveRoleTests
{
    [Fact]
    public void Role_after_the_name_between_commas_is_the_role()
    {
        var result = Body("Jane Roe, a senior economist at Nordic Bank, said the closure had cost local shops dearly.");
        Assert.Equal("Jane Roe", result.Single().Speaker);
        Assert.Equal("senior economist at Nordic Bank", result.Speaker("Jane Roe").Role);
    }

    [Fact]
    public void Russian_role_after_the_name_between_commas_is_the_role()
    {
        var result = Body("Иван Сидоров, экономист банка, сказал, что цены вырастут.");
        Assert.Equal("Иван Сидоров", result.Single().Speaker);
        Assert.Equal("экономист банка", result.Speaker("Иван Сидоров").Role);
    }

    [Fact]
    public void A_list_of_names_gives_no_role()
    {
        var result = Body("Jane Roe, John Smith and Ellen Marsh said the closure had cost local shops dearly.");
        Assert.All(result.Extraction.Speakers, s => Assert.Null(s.Role));
    }
}

public class RoleWordingTests
{
    [Fact]
    public void Role_after_a_name_that_ends_the_sentence_is_the_role()
    {
        var result = Body("\"We have never seen waves like this,\" said Karl Jensen, the port's operations manager.");
        Assert.Equal("Karl Jensen", result.Single().Speaker);
        Assert.Equal("port's operations manager", result.Speaker("Karl Jensen").Role);
    }

    [Fact]
    public void Lowercase_words_before_a_role_belong_to_it()
    {
        var result = Body("The storm reached the coast at night.", "\"It's a dangerous situation,\" a police spokesman told the local newspaper.");
        Assert.Equal("a police spokesman", result.Single().Speaker);
    }

    [Fact]
    public void Body_with_lowercase_words_before_it_speaks_as_itself()
    {
        var result = Body("The coast guard said it had rescued two fishermen overnight.");
        Assert.Equal("the coast guard", result.Single().Speaker);
        Assert.True(result.Speaker("the coast guard").IsCollective);
    }

    [Fact]
    public void Sentence_initial_capital_before_a_lowercase_role_is_part_of_the_role()
    {
        var result = Body("Local resident Mary Olsen, 64, said she had lost power for two days.");
        Assert.Equal("Mary Olsen", result.Single().Speaker);
        Assert.Equal("Local resident", result.Speaker("Mary Olsen").Role);
    }

    [Theory]
    [InlineData("«Мы никогда не видели таких волн», - рассказал начальник порта Карл Йенсен.", "Карл Йенсен", "начальник порта")]
    [InlineData("«Люди остались одни», - заявил лидер профсоюза Пер Даль.", "Пер Даль", "лидер профсоюза")]
    public void Russian_role_with_its_genitive_owner_before_a_name(string paragraph, string name, string role)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
        Assert.Equal(role, result.Speaker(name).Role);
    }

    [Fact]
    public void Russian_sentence_initial_adjective_belongs_to_the_role()
    {
        var result = Body("Местная жительница Мария Ольсен рассказала, что два дня сидит без света.");
        Assert.Equal("Мария Ольсен", result.Single().Speaker);
        Assert.Equal("Местная жительница", result.Speaker("Мария Ольсен").Role);
    }

    [Fact]
    public void A_capitalized_name_after_a_verb_is_not_a_role()
    {
        var result = Body("Anna Berg met Ivan Petrov in Oslo.", "\"We agreed,\" Berg said.");
        Assert.Null(result.Speaker("Anna Berg").Role);
    }
}

public class UnnamedSourceTests
{
    [Theory]
    [InlineData("Как сообщил ИТАР источник в министерстве, переговоры продолжатся в мае.", "источник в министерстве")]
    [InlineData("Как сообщил источник в правительстве РФ, переговоры продолжатся в мае.", "источник в правительстве РФ")]
    public void Russian_as_clause_with_an_unnamed_source_after_the_outlet(string paragraph, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("переговоры продолжатся в мае", s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Fact]
    public void As_clause_with_a_name_after_an_outlet_names_the_person()
    {
        var s = Body("Как сообщил ИТАР Иван Петров, переговоры продолжатся в мае.").Single();
        Assert.Equal("Иван Петров", s.Speaker);
    }
}

public class RoleNegativeTests
{
    [Fact]
    public void A_noun_before_a_comma_is_not_the_role_of_the_name_after_it()
    {
        var result = Body("Under the new order, Peter Berg will lead the department. Berg said the first buses would arrive in May.");
        Assert.Equal("Peter Berg", result.Single().Speaker);
        Assert.Null(result.Speaker("Peter Berg").Role);
    }

    [Fact]
    public void A_quoted_term_in_the_writers_sentence_is_no_statement()
    {
        Assert.Empty(Body("The so-called \"green plan\" will cost the city about 5 million euros.").Statements);
    }
}

public class ParagraphRunTests
{
    [Fact]
    public void Quote_running_over_paragraphs_takes_the_cue_where_it_closes()
    {
        var result = Body("Tom Hill defended the plan on Monday.",
            "\"We have waited ten years for this.",
            "\"Nobody else will fix it for us.",
            "\"So we will do it ourselves,\" Hill said.");
        Assert.All(result.Statements, s => Assert.Equal("Tom Hill", s.Speaker));
        Assert.Equal(3, result.Statements.Count);
    }

    [Fact]
    public void Russian_quote_running_over_paragraphs_takes_the_cue_where_it_closes()
    {
        var result = Body("Иван Петров защитил план в понедельник.",
            "«Мы ждали этого десять лет.",
            "«Никто не сделает это за нас», - сказал Петров.");
        Assert.All(result.Statements, s => Assert.Equal("Иван Петров", s.Speaker));
        Assert.Equal(2, result.Statements.Count);
    }

    [Fact]
    public void A_closed_quote_does_not_take_the_next_paragraphs_speaker()
    {
        var result = Body("Tom Hill and Anna Berg met on Monday.",
            "\"We have waited ten years for this.\"",
            "\"Nobody else will fix it,\" Berg said.");
        Assert.Null(result.With("We have waited ten years for this.").Speaker);
    }
}

public class AffiliationTests
{
    [Theory]
    [InlineData("Analyst Jonas Ek of Baltic Securities said the cuts were expected.")]
    [InlineData("Jonas Ek at Baltic Securities said the cuts were expected.")]
    public void The_place_after_a_name_is_not_the_speaker(string paragraph)
    {
        var result = Body(paragraph);
        Assert.Equal("Jonas Ek", result.Single().Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name == "Baltic Securities");
    }
}

public class ToldListenerTests
{
    [Theory]
    [InlineData("Lena Sund told Reuters the airline had no choice.", "the airline had no choice")]
    [InlineData("Lena Sund told reporters she would stay until May.", "she would stay until May")]
    public void Told_and_a_listener_then_a_clause_without_that(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal("Lena Sund", s.Speaker);
    }

    [Fact]
    public void Told_a_listener_about_something_is_no_clause()
    {
        Assert.Empty(Body("Lena Sund told reporters about the new routes.").Statements);
    }
}

public class BodyAcronymTests
{
    [Fact]
    public void A_body_followed_by_its_acronym_speaks_under_both()
    {
        var s = Body("The Danish ferry operators association DFO estimated that the storm had cost its members 3 million euros.").Single();
        Assert.Equal("the storm had cost its members 3 million euros", s.Text);
        Assert.EndsWith("DFO", s.Speaker);
    }
}

public class PutItTests
{
    [Fact]
    public void As_someone_put_it_is_a_cue()
    {
        var result = Body("The sea still rules the island, and as one old fisherman put it to me, \"the weather decides everything.\"");
        var s = result.Single();
        Assert.Equal("the weather decides everything.", s.Text);
        Assert.Contains("fisherman", s.Speaker);
    }
}

public class RoleLabelTests
{
    [Fact]
    public void A_role_opening_a_sentence_is_labelled_in_lower_case()
    {
        var s = Body("Представитель подрядчика сообщил, что работы завершат в мае.").Single();
        Assert.Equal("представитель подрядчика", s.Speaker);
    }
}

public class UnnamedOfficialTests
{
    [Fact]
    public void Clause_before_a_named_aside_is_not_what_was_told()
    {
        var s = Body("The head of the delegation, Pavel Orlov, told reporters that a compromise was still possible.").Single();
        Assert.Equal("a compromise was still possible", s.Text);
        Assert.Equal("Pavel Orlov", s.Speaker);
    }

    [Theory]
    [InlineData("\"Nobody wants a quota war,\" a senior Norwegian official said.", "a senior Norwegian official")]
    [InlineData("«Никто не хочет войны», - сказал высокопоставленный норвежский чиновник.", "высокопоставленный норвежский чиновник")]
    public void Unnamed_official_with_a_country_speaks_as_itself(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Body(paragraph).Single().Speaker);
    }

    [Fact]
    public void Body_name_before_a_lowercase_role_and_a_name_qualifies_the_role()
    {
        var result = Body("\"The science is clear,\" said Greenpeace campaigner Tom Ness.");
        Assert.Equal("Tom Ness", result.Single().Speaker);
        Assert.Equal("Greenpeace campaigner", result.Speaker("Tom Ness").Role);
    }
}

public class PluralAgentTests
{
    [Theory]
    [InlineData("Talks on fishing quotas ended without a deal on Friday, negotiators said.", "negotiators")]
    [InlineData("Environmental groups warned that cod stocks were falling.", "environmental groups")]
    [InlineData("Fishermen in Hammerfest said they feared for their jobs.", "fishermen")]
    [InlineData("Рыбаки в Хаммерфесте заявили, что опасаются за свою работу.", "рыбаки")]
    public void People_known_by_what_they_do_speak_as_a_group(string paragraph, string speaker)
    {
        var result = Body(paragraph);
        Assert.Equal(speaker, result.Single().Speaker);
        Assert.True(result.Speaker(speaker).IsCollective);
    }

    [Fact]
    public void A_surname_ending_like_a_plural_stays_a_person()
    {
        var result = Body("Anna Sanders met the fishermen on Monday.", "Sanders said the quotas would stay.");
        Assert.Equal("Anna Sanders", result.Single().Speaker);
    }
}

public class RussianRoleCaseTests
{
    [Fact]
    public void Oblique_role_with_a_preposition_before_a_name()
    {
        var s = Body("По словам председателя комитета по транспорту Ольги Козловой, расходы вырастут на 10%.").Single();
        Assert.Equal("расходы вырастут на 10%", s.Text);
        Assert.Equal("Ольга Козлова", s.Speaker);
    }

    [Fact]
    public void Lawmaker_with_his_faction_before_a_name()
    {
        var result = Body("«Денег на дороги не хватит», - считает депутат от оппозиции Петр Лебедев.");
        Assert.Equal("Петр Лебедев", result.Single().Speaker);
        Assert.Equal("депутат от оппозиции", result.Speaker("Петр Лебедев").Role);
    }

    [Theory]
    [InlineData("Как пояснили в мэрии, ремонт начнется весной.", "мэрия")]
    [InlineData("Ремонт начнется весной, сообщили в пресс-службе компании.", "пресс-служба компании")]
    public void Body_where_it_was_said_speaks(string paragraph, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("ремонт начнется весной", s.Text.ToLowerInvariant());
        Assert.Equal(speaker, s.Speaker);
    }
}

public class RoleBeforeVerbTests
{
    [Theory]
    [InlineData("City council member Jane Roe said the pier would reopen in May.", "Jane Roe", "City council member")]
    [InlineData("The vote was close, city council member Jane Roe said.", "Jane Roe", "city council member")]
    [InlineData("Пресс-секретарь губернатора Иван Сидоров сказал, что причал откроют в мае.", "Иван Сидоров", "Пресс-секретарь губернатора")]
    public void Role_words_before_a_name_before_the_verb(string paragraph, string name, string role)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
        Assert.Equal(role, result.Speaker(name).Role);
    }
}

public class ChiefTests
{
    [Fact]
    public void Lowercase_words_before_a_lowercase_role_head_belong_to_the_role()
    {
        var result = Body("\"The fire is moving very fast,\" fire chief Miguel Torres told local television. \"Follow the orders.\"");
        Assert.All(result.Statements, s => Assert.Equal("Miguel Torres", s.Speaker));
        Assert.Equal(2, result.Statements.Count);
        Assert.Equal("fire chief", result.Speaker("Miguel Torres").Role);
    }

    [Fact]
    public void Chief_executive_is_a_role()
    {
        var result = Body("Chief executive Lena Sund said the airline had no choice.");
        Assert.Equal("Lena Sund", result.Single().Speaker);
        Assert.Equal("Chief executive", result.Speaker("Lena Sund").Role);
    }
}

public class SourcePhraseRoleTests
{
    [Fact]
    public void Words_of_a_source_phrase_are_not_part_of_the_role()
    {
        var result = Body("По словам министра транспорта Ольги Козловой, ремонт начнется весной.");
        Assert.Equal("Ольга Козлова", result.Single().Speaker);
        Assert.Equal("министр транспорта", result.Speaker("Ольга Козлова").Role);
    }
}

public class AffiliationWithArticleTests
{
    [Fact]
    public void The_place_after_of_the_is_not_the_speaker()
    {
        var s = Body("Jonas Ek of the Nordic Bank said the cuts were expected.").Single();
        Assert.Equal("Jonas Ek", s.Speaker);
    }
}

public class AppositionDetailTests
{
    [Fact]
    public void Age_before_the_role_and_a_relative_clause_after_it()
    {
        var result = Body("Maria Lopez, 52, a teacher who fled with her two children, said she had only minutes to pack.");
        Assert.Equal("Maria Lopez", result.Single().Speaker);
        Assert.Equal("teacher", result.Speaker("Maria Lopez").Role);
    }
}
