using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>English statements the cue reader used to drop: structures around a speech verb, not vocabulary.</summary>
public class RecallRuleTests
{
    [Theory]
    [InlineData("“The crossing has been closed for too long,” then-council candidate Mary Poole responded at a debate.", "The crossing has been closed for too long,")]
    [InlineData("“We will keep the tolls low for everyone,” the transport agency said in a statement.", "We will keep the tolls low for everyone,")]
    [InlineData("“Nobody expected the steel so early,” the tall, soft-spoken engineer said.", "Nobody expected the steel so early,")]
    public void A_quote_with_a_speech_verb_after_it_is_kept_whatever_stands_before_the_verb(string paragraph, string quote)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(quote, s.Text);
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void A_reporting_phrase_after_a_quote_names_its_source()
    {
        var s = Body("“The ward is full every night,” according to Dr. Lena Marsh, a nurse at the clinic.").Single();
        Assert.Equal("The ward is full every night,", s.Text);
        Assert.Equal("Lena Marsh", s.Speaker);
    }

    [Theory]
    [InlineData("The “green corridor” routes that the ministry said would open are still closed.")]
    [InlineData("“Green corridor” routes, the ministry said, will open in May.")]
    public void A_quoted_term_followed_by_the_writers_sentence_is_no_statement(string paragraph)
    {
        Assert.DoesNotContain(Body(paragraph).Statements, s => s.Kind == StatementKind.Direct);
    }

    [Theory]
    [InlineData("The old pier will be torn down next year, according to the city.", "The old pier will be torn down next year", "the city")]
    [InlineData("According to preliminary findings, most riders prefer the night bus.", "most riders prefer the night bus", null)]
    [InlineData("The crews will work every weekend, according to the union’s latest release.", "The crews will work every weekend", "the union")]
    public void According_to_an_unnamed_source_or_document_reports_the_clause(string paragraph, string clause, string? speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal(speaker, s.Speaker);
    }

    [Theory]
    [InlineData("The repairs went ahead according to plan, and the road reopened in May.")]
    [InlineData("According to the rules, the road must close at night.")]
    public void According_to_a_standard_reports_nothing(string paragraph)
    {
        Assert.Empty(Body(paragraph).Statements);
    }

    [Theory]
    [InlineData("Hart said the ferry had been “a lifeline for the whole island” for decades.", "the ferry had been “a lifeline for the whole island” for decades", "a lifeline for the whole island")]
    [InlineData("The crossing lasted a “very long and cold time,” Hart said.", "The crossing lasted a “very long and cold time,”", "very long and cold time,")]
    public void A_clause_leading_into_a_quote_is_reported_beside_the_partial(string paragraph, string clause, string fragment)
    {
        var result = Body(paragraph);
        Assert.Equal(StatementKind.Indirect, result.With(clause).Kind);
        Assert.Equal(StatementKind.Partial, result.With(fragment).Kind);
        Assert.Equal(2, result.Statements.Count);
    }

    [Fact]
    public void A_quote_after_a_capitalized_subject_is_only_the_partial()
    {
        var result = Body("Poole and Hart “talked about the ferry for an hour,” the mayor said.");
        Assert.Equal("talked about the ferry for an hour,", result.Single().Text);
    }

    [Theory]
    [InlineData("Hart noted the two captains were very close.", "the two captains were very close")]
    [InlineData("The mayor claimed a study had been done by the agency.", "a study had been done by the agency")]
    [InlineData("Hart explained they would wait for the spring.", "they would wait for the spring")]
    [InlineData("Hart says there are no warm places on the pier.", "there are no warm places on the pier")]
    public void A_that_less_clause_with_a_finite_verb_is_reported(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Theory]
    [InlineData("City officials confirmed the closure of the bridge.")]
    [InlineData("Hart reported the death of a man who was swimming near the pier.")]
    [InlineData("Hart noted the increase in fares.")]
    [InlineData("Hart said there, on the pier, nothing was left.")]
    public void An_object_after_a_that_verb_is_no_clause(string paragraph)
    {
        Assert.Empty(Body(paragraph).Statements);
    }

    [Theory]
    [InlineData("Hart said the ferry was late and added he would complain.", "the ferry was late", "he would complain")]
    [InlineData("Mary Poole said the crossing was over, but added that she hoped to return.", "the crossing was over", "she hoped to return")]
    [InlineData("Hart announced the date of his retirement, saying the company needs a younger crew.", null, "the company needs a younger crew")]
    public void A_second_speech_verb_ends_the_first_clause_and_reports_its_own(string paragraph, string? first, string second)
    {
        var result = Body(paragraph);
        if (first is not null) Assert.Equal(StatementKind.Indirect, result.With(first).Kind);
        Assert.Equal(StatementKind.Indirect, result.With(second).Kind);
        Assert.Equal(first is null ? 1 : 2, result.Statements.Count);
    }

    [Theory]
    [InlineData("The mayor’s staff later said the figure was a debt estimate.", "the figure was a debt estimate", "the mayor’s staff")]
    [InlineData("Repairs stalled as city staff said they could not talk.", "they could not talk", "city staff")]
    [InlineData("Officials explain they will have to gut the building.", "they will have to gut the building", "officials")]
    public void A_plain_noun_phrase_before_a_speech_verb_is_its_subject(string paragraph, string clause, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker, ignoreCase: true);
    }

    [Theory]
    [InlineData("The old pier will be demolished next year, the state port authority said.", "The old pier will be demolished next year")]
    [InlineData("Most trips across the bay are short, aides said on Monday.", "Most trips across the bay are short")]
    public void A_clause_before_a_noun_phrase_and_its_verb_is_reported(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Theory]
    [InlineData("In May, the port workers said there were problems with the crane.")]
    [InlineData("The short film says much about the island.")]
    [InlineData("Drivers may not notice the tax adding a few cents a litre.")]
    [InlineData("The board left without saying goodbye to the crew.")]
    public void A_noun_phrase_rule_does_not_take_the_writers_words(string paragraph)
    {
        Assert.DoesNotContain(Body(paragraph).Statements, s => s.Text.StartsWith("In May") || s.Text.StartsWith("much") || s.Text.StartsWith("a few") || s.Text.StartsWith("goodbye"));
    }

    [Theory]
    [InlineData("Hart said the reason the ferry is late is that nobody fixed the engine.", "the reason the ferry is late is that nobody fixed the engine")]
    [InlineData("Hart said at a meeting after the storm that the pier would reopen.", "the pier would reopen")]
    [InlineData("Hart said on May 5 that the pier would reopen.", "the pier would reopen")]
    public void That_after_a_finite_verb_belongs_to_the_reported_clause(string paragraph, string clause)
    {
        Assert.Contains(Body(paragraph).Statements, s => s.Text == clause && s.Kind == StatementKind.Indirect);
    }

    [Theory]
    [InlineData("Hart said he hoped that the pier would reopen soon.", "he hoped that the pier would reopen soon")]
    [InlineData("Hart said the plan that the council backed would cost more.", "the plan that the council backed would cost more")]
    [InlineData("Hart said in a statement that the pier would reopen.", "the pier would reopen")]
    public void A_clause_opening_right_after_said_holds_a_later_that(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Theory]
    [InlineData("Mary Poole said Sunday the ferry would be replaced.", "the ferry would be replaced")]
    [InlineData("Mary Poole said late Friday the ferry would be replaced.", "the ferry would be replaced")]
    [InlineData("Mary Poole said Sunday was the last day of the ferry.", "Sunday was the last day of the ferry")]
    public void A_weekday_right_after_said_is_when_it_was_said(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }
}
