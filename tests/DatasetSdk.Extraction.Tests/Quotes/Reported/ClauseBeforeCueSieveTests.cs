using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class ClauseBeforeCueSieveTests
{
    private static readonly ClauseBeforeCueSieve Sieve = new();

    [Theory]
    [InlineData("The ferry will run daily, Anna Berg said on Monday.", "The ferry will run daily", "Anna Berg")]
    [InlineData("The ferry will run daily, said Anna Berg.", "The ferry will run daily", "Anna Berg")]
    [InlineData("The ferry will run daily, harbour officials said.", "The ferry will run daily", "harbour officials")]
    [InlineData("Паром будет ходить ежедневно, заявил Олег Рябов.", "Паром будет ходить ежедневно", "Олег Рябов")]
    [InlineData("Паром будет ходить ежедневно, об этом заявил Олег Рябов.", "Паром будет ходить ежедневно", "Олег Рябов")]
    public void The_clause_before_the_cue_is_what_was_said(string sentence, string clause, string speaker)
    {
        var s = Run(Sieve, sentence).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Fact]
    public void A_participle_after_the_cue_reports_its_own_clause_too()
    {
        var r = Run(Sieve, "The ferry will run daily, Anna Berg said, adding that tickets would cost less.");
        Assert.True(r.Claimed);
        Assert.Equal(new[] { "The ferry will run daily", "tickets would cost less" }, r.Statements.Select(s => s.Text));
        Assert.All(r.Statements, s => Assert.Equal("Anna Berg", s.Speaker));
    }

    [Theory]
    [InlineData("Asked about the ferry, Anna Berg said it would run daily.")]
    [InlineData("The ferry runs daily, and the harbour is busy.")]
    [InlineData("Отвечая на вопрос, Олег Рябов заявил, что паром будет ходить ежедневно.")]
    [InlineData("Паром ходит ежедневно, а мост закрыт.")]
    public void A_comma_with_no_cue_after_it_reports_nothing(string sentence)
    {
        Run(Sieve, sentence).Nothing();
    }
}
