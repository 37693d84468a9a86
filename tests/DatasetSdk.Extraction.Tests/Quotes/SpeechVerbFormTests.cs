using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>
/// Reporting verbs beyond "said": their inflected forms introduce a reported clause; the base form, which is
/// also the infinitive ("to maintain"), is left out so that "hoped to maintain that…" is no statement.
/// </summary>
public class SpeechVerbFormTests
{
    [Theory]
    [InlineData("Maria Brums maintained that the figures were correct.", "the figures were correct")]
    [InlineData("Maria Brums maintains that the figures are correct.", "the figures are correct")]
    [InlineData("Maria Brums contends that the audit was rushed.", "the audit was rushed")]
    [InlineData("Maria Brums recalls that the plant closed in winter.", "the plant closed in winter")]
    [InlineData("Maria Brums vowed that the council would act.", "the council would act")]
    [InlineData("Maria Brums suggests that the vote be delayed.", "the vote be delayed")]
    public void Inflected_reporting_verbs_introduce_a_clause(string sentence, string clause)
    {
        var statement = Body("The council met on Monday.", sentence).Single();
        Assert.Equal(clause, statement.Text);
        Assert.Equal("Maria Brums", statement.Speaker);
    }

    [Theory]
    [InlineData("Maria Brums hoped to maintain that record for another year.")]
    [InlineData("Maria Brums went to contend for the title that year.")]
    public void A_base_form_after_to_is_no_reporting_verb(string sentence)
    {
        Assert.Empty(Body("The council met on Monday.", sentence).Statements);
    }
}
