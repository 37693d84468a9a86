using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class VerbClauseSieveTests
{
    private static readonly VerbClauseSieve Sieve = new();

    [Theory]
    [InlineData("Anna Berg said that the ferry would run daily.", "the ferry would run daily", "Anna Berg")]
    [InlineData("Anna Berg said the ferry would run daily.", "the ferry would run daily", "Anna Berg")]
    [InlineData("Anna Berg told reporters the ferry would run daily.", "the ferry would run daily", "Anna Berg")]
    [InlineData("Олег Рябов заявил, что паром будет ходить ежедневно.", "паром будет ходить ежедневно", "Олег Рябов")]
    public void The_verbs_clause_is_what_its_subject_said(string sentence, string clause, string speaker)
    {
        var s = Run(Sieve, sentence).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Theory]
    [InlineData("Anna Berg said that the ferry would run daily, and that tickets would cost less.", "the ferry would run daily", "tickets would cost less")]
    [InlineData("Олег Рябов заявил, что паром будет ходить ежедневно, и что билеты подешевеют.", "паром будет ходить ежедневно", "билеты подешевеют")]
    public void A_second_clause_of_the_same_verb_is_a_statement_of_its_own(string sentence, string first, string second)
    {
        var r = Run(Sieve, sentence);
        Assert.Equal(new[] { first, second }, r.Statements.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Anna Berg said nothing about the ferry.")]
    [InlineData("The ferry runs daily from May.")]
    [InlineData("Олег Рябов сказал спасибо.")]
    [InlineData("Паром ходит ежедневно с мая.")]
    public void A_verb_with_no_clause_after_it_reports_nothing(string sentence)
    {
        Run(Sieve, sentence).Nothing();
    }
}
