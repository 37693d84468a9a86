using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

public class RussianRoleConceptTests
{
    [Fact]
    public void The_head_of_a_foreign_ministry_is_its_foreign_minister()
    {
        var result = Body(
            "Министр иностранных дел Франции Пьер Моренон заявил, что диалог возможен.",
            "\"Это важный шаг\", - подчеркнул глава французского МИД.");
        Assert.Equal("Пьер Моренон", result.With("Это важный шаг").Speaker);
    }

    [Fact]
    public void A_foreign_ministry_representative_is_a_diplomat()
    {
        var result = Body(
            "Министр иностранных дел Франции Пьер Моренон заявил, что диалог возможен.",
            "Официальный представитель МИД России Анна Крылова заявила, что Москва изучит предложение. \"Мы посмотрим на инициативу\", - отметила дипломат.");
        Assert.Equal("Анна Крылова", result.With("Мы посмотрим на инициативу").Speaker);
    }

    [Fact]
    public void A_head_of_another_body_is_not_the_foreign_minister()
    {
        // Negative: "глава района" shares only the head concept, not the foreign ministry.
        var result = Body(
            "Министр иностранных дел Франции Пьер Моренон заявил, что диалог возможен.",
            "\"Дороги отремонтируют\", - сказал глава района.");
        Assert.NotEqual("Пьер Моренон", result.With("Дороги отремонтируют").Speaker);
    }
}
