using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"Рябов заявил: денег хватит всем": a colon right after a speech verb opens what was said.</summary>
public class ColonClauseTests
{
    [Theory]
    [InlineData("Анна Белкина подчеркнула: бюджет города будет сбалансирован.", "бюджет города будет сбалансирован", "Анна Белкина")]
    [InlineData("Олег Рябов в понедельник заявил: денег на ремонт дорог хватит всем районам.", "денег на ремонт дорог хватит всем районам", "Олег Рябов")]
    [InlineData("Mayor Lena Ortiz said: the council will vote on the budget next week.", "the council will vote on the budget next week", "Lena Ortiz")]
    public void A_colon_after_the_verb_opens_the_reported_clause(string paragraph, string clause, string speaker)
    {
        var statement = Body(paragraph).Single();
        Assert.Equal(clause, statement.Text);
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void A_quote_after_the_colon_stays_a_direct_quote()
    {
        var statement = Body("Олег Рябов заявил: «Мы справимся с этой задачей в срок».").Single();
        Assert.Equal(StatementKind.Direct, statement.Kind);
    }

    [Fact]
    public void A_colon_after_no_speech_verb_reports_nothing()
    {
        Assert.Empty(Body("В повестке совещания три вопроса: бюджет, дороги и школы.").Statements);
    }
}
