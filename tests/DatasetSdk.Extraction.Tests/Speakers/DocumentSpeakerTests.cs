using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Speakers;

public class DocumentSpeakerTests
{
    [Fact]
    public void Speaker_name_is_the_fullest_and_aliases_hold_every_form()
    {
        var result = Body("Foreign Minister Anna Berg arrived in Helsinki.", "Berg said that the visit went well.", "\"It was useful,\" the foreign minister said.");
        var speaker = Assert.Single(result.Extraction.Speakers);
        Assert.Equal("Anna Berg", speaker.Name);
        Assert.Equal("Foreign Minister", speaker.Role);
        Assert.Contains("Berg", speaker.Aliases);
        Assert.Contains("Foreign Minister Anna Berg", speaker.Aliases);
        Assert.Contains("the foreign minister", speaker.Aliases);
        Assert.False(speaker.IsCollective);
        Assert.Equal(speaker.Aliases.OrderBy(a => a, StringComparer.Ordinal), speaker.Aliases);
    }

    [Fact]
    public void Russian_speaker_name_is_given_in_the_nominative()
    {
        var result = Body("Министр встретился с Иваном Петровым.", "Петров заявил, что встреча была полезной.");
        var speaker = Assert.Single(result.Extraction.Speakers);
        Assert.Equal("Иван Петров", speaker.Name);
        Assert.Contains("Иваном Петровым", speaker.Aliases);
    }

    [Fact]
    public void Statement_speaker_is_a_document_speaker_name()
    {
        var result = Body("Anna Berg met Ivan Petrov.", "Berg said that the talks went well.", "\"Indeed,\" Petrov added.");
        var names = result.Extraction.Speakers.Select(s => s.Name).ToHashSet();
        Assert.All(result.Statements, s => Assert.Contains(s.Speaker!, names));
    }

    [Theory]
    [InlineData("Лавровым", "Лавров")]
    [InlineData("Лаврова", "Лавров")]
    [InlineData("Путиным", "Путин")]
    [InlineData("Гэмбой", "Гэмба")]
    [InlineData("Сергея", "Сергей")]
    [InlineData("Владимиром", "Владимир")]
    [InlineData("Коитиро", "Коитиро")]
    [InlineData("Lavrova", "Lavrov")]
    [InlineData("Abe", "Abe")]
    public void Nominative_of_inflected_names(string form, string nominative)
    {
        Assert.Equal(nominative, NameForms.Nominative(form));
    }

    [Theory]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Сергей", "Sergei")]
    [InlineData("Kisida", "Kishida")]
    [InlineData("Коитиро", "Koichiro")]
    [InlineData("Дмитрий", "Dmitry")]
    [InlineData("Лаврова", "Lavrov")]
    [InlineData("Гэмбой", "Gemba")]
    public void Spelling_variants_share_a_key(string a, string b)
    {
        Assert.Equal(NameForms.Key(a), NameForms.Key(b));
    }

    [Theory]
    [InlineData("Lavrov", "Lavrenko")]
    [InlineData("Petrov", "Petrenko")]
    public void Different_names_do_not_share_a_key(string a, string b)
    {
        Assert.NotEqual(NameForms.Key(a), NameForms.Key(b));
    }
}

public class SurnameMatchingTests
{
    [Fact]
    public void A_place_before_a_known_surname_is_not_a_first_name()
    {
        var result = Body("Министр Иван Петров прибыл с визитом.", "В Москве Петров заявил, что переговоры продолжатся.");
        Assert.Equal("Иван Петров", Assert.Single(result.Extraction.Speakers).Name);
    }

    [Fact]
    public void Two_people_with_one_surname_stay_apart()
    {
        var result = Body("Anna Berg and Olaf Berg spoke.", "Olaf Berg said that the talks failed.", "Anna Berg said that the talks went well.");
        Assert.Equal(new[] { "Olaf Berg", "Anna Berg" }, result.Statements.Select(s => s.Speaker));
    }
}
