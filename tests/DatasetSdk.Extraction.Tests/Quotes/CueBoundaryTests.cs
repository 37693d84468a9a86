using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>Where an English speech verb's report starts and ends: what after the verb is a clause, what before it is none.</summary>
public class CueBoundaryTests
{
    [Fact]
    public void A_that_after_where_it_was_said_belongs_to_the_verb_not_to_the_name_before_the_comma()
    {
        var s = Body("Peter Hall, senior analyst at Northgate, stated in the firm’s annual report that most losses came from one region.").Single();
        Assert.Equal("most losses came from one region", s.Text);
        Assert.Equal("Peter Hall", s.Speaker);
    }

    [Fact]
    public void A_verb_with_its_object_after_it_reports_nothing_before_the_comma()
    {
        Assert.DoesNotContain(Body("After the storm passed, Mayor Ruth Lind urged residents to stay indoors.").Statements, s => s.Text == "After the storm passed");
    }

    [Fact]
    public void An_object_verb_ending_the_sentence_still_reports_the_clause_before_it()
    {
        var s = Body("Residents should stay indoors tonight, Mayor Ruth Lind urged.").Single();
        Assert.Equal("Residents should stay indoors tonight", s.Text);
    }

    [Theory]
    [InlineData("The northern ferry will close for two weeks, an official said Monday.", "The northern ferry will close for two weeks")]
    [InlineData("The northern ferry will close for two weeks, Anna Berg said late Friday.", "The northern ferry will close for two weeks")]
    public void A_weekday_after_the_cue_keeps_the_clause_before_it(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Fact]
    public void A_clause_after_the_cue_is_read_instead_of_the_words_before_the_comma()
    {
        var s = Body("Chief clerk of the board, Maria Olsen, said Monday the council would vote in May.").Single();
        Assert.Equal("the council would vote in May", s.Text);
    }

    [Theory]
    [InlineData("Anna Berg said in her budget speech she was ready to cut the fuel tax.", "she was ready to cut the fuel tax")]
    [InlineData("Anna Berg said at the meeting they were close to a deal.", "they were close to a deal")]
    public void A_pronoun_clause_after_where_it_was_said_is_reported(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Fact]
    public void A_place_after_said_is_no_clause()
    {
        var s = Body("“We never planned to leave,” Anna Berg said inside her shop near the old harbour.").Single();
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Theory]
    [InlineData("Repairs cost more than the agency says they do and will take years.")]
    [InlineData("The debt is higher than the council reports say it is, critics fear.")]
    public void A_comparison_with_what_someone_says_is_no_report(string paragraph)
    {
        Assert.DoesNotContain(Body(paragraph).Statements, s => s.Text.StartsWith("they do") || s.Text.StartsWith("it is"));
    }

    [Fact]
    public void A_speech_verb_form_inside_a_name_is_no_verb()
    {
        var s = Body("Most ferry deaths in the United States involve a storm, according to the coast guard.").Single();
        Assert.Equal("Most ferry deaths in the United States involve a storm", s.Text);
    }

    [Fact]
    public void The_same_form_in_lower_case_is_still_a_verb()
    {
        var s = Body("The coast guard states that most ferry deaths involve a storm.").Single();
        Assert.Equal("most ferry deaths involve a storm", s.Text);
    }
}
