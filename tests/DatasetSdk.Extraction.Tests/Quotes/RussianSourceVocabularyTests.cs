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

    [Fact]
    public void Steering_a_car_is_no_body()
    {
        // Negative: "управлении" without a speech verb after it reports nothing.
        var result = Body("При управлении автомобилем водитель отвлекся на телефон.");
        Assert.Empty(result.Statements);
    }
}
