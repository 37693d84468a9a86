using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class AccordingToSieveTests
{
    private static readonly AccordingToSieve Sieve = new();

    [Theory]
    [InlineData("According to Anna Berg, the ferry will run daily.", "the ferry will run daily", "Anna Berg")]
    [InlineData("По словам Олега Рябова, паром будет ходить ежедневно.", "паром будет ходить ежедневно", "Олега Рябова")]
    public void An_opening_source_cues_what_follows_its_comma(string sentence, string clause, string speaker)
    {
        var s = Run(Sieve, sentence).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Fact]
    public void A_source_set_off_inside_reports_the_whole_sentence()
    {
        var s = Run(Sieve, "В среду, по словам Олега Рябова, паром начал ходить ежедневно.").Single();
        Assert.Equal("В среду, по словам Олега Рябова, паром начал ходить ежедневно", s.Text);
        Assert.Equal("Олега Рябова", s.Speaker);
    }

    [Fact]
    public void A_trailing_source_reports_the_words_before_its_comma()
    {
        var s = Run(Sieve, "The ferry will run daily from May, according to Anna Berg.").Single();
        Assert.Equal("The ferry will run daily from May", s.Text);
    }

    [Fact]
    public void A_document_from_a_body_speaks_for_the_body()
    {
        var s = Run(Sieve, "According to a release from the union, the ferry will run daily.").Single();
        Assert.Equal("the ferry will run daily", s.Text);
        Assert.Equal("union", s.Speaker);
    }

    [Fact]
    public void A_document_nobody_is_named_for_is_a_source()
    {
        var s = Run(Sieve, "According to a release sent to reporters, the ferry will run daily.").Single();
        Assert.Equal("the ferry will run daily", s.Text);
        Assert.Equal("a release sent to reporters", s.Speaker);
    }

    [Fact]
    public void A_standard_is_no_source()
    {
        Run(Sieve, "According to plan, the ferry will run daily from May.").Nothing();
    }

    [Fact]
    public void A_speech_verb_before_a_trailing_source_keeps_its_own_clause()
    {
        Run(Sieve, "Anna Berg added that the ferry will run daily, according to the union.").Nothing();
    }

    [Fact]
    public void A_sentence_with_an_as_clause_is_left_to_the_as_clause_sieve()
    {
        Run(Sieve, "As Anna Berg said, the ferry, according to the union, will run daily.").Nothing();
    }
}
