using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Speakers;

public class RussianGivenNameCaseTests
{
    [Fact]
    public void A_given_name_before_a_masculine_surname_in_the_genitive_is_given_in_the_nominative()
    {
        var result = Body("Вчера прошли итоги встречи Дмитрия Сомова с журналистами.", "Сомов заявил, что рынок восстановится.");
        var speaker = Assert.Single(result.Extraction.Speakers);
        Assert.Equal("Дмитрий Сомов", speaker.Name);
    }

    [Fact]
    public void A_given_name_before_a_feminine_surname_in_an_oblique_case_is_given_in_the_nominative()
    {
        var result = Body("Вчера прошла встреча Ольги Ершовой с журналистами.", "Ершова заявила, что рынок восстановится.");
        Assert.Equal("Ольга Ершова", Assert.Single(result.Extraction.Speakers).Name);
    }

    [Fact]
    public void A_surname_in_a_capitalized_transcript_label_attests_the_nominative()
    {
        var result = Body("Итоги встречи Дмитрия Сомова с рабочими подвели вечером.", "Д.СОМОВ: Рынок восстановится, и цены снизятся.");
        Assert.Equal("Дмитрий Сомов", Assert.Single(result.Extraction.Speakers).Name);
    }

    [Theory]
    [InlineData("Рынок восстановится, по словам Павла Сомова.", "Павел Сомов")]
    [InlineData("Рынок восстановится, по словам Ивана Сомова.", "Иван Сомов")]
    public void A_given_name_that_drops_a_vowel_in_the_genitive_gets_it_back(string paragraph, string name)
    {
        Assert.Equal(name, Body(paragraph).Single().Speaker);
    }

    [Fact]
    public void A_nominative_given_name_stays_as_written()
    {
        // Negative: the surname is in the nominative, so nothing is read in an oblique case.
        var result = Body("Министр Мария Крылова заявила, что бюджет сбалансирован.", "Крылова добавила, что налоги не вырастут.");
        Assert.Equal("Мария Крылова", Assert.Single(result.Extraction.Speakers).Name);
    }

    [Fact]
    public void A_form_of_address_is_not_a_given_name()
    {
        var result = Body("Министр Дмитрий Сомов заявил, что рынок восстановится.", "Господин Сомов также сказал, что цены снизятся.");
        var speaker = Assert.Single(result.Extraction.Speakers);
        Assert.Equal("Дмитрий Сомов", speaker.Name);
    }
}
