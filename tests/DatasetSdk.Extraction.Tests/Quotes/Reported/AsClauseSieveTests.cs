using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class AsClauseSieveTests
{
    private static readonly AsClauseSieve Sieve = new();

    [Theory]
    [InlineData("As Anna Berg said, the ferry will run daily.", "the ferry will run daily", "Anna Berg")]
    [InlineData("Как сообщил Олег Рябов, паром будет ходить ежедневно.", "паром будет ходить ежедневно", "Олег Рябов")]
    public void An_opening_as_clause_cues_what_follows_its_comma(string sentence, string clause, string speaker)
    {
        var s = Run(Sieve, sentence).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Theory]
    [InlineData("The ferry, as Anna Berg said, will run daily.", "Anna Berg")]
    [InlineData("Паром, как сообщил Олег Рябов, будет ходить ежедневно.", "Олег Рябов")]
    public void An_as_clause_set_off_inside_reports_the_whole_sentence(string sentence, string speaker)
    {
        var s = Run(Sieve, sentence).Single();
        Assert.Equal(sentence.TrimEnd('.'), s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Theory]
    [InlineData("As the ferry left, the harbour went quiet.")]
    [InlineData("Как и прежде, паром ходит ежедневно.")]
    [InlineData("The ferry runs daily, as it did last year.")]
    public void An_as_clause_without_a_speech_verb_cues_nothing(string sentence)
    {
        Run(Sieve, sentence).Nothing();
    }
}
