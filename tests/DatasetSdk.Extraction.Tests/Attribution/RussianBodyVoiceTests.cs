using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

public class RussianBodyVoiceTests
{
    [Fact]
    public void A_latin_brand_in_russian_prose_is_not_a_person()
    {
        var result = Body("Банк готов обслуживать клиентов Orion Blue Energy, сообщили в компании. \"Мы готовы\", - сказал собеседник.");
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name.Contains("Orion"));
    }

    [Fact]
    public void A_latin_name_in_english_prose_is_still_a_person()
    {
        // Negative: the rule is about Latin names amid Cyrillic words only.
        var result = Body("Mark Orion said the bank was ready to serve its clients.");
        Assert.Equal("Mark Orion", result.Single().Speaker);
    }

    [Fact]
    public void The_unnamed_source_after_a_body_speaks_for_the_body()
    {
        var result = Body(
            "\"Ситуацию прокомментировать невозможно\", - заявили в компании.",
            "\"Будем защищать свои интересы\", - сказал собеседник, отвечая на вопрос о поставках Orion Blue Capital.");
        var body = result.With("Ситуацию прокомментировать невозможно").Speaker;
        Assert.NotNull(body);
        Assert.Equal(body, result.With("Будем защищать свои интересы").Speaker);
    }

    [Fact]
    public void The_unnamed_source_is_the_person_named_before_when_there_is_one()
    {
        // Negative: with a person named before, "собеседник" stays that person, not the body.
        var result = Body(
            "\"Ситуацию прокомментировать невозможно\", - заявили в компании.",
            "Директор завода Олег Рябов встретился с журналистами.",
            "\"Будем защищать свои интересы\", - сказал собеседник.");
        Assert.Equal("Олег Рябов", result.With("Будем защищать свои интересы").Speaker);
    }
}
