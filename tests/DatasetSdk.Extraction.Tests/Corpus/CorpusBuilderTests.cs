using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Corpus;

public class CorpusBuilderTests
{
    private static ExtractedDocument Doc(string id, params DocumentSpeaker[] speakers)
    {
        var statements = speakers.Select((s, i) => new ExtractedStatement(i * 10, 5, 1, StatementKind.Direct, "words", s.Name, null, "en")).ToEquatableArray();
        return new ExtractedDocument(id, id + ".txt", id + ".txt", "en", null, null, null, null, statements, speakers.ToEquatableArray(),
            EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty, EquatableArray<ExtractionIssue>.Empty);
    }

    private static DocumentSpeaker Person(string name, string? role = null, params string[] aliases) => new(name, role, aliases.ToEquatableArray(), false);

    [Fact]
    public void Inflected_and_transliterated_forms_are_one_speaker()
    {
        var corpus = CorpusBuilder.Build(new[]
        {
            Doc("a", Person("Иван Петров", "глава МИД", "Петровым", "Иваном Петровым")),
            Doc("b", Person("Ivan Petrov", "Foreign Minister", "Petrova")),
            Doc("c", Person("Петров")),
        });
        var speaker = Assert.Single(corpus.Speakers);
        Assert.Equal("Ivan Petrov", speaker.Name);
        Assert.Equal("IvanPetrov", speaker.Id);
        Assert.Equal("Foreign Minister", speaker.Role);
        Assert.Equal(new[] { "Petrov", "Petrova", "Иван Петров", "Иваном Петровым", "Петров", "Петровым" }, speaker.Aliases);
        Assert.All(corpus.Statements, s => Assert.Equal(0, s.Speaker));
    }

