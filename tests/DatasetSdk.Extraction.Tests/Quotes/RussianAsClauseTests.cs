using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianAsClauseTests
{
    [Theory]
    [InlineData("Как сообщил Олег Рябов на брифинге, мост откроют летом.")]
    [InlineData("Как заявил Олег Рябов журналистам, мост откроют летом.")]
    [InlineData("Как отметил Олег Рябов в интервью газете, мост откроют летом.")]
    public void A_circumstance_after_the_speaker_of_an_as_clause_belongs_to_the_cue(string paragraph)
    {
        var statement = Body(paragraph).Single();
        Assert.Equal("мост откроют летом", statement.Text);
        Assert.Equal("Олег Рябов", statement.Speaker);
    }

    [Fact]
    public void An_outlet_of_two_words_told_before_the_body_is_not_the_speaker()
    {
        var statement = Body("Как пояснили ИА Северные в пресс-службе министерства, проверка завершится в мае.").Single();
        Assert.Equal("проверка завершится в мае", statement.Text);
        Assert.Equal("пресс-служба министерства", statement.Speaker);
    }

    [Fact]
    public void An_as_clause_without_a_comma_after_its_circumstance_reports_nothing()
    {
        // Negative: "как" comparing, not citing, with no clause set off by a comma.
        var result = Body("Он работал как сообщил Олег Рябов на брифинге и ушел.");
        Assert.DoesNotContain(result.Statements, s => s.Text.Contains("ушел"));
    }
}
