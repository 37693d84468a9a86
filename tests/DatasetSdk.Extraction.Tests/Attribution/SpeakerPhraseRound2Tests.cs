using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>Speaker phrases of the second English round: apposed names, colon leads, qualified sources, owners of documents.</summary>
public class SpeakerPhraseRound2Tests
{
    [Fact]
    public void Name_apposed_after_a_possessive_description_speaks()
    {
        var result = Body("Ben Hale runs the print shop.", "\u201cWe print every order,\u201d says Hale\u2019s business partner, Sam Ortiz. \u201cEven one copy.\u201d");
        Assert.Equal("Sam Ortiz", result.With("We print every order,").Speaker);
    }

    [Fact]
    public void Description_without_an_apposed_name_is_no_apposition()
    {
        var result = Body("Ben Hale runs the print shop.", "\u201cWe print every order,\u201d says Hale\u2019s business partner, who joined in May.");
        Assert.NotEqual("Sam Ortiz", result.With("We print every order,").Speaker);
    }

    [Fact]
    public void Subject_of_a_sentence_closed_by_a_colon_speaks_the_quote()
    {
        var result = Body("Harbour master Tom Olsen inspected the pier.", "Olsen, who has worked there for years, is more blunt: \u201cThe pier is unsafe.\u201d");
        Assert.Equal("Tom Olsen", result.With("The pier is unsafe.").Speaker);
    }

    [Fact]
    public void A_lone_capitalized_noun_before_a_colon_is_no_speaker()
    {
        var result = Body("The board met on Monday.", "Governance was lax: \u201cThe rules were ignored.\u201d");
        Assert.NotEqual("Governance", result.With("The rules were ignored.").Speaker);
    }

    [Fact]
    public void Unnamed_source_keeps_what_it_is_familiar_with()
    {
        var result = Body("The talks went on.", "The deal is close, according to a person familiar with the talks but not authorized to speak.");
        Assert.Equal("a person familiar with the talks", result.With("The deal is close").Speaker);
    }

    [Fact]
    public void Pronoun_skips_a_name_that_is_a_place()
    {
        var result = Body("Tom Berg was the keynote speaker.", "In a speech at Westfield University, he said the plan works.");
        Assert.Equal("Tom Berg", result.With("the plan works").Speaker);
    }

    [Fact]
    public void The_company_is_the_name_written_after_company()
    {
        var result = Body("Ad spending fell, according to media company Brightline.", "Prices will rise next year, the company said.");
        Assert.Equal("Brightline", result.With("Prices will rise next year").Speaker);
    }

    [Fact]
    public void Statement_from_a_body_speaks_for_the_body()
    {
        var result = Body("The detentions drew criticism.", "A statement from the EU said, \u201cWe are deeply concerned.\u201d");
        Assert.Contains("EU", result.With("We are deeply concerned.").Speaker);
    }
}