    [Fact]
    public void Cyrillic_only_speaker_gets_a_transliterated_name()
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Person("Кэндзи Сато"), Person("Дмитрий Песков")) });
        Assert.Equal(new[] { "Dmitry Peskov", "Kendzi Sato" }, corpus.Speakers.Select(s => s.Name));
        Assert.Contains("Кэндзи Сато", corpus.Speakers[1].Aliases);
    }

    [Fact]
    public void Spelling_variants_merge_under_the_fullest_latin_form()
    {
        // An article that names "Fumio Kishida" calls him "Kishida" after that, which lets a bare "Kisida" join him.
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Person("Kisida")), Doc("b", Person("Fumio Kishida", null, "Kishida")), Doc("c", Person("Сергей Лавров")), Doc("d", Person("Sergey Lavrov")) });
        Assert.Equal(new[] { "Fumio Kishida", "Sergey Lavrov" }, corpus.Speakers.Select(s => s.Name));
        Assert.Contains("Kisida", corpus.Speakers[0].Aliases);
    }

    [Fact]
    public void A_bare_name_joins_no_full_name_never_called_by_its_last_word()
    {
        // "Statistics Northwind" is never "Northwind" in its articles; "Northwind said" elsewhere is the country.
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Person("Statistics Northwind")), Doc("b", Person("Northwind")) });
        Assert.Equal(new[] { "Northwind", "Statistics Northwind" }, corpus.Speakers.Select(s => s.Name));
        Assert.DoesNotContain("Northwind", corpus.Speakers[1].Aliases);
    }

    [Fact]
    public void Same_surname_different_first_names_stay_apart()
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Person("Anna Berg")), Doc("b", Person("Olaf Berg")) });
        Assert.Equal(2, corpus.Speakers.Count);
    }

    [Fact]
    public void Identifier_collisions_get_a_suffix_deterministically()
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Person("Anna Berg")), Doc("b", Person("Anna-Berg")) });
        Assert.Equal(new[] { "AnnaBerg", "AnnaBerg2" }, corpus.Speakers.Select(s => s.Id));
    }

    [Fact]
    public void Result_does_not_depend_on_input_order()
    {
        var docs = new[]
        {
            Doc("a", Person("Иван Петров"), new DocumentSpeaker("the sides", null, EquatableArray<string>.Empty, true)),
            Doc("b", Person("Ivan Petrov"), Person("Anna Berg")),
            Doc("c", Person("Berg"), Person("Anna-Berg")),
        };
        var forward = CorpusBuilder.Build(docs);
        var backward = CorpusBuilder.Build(docs.Reverse());
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Collectives_stay_non_person_speakers()
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", new DocumentSpeaker("the sides", null, EquatableArray<string>.Empty, true), Person("Sides")) });
        Assert.Equal(2, corpus.Speakers.Count);
        Assert.True(corpus.Speakers.Single(s => s.Name == "the sides").IsCollective);
    }

    private static DocumentSpeaker Group(string label) => new(label, null, EquatableArray<string>.Empty, true);

    [Fact]
    public void A_collective_in_either_language_is_one_speaker_of_its_document()
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Group("стороны"), Group("the sides"), Group("the organisers")) });
        Assert.Equal(new[] { "the organisers", "the sides" }, corpus.Speakers.Select(s => s.Name));
        Assert.Contains("стороны", corpus.Speakers[1].Aliases);
    }

    [Theory]
    [InlineData("the company")]
    [InlineData("officials")]
    [InlineData("Experts")]
    [InlineData("Police")]
    [InlineData("a spokesperson")]
    [InlineData("a Northwind spokesperson")]
    [InlineData("эксперты")]
    [InlineData("the sides")]
    public void A_generic_group_is_a_separate_speaker_in_every_document(string label)
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Group(label)), Doc("b", Group(label)), Doc("c", Group(label)) });
        Assert.Equal(3, corpus.Speakers.Count);
        Assert.Equal(3, corpus.Speakers.Select(s => s.Id).Distinct().Count());
        Assert.Equal(new[] { 0, 1, 2 }, corpus.Statements.Select(s => s.Speaker).OrderBy(i => i));
    }

    [Theory]
    [InlineData("Northwind Harbour Authority")]
    [InlineData("the Harbour Authority")]
    [InlineData("NHA")]
    [InlineData("Минприроды РФ")]
    [InlineData("Northwind")]
    public void A_named_body_is_one_speaker_across_documents(string label)
    {
        var corpus = CorpusBuilder.Build(new[] { Doc("a", Group(label)), Doc("b", Group(label)) });
        Assert.Single(corpus.Speakers);
        Assert.All(corpus.Statements, s => Assert.Equal(0, s.Speaker));
    }

    [Fact]
    public void A_person_named_in_Cyrillic_joins_the_same_consonants_in_Latin()
    {
        var corpus = CorpusBuilder.Build(new[]
        {
            Doc("a", Person("Дональд Брамс", null, "Брамс")),
            Doc("b", Person("Donald Brums", null, "Brums")),
        });
        var speaker = Assert.Single(corpus.Speakers);
        Assert.Equal("Donald Brums", speaker.Name);
        Assert.Contains("Дональд Брамс", speaker.Aliases);
    }

    [Fact]
    public void Other_first_names_or_two_Latin_candidates_keep_people_apart()
    {
        var differentFirst = CorpusBuilder.Build(new[] { Doc("a", Person("Мария Брамс")), Doc("b", Person("Donald Brums")) });
        Assert.Equal(2, differentFirst.Speakers.Count);

        var twoCandidates = CorpusBuilder.Build(new[] { Doc("a", Person("Брамс")), Doc("b", Person("Donald Brums")), Doc("c", Person("Tina Brems")) });
        Assert.Equal(3, twoCandidates.Speakers.Count);
    }

    [Theory]
    [InlineData("Сергей Лавров", "Sergei Lavrov")]
    [InlineData("Дмитрий Песков", "Dmitry Peskov")]
    [InlineData("Гэмба", "Gemba")]
    [InlineData("Щукин", "Shchukin")]
    [InlineData("Юрий Ушаков", "Yury Ushakov")]
    public void Russian_to_latin_transliteration(string cyrillic, string latin)
    {
        Assert.Equal(latin, DatasetSdk.Extraction.Corpus.Transliteration.ToLatin(cyrillic));
    }
}
