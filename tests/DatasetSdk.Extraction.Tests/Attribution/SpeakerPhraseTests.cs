using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>Speaker phrases beside a quote that are more than a name: asides, descriptions, appositions.</summary>
public class SpeakerPhraseTests
{
    [Fact]
    public void Aside_between_the_name_and_the_verb()
    {
        var result = Body("Energy prices rose again.", "\u201cThe market may change quickly,\u201d Peter Olsen, a leading energy analyst in Oslo, said about the new rules. \u201cNobody is ready.\u201d");
        Assert.Equal("Peter Olsen", result.With("The market may change quickly,").Speaker);
        Assert.Equal("Peter Olsen", result.With("Nobody is ready.").Speaker);
    }

    [Fact]
    public void Description_written_before_the_name_before_the_verb()
    {
        var result = Body("A rally is planned.", "\u201cIt matters to everyone who lives here,\u201d Lakeside Trust volunteer coordinator Ann Hobbs said.");
        Assert.Equal("Ann Hobbs", result.With("It matters to everyone who lives here,").Speaker);
    }

    [Fact]
    public void Passive_quoted_as_saying_names_its_speaker()
    {
        var result = Body("Mayor Doug Hale spoke on Monday.", "\u201cThe debt is too high,\u201d he was quoted as saying in the release. \u201cWe must act.\u201d");
        Assert.Equal("Doug Hale", result.With("The debt is too high,").Speaker);
        Assert.Equal("Doug Hale", result.With("We must act.").Speaker);
    }

    [Fact]
    public void Relative_clause_aside_before_the_verb_of_reported_speech()
    {
        var result = Body("Shop owner Peter Olsen has sold comics for years.", "For his part, Olsen, who still runs the shop, said he would stay open next year.");
        Assert.Equal("Peter Olsen", result.With("he would stay open next year").Speaker);
    }

    [Fact]
    public void Full_name_set_off_after_a_description()
    {
        var result = Body("The bill stalled.", "One rural senator, Ohio Sen. Mark Tilden, said Sunday that the plan was dead.");
        Assert.Equal("Mark Tilden", result.With("the plan was dead").Speaker);
    }

    [Fact]
    public void Name_followed_by_a_clause_keeps_the_name()
    {
        var result = Body("Tom Berg coached the team for ten years.", "\u201cWe are ready,\u201d said Berg, who met Anna Lind on Monday.");
        Assert.Equal("Tom Berg", result.With("We are ready,").Speaker);
    }

    [Fact]
    public void It_after_a_quote_is_the_body_just_named()
    {
        var result = Body("The Transport Ministry released a statement on Tuesday.", "\u201cOur thoughts are with the families,\u201d it said.");
        Assert.Contains("Transport Ministry", result.With("Our thoughts are with the families,").Speaker);
    }

    [Fact]
    public void It_with_no_body_named_has_no_speaker()
    {
        var result = Body("The weather turned cold.", "\u201cNobody expected this,\u201d it said.");
        Assert.Null(result.With("Nobody expected this,").Speaker);
    }

    [Fact]
    public void Quote_handed_to_an_unreadable_speaker_phrase_is_kept()
    {
        var result = Body("The shop closed.", "\u201cWe will not give up,\u201d the tired but cheerful owner of the shop on the corner of the square said.");
        Assert.Equal(StatementKind.Direct, result.With("We will not give up,").Kind);
    }

    [Fact]
    public void Quoted_term_running_on_into_the_sentence_is_no_statement()
    {
        var result = Body("\u201cStop the cuts\u201d and other slogans filled the square as marchers said little.");
        Assert.DoesNotContain(result.Statements, s => s.Text.StartsWith("Stop the cuts"));
    }

    [Theory]
    [InlineData("Retiree Peter Olsen, who lost 16 pounds last year, says the program changed his life.")]
    [InlineData("Librarian Peter Olsen says the program changed his life.")]
    public void A_capitalized_occupation_before_a_full_name_is_a_role_not_a_name(string sentence)
    {
        var result = Body(sentence);
        Assert.Equal("Peter Olsen", result.Single().Speaker);
    }

    [Fact]
    public void A_given_name_ending_like_an_agent_stays_a_name()
    {
        // Negative: "Renee" ends in -ee but is too short to be a title.
        Assert.Equal("Renee Olsen", Body("Renee Olsen says the program changed her life.").Single().Speaker);
    }
}
