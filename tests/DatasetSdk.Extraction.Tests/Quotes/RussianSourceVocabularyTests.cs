using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianSourceVocabularyTests
{
    [Theory]
    [InlineData("В региональном управлении полиции сообщили, что возбуждено уголовное дело.", "управление")]
    [InlineData("В прокуратуре области заявили, что проверка продолжается.", "прокуратура")]
    public void A_regional_office_speaks_as_a_body_named_in_the_nominative(string paragraph, string head)
    {
        var statement = Body(paragraph).Single();
        Assert.Contains(head, statement.Speaker);
    }

    [Fact]
    public void A_forecast_names_its_source()
    {
        var statement = Body("По прогнозу экономиста Ивана Зуева, рубль ослабнет к осени.").Single();
        Assert.Equal("рубль ослабнет к осени", statement.Text);
        Assert.Equal("Иван Зуев", statement.Speaker);
    }

    [Theory]
    [InlineData("Со слов экономиста Ивана Зуева, рубль ослабнет к осени.")]
    [InlineData("Согласно данным экономиста Ивана Зуева, рубль ослабнет к осени.")]
    public void Hearsay_and_data_phrases_name_their_source(string paragraph)
    {
        var statement = Body(paragraph).Single();
        Assert.Equal("рубль ослабнет к осени", statement.Text);
        Assert.Equal("Иван Зуев", statement.Speaker);
    }

    [Theory]
    [InlineData("Олег Рябов выразил сомнение в том, что совещание пройдет в пятницу.", "совещание пройдет в пятницу")]
    [InlineData("Аналитики прогнозируют, что инвесторы вернутся в регион.", "инвесторы вернутся в регион")]
    public void Doubt_and_forecast_verbs_report_a_clause(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Fact]
    public void Words_that_are_no_source_phrase_report_nothing()
    {
        // Negative: "со словами" (with the words) and "согласно плану" name no source.
        Assert.Empty(Body("Он вышел на сцену со словами благодарности к залу.").Statements);
        Assert.Empty(Body("Согласно плану, ремонт начнется весной.").Statements);
    }

    [Fact]
    public void Steering_a_car_is_no_body()
    {
        // Negative: "управлении" without a speech verb after it reports nothing.
        var result = Body("При управлении автомобилем водитель отвлекся на телефон.");
        Assert.Empty(result.Statements);
    }
}
