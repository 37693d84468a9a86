using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class ClauseRuleTests
{
    [Fact]
    public void Apposition_names_the_person_a_role_describes()
    {
        var s = Body("The ministry's spokeswoman, Anna Berg, said the talks had ended late on Monday.").Single();
        Assert.Equal("the talks had ended late on Monday", s.Text);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void The_listener_after_told_is_not_the_speaker()
    {
        var result = Body("Spokeswoman Anna Berg met the press.", "Asked about the delay, she told Reuters: \"Nothing is decided.\"");
        Assert.Equal("Anna Berg", result.Single().Speaker);
    }

    [Fact]
    public void That_after_a_comma_is_a_relative_clause()
    {
        var result = Body("The border will reopen in April, Anna Berg said on Tuesday, ending a dispute that lasted two years.");
        Assert.Equal("The border will reopen in April", result.Single().Text);
    }

    [Theory]
    [InlineData("Anna Berg said that the border would reopen, and that trade would follow \"at a later stage\".", "the border would reopen")]
    [InlineData("Иван Петров заявил, что граница откроется, и что торговля последует \"на более позднем этапе\".", "граница откроется")]
    public void Coordinated_that_clauses_are_two_statements(string paragraph, string first)
    {
        var result = Body(paragraph);
        Assert.Equal(first, result.Statements[0].Text);
        Assert.Equal(StatementKind.Indirect, result.Statements[0].Kind);
        Assert.Equal(StatementKind.Partial, result.Statements[1].Kind);
    }

    [Fact]
    public void Ob_etom_points_back_to_the_sentence_before()
    {
        var s = Body("МОСКВА, 3 марта. /ТАСС/. Граница откроется в апреле. Об этом журналистам сообщил министр транспорта Иван Петров.").Single();
        Assert.Equal("Граница откроется в апреле", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void Source_phrase_before_a_quoted_fragment_gives_the_clause_and_the_fragment()
    {
        var result = Body("Министр Иван Петров выступил в Москве.", "По словам Петрова, график министра «очень плотный».");
        var s = result.With("очень плотный");
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("Иван Петров", s.Speaker);
        Assert.Equal(StatementKind.Indirect, result.With("график министра «очень плотный»").Kind);
        Assert.Equal(2, result.Statements.Count);
    }

    [Fact]
    public void A_pronoun_without_a_speaker_in_its_paragraph_takes_the_person_the_paragraph_opens_with()
    {
        var result = Body("\"We disagree,\" Ivan Petrov said.", "The sharpest words came from Anna Berg, an economist from Oslo. \"Nobody will win this,\" she said.");
        Assert.Equal("Anna Berg", result.With("Nobody will win this,").Speaker);
    }

    [Fact]
    public void A_lone_capitalized_modifier_after_the_is_no_speaker()
    {
        var result = Body("The Finnish road association said that the closure had cost millions.");
        Assert.DoesNotContain(result.Statements, s => s.Speaker == "Finnish");
    }

    [Theory]
    [InlineData("Foreign Minister of Norway Ingrid Berg said that the border would reopen.", "Ingrid Berg")]
    [InlineData("Министр иностранных дел Норвегии Ингрид Берг заявила, что граница откроется.", "Ингрид Берг")]
    [InlineData("Губернатор Мурманской области Андрей Клименко заявил, что граница откроется.", "Андрей Клименко")]
    public void Place_words_belong_to_the_role_not_the_name(string paragraph, string name)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
        Assert.NotNull(result.Speaker(name).Role);
    }

    [Theory]
    [InlineData("Титовой", "Титова")]
    [InlineData("Ольги", "Ольга")]
    public void Feminine_oblique_forms(string form, string nominative)
    {
        Assert.Equal(nominative, NameForms.Nominative(form));
    }

    [Fact]
    public void Feminine_and_masculine_forms_share_a_surname_key()
    {
        Assert.Equal(NameForms.Key("Волковой"), NameForms.Key("Volkova"));
        Assert.Equal(NameForms.Key("Волкова"), NameForms.Key("Волков"));
    }
}

public class InversionTests
{
    [Fact]
    public void The_audience_after_told_is_not_the_speaker()
    {
        var s = Body("\"We are ready to discuss everything,\" Berg told the Northern Economic Forum in Bergen.").Single();
        Assert.Equal("Berg", s.Speaker);
    }

    [Fact]
    public void Said_he_with_a_clause_is_not_an_inverted_cue()
    {
        var s = Body("Prime Minister Mika Lahti, who attended the forum, said he hoped for progress.").Single();
        Assert.Equal("he hoped for progress", s.Text);
        Assert.Equal("Mika Lahti", s.Speaker);
    }

    [Fact]
    public void Russian_inverted_pronoun_after_a_dash_is_a_cue()
    {
        var result = Body("Иван Петров провел переговоры.", "Переговоры прошли успешно, - заявил он.");
        Assert.Equal("Иван Петров", result.With("Переговоры прошли успешно").Speaker);
    }
}

public class AdverbialQuoteTests
{
    [Theory]
    [InlineData("Anna Berg said that Oslo would keep the commission alive \"as long as the other side shows up\".", "Oslo would keep the commission alive", "as long as the other side shows up")]
    [InlineData("Иван Петров заявил, что комиссия продолжит работу \"если другая сторона придет\".", "комиссия продолжит работу", "если другая сторона придет")]
    public void A_quote_opening_an_adverbial_clause_leaves_the_reported_clause_complete(string paragraph, string clause, string fragment)
    {
        var result = Body(paragraph);
        Assert.Equal(StatementKind.Indirect, result.With(clause).Kind);
        Assert.Equal(StatementKind.Partial, result.With(fragment).Kind);
    }

    [Fact]
    public void A_quote_completing_the_clause_is_a_partial_beside_the_clause()
    {
        var result = Body("Anna Berg said that the talks were \"a real step forward\".");
        Assert.Equal(StatementKind.Partial, result.With("a real step forward").Kind);
        Assert.Equal(StatementKind.Indirect, result.With("the talks were \"a real step forward\"").Kind);
    }

    [Fact]
    public void A_quote_right_after_a_name_carries_the_predicate_and_stands_alone()
    {
        var result = Body("Anna Berg said that Oslo \"will never give up the northern fishing grounds\".");
        Assert.Equal("will never give up the northern fishing grounds", result.Single().Text);
    }
}
