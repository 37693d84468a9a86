using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>"«…», — цитирует Рябова агентство", "«…», — приводит пресс-служба слова Рябова": the person quoted speaks, not the outlet.</summary>
public class RussianQuotingVerbTests
{
    private const string Lead = "Глава компании Олег Рябов и аналитик Анна Белкина подвели итоги года на встрече с акционерами.";

    [Theory]
    [InlineData("«Мы довольны результатами года», — приводит пресс-служба слова Рябова.", "Олег Рябов")]
    [InlineData("«Мы выйдем на новые рынки весной», — цитирует Рябова агентство «Северинформ».", "Олег Рябов")]
    [InlineData("«Цены будут расти», — цитирует агентство Анну Белкину.", "Анна Белкина")]
    public void The_person_quoted_is_the_speaker(string paragraph, string speaker)
    {
        var statement = Body(Lead, paragraph).Single();
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void Bringing_something_else_names_no_speaker()
    {
        // Negative: "приводит" without "слова" before the name is not quoting.
        var result = Body(Lead, "«Северный путь» приводит Рябова к новым рынкам, пишут аналитики.");
        Assert.DoesNotContain(result.Statements, s => s.Speaker == "Олег Рябов");
    }
}
