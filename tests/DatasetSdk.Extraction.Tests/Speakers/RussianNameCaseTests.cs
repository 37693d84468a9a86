using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Speakers;

public class RussianNameCaseTests
{
    [Theory]
    [InlineData("Рынок восстановится, по словам Эммануэля Моренона.", "Эммануэль Моренон")]
    [InlineData("Рынок восстановится, по словам Михаила Сомова.", "Михаил Сомов")]
    [InlineData("Рынок восстановится, по мнению Анны Сомовой.", "Анна Сомова")]
    [InlineData("Рынок восстановится, по оценке Дмитрия Ершова.", "Дмитрий Ершов")]
    [InlineData("Рынок восстановится, по словам Ильи Сомова.", "Илья Сомов")]
    [InlineData("Рынок восстановится, по утверждению Ирины Кузьминой.", "Ирина Кузьмина")]
    public void A_name_after_a_genitive_governor_is_given_in_the_nominative(string paragraph, string name)
    {
        var result = Body(paragraph);
        Assert.Equal(name, result.Single().Speaker);
    }

    [Theory]
    [InlineData("Журналисты обратились к Пьеру Моренону. Он заявил, что встреча состоится.")]
    [InlineData("Журналисты поговорили с Пьером Мореноном. Он заявил, что встреча состоится.")]
    [InlineData("Заявление Пьера Моренона удивило журналистов. Он заявил, что встреча состоится.")]
    public void A_name_after_a_word_governing_its_case_is_given_in_the_nominative(string paragraph)
    {
        var result = Body(paragraph);
        Assert.Equal("Пьер Моренон", result.Single().Speaker);
    }

    [Theory]
    [InlineData("Журналисты поговорили с Карлом Мюнцем. Он заявил, что встреча состоится.", "Карл Мюнц")]
    [InlineData("Журналисты поговорили с Игорем Маршем. Он заявил, что встреча состоится.", "Игорь Марш")]
    public void An_instrumental_after_a_hissing_or_ts_sound_drops_its_ending(string paragraph, string name)
    {
        Assert.Equal(name, Body(paragraph).Single().Speaker);
    }

    [Fact]
    public void A_name_in_apposition_to_a_role_keeps_its_form()
    {
        var result = Body("Министр Пьер Моренон заявил, что встреча состоится.");
        Assert.Equal("Пьер Моренон", result.Single().Speaker);
    }

    [Fact]
    public void The_nominative_form_is_kept_when_no_governor_demands_the_genitive()
    {
        var result = Body("Аналитик Анна Сомова заявила, что рынок восстановится.");
        Assert.Equal("Анна Сомова", result.Single().Speaker);
    }

    [Fact]
    public void An_oblique_foreign_name_meets_the_nominative_the_document_uses()
    {
        var result = Body("Президент Пьер Моренон встретился с министрами.", "Рынок восстановится, заявил Моренон.", "Со стороны Моренона возражений не было.", "Моренону напомнили о сроках, и он ответил, что сроки будут соблюдены.");
        var speaker = Assert.Single(result.Extraction.Speakers);
        Assert.Equal("Пьер Моренон", speaker.Name);
    }

    [Fact]
    public void A_feminine_surname_ending_in_a_is_not_read_as_a_genitive_without_evidence()
    {
        var result = Body("Директор школы Ольга Сомова рассказала, что ремонт закончится летом.");
        Assert.Equal("Ольга Сомова", result.Single().Speaker);
    }

    [Theory]
    [InlineData("Переговоры идут трудно, считают в Кремле.", "Кремль")]
    [InlineData("Переговоры идут трудно, сообщили в пресс-службе министерства.", "пресс-служба министерства")]
    public void A_body_named_in_the_prepositional_is_labelled_in_the_nominative(string paragraph, string label)
    {
        Assert.Equal(label, Body(paragraph).Single().Speaker);
    }
}
