using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class PartialQuoteTests
{
    [Fact]
    public void Fragment_inside_the_writers_sentence_with_a_cue_is_partial()
    {
        var result = Body("Anna Berg said the talks had gone \"better than anyone expected\" on Monday.");
        var s = result.With("better than anyone expected");
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void Russian_fragment_after_a_that_clause_is_partial_and_the_clause_indirect()
    {
        var result = Body("Иван Петров считает, что торговля развивается \"в целом успешно\".");
        var s = result.With("в целом успешно");
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("Иван Петров", s.Speaker);
        Assert.Equal(StatementKind.Indirect, result.With("торговля развивается \"в целом успешно\"").Kind);
    }

    [Fact]
    public void Fragment_with_the_cue_after_it_is_partial()
    {
        var result = Body("The two ministers \"spoke about trade and about fishing quotas,\" Anna Berg said.");
        var s = result.With("spoke about trade and about fishing quotas,");
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Theory]
    [InlineData("The so-called \"Peace Treaty\" has never been signed.")]
    [InlineData("Anna Berg said she would attend the \"Northern Forum\" in May.")]
    [InlineData("Delegates discussed the \"green corridor\" plan at length.")]
    [InlineData("Депутаты обсудили так называемый \"зеленый коридор\" вчера.")]
    public void Scare_quotes_are_not_statements(string paragraph)
    {
        var result = Body(paragraph);
        Assert.DoesNotContain(result.Statements, s => s.Kind is StatementKind.Partial or StatementKind.Direct);
    }

    [Fact]
    public void Quoted_title_at_the_start_of_a_sentence_is_not_a_statement()
    {
        var result = Body("\"Northern Lights\" opened the festival on Friday.");
        Assert.Empty(result.Statements);
    }
}

public class PartialQuoteEdgeTests
{
    [Fact]
    public void Two_word_fragment_ending_the_reported_sentence_is_partial()
    {
        var result = Body("Anna Berg said the proposal was \"absolutely unacceptable\".");
        Assert.Equal(StatementKind.Partial, result.With("absolutely unacceptable").Kind);
        Assert.Equal(StatementKind.Indirect, result.With("the proposal was \"absolutely unacceptable\"").Kind);
    }

    [Fact]
    public void Two_word_term_inside_the_sentence_is_a_scare_quote()
    {
        Assert.DoesNotContain(Body("Anna Berg said the \"green corridor\" would open in May.").Statements, s => s.Kind == StatementKind.Partial);
    }

    [Fact]
    public void A_participle_before_a_cue_that_introduces_a_quote_is_not_reported_speech()
    {
        var result = Body("Asked about the sanctions, Anna Berg said: \"Our position is well known.\"");
        var s = result.Single();
        Assert.Equal("Our position is well known.", s.Text);
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void Accusing_someone_with_a_quoted_phrase_is_a_partial_quote()
    {
        var en = Body("Councillor Ruth Abbott spoke on Monday. She accused the council of treating the town \u201clike a car park for the city\u201d.");
        var s = en.With("like a car park for the city");
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal("Ruth Abbott", s.Speaker);
        var ru = Body("Депутат Ольга Рыбина обвинила мэрию в «полном равнодушии к жителям».");
        Assert.Equal("Ольга Рыбина", ru.With("полном равнодушии к жителям").Speaker);
    }

    [Fact]
    public void A_possessive_name_before_a_role_is_its_owner_not_the_speaker()
    {
        var result = Body("Greenfield Party\u2019s member for the district, Ruth Abbott, went further. She accused the council of treating the town \u201clike a car park for the city\u201d.");
        Assert.Equal("Ruth Abbott", result.With("like a car park for the city").Speaker);
    }

    [Fact]
    public void A_quote_far_after_accused_is_not_a_label()
    {
        var result = Body("Ruth Abbott accused the council of ignoring the residents of the old harbour district, which locals call \u201cthe Hole\u201d.");
        Assert.DoesNotContain(result.Statements, st => st.Text == "the Hole" && st.Speaker == "Ruth Abbott");
    }

    [Fact]
    public void A_parenthetical_as_clause_names_the_speaker_of_a_partial_quote()
    {
        var ru = Body("Дорогу чинили в прошлом году, но, как признали в мэрии, до обочин тогда «руки не дошли».");
        Assert.Contains("мэри", ru.With("руки не дошли").Speaker);
        var en = Body("The road was repaired last year, but, as the council admitted, the verges were \u201csimply forgotten about\u201d.");
        Assert.Contains("council", en.With("simply forgotten about").Speaker);
    }

    [Fact]
    public void Without_as_the_sentence_subject_keeps_the_partial_quote()
    {
        var result = Body("Mayor Tom Reed admitted on Monday that the verges were \u201csimply forgotten about\u201d.");
        Assert.Equal("Tom Reed", result.With("simply forgotten about").Speaker);
    }
}
