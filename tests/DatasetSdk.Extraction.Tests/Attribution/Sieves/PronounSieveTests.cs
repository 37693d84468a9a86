using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class PronounSieveTests
{
    private readonly PronounSieve _sieve = new();

    [Fact]
    public void She_is_the_paragraph_s_subject()
    {
        var doc = new SieveFixture("Mayor Ellen Brandt opened the bridge. \u201cIt is safe,\u201d she said.");
        Assert.Equal("Ellen Brandt", doc.Ask(_sieve, doc.Quote("It is safe,")));
    }

    [Fact]
    public void Russian_he_is_the_paragraph_s_subject()
    {
        var doc = new SieveFixture("Губернатор Олег Смирнов открыл мост. \u00abМост безопасен\u00bb, \u2014 сказал он.");
        Assert.Equal("Олег Смирнов", doc.Ask(_sieve, doc.Quote("Мост безопасен")));
    }

    [Fact]
    public void He_is_the_last_person_speaking_in_the_paragraph()
    {
        var doc = new SieveFixture("Mayor Ellen Brandt met Tom Kessel. \u201cWe agree,\u201d said Kessel. \u201cThe bridge is safe,\u201d he said.");
        doc.Said(doc.Quote("We agree,"));
        Assert.Equal("Tom Kessel", doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }

    [Fact]
    public void Russian_she_passes_by_a_man()
    {
        var doc = new SieveFixture("Губернатор Олег Смирнов открыл мост. \u00abМост безопасен\u00bb, \u2014 сказала она.");
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("Мост безопасен")));
    }

    [Fact]
    public void She_passes_by_a_man_a_pronoun_already_named()
    {
        var doc = new SieveFixture("\u201cWe are ready,\u201d said Tom Kessel. \u201cThe bridge is safe,\u201d he said.", "\u201cIt is late,\u201d she said.");
        doc.Said(doc.Quote("We are ready,"));
        doc.Said(doc.Quote("The bridge is safe,"));
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("It is late,")));
    }

    [Fact]
    public void Unnamed_source_goes_on_speaking_for_the_body_just_quoted()
    {
        var doc = new SieveFixture("\u00abМы откроем склад\u00bb, \u2014 заявили в компании. \u00abСроки сжатые\u00bb, \u2014 сказал собеседник.");
        var body = doc.Said(doc.Quote("Мы откроем склад"));
        Assert.NotNull(body?.GroupName);
        Assert.Equal(body!.DisplayName(), doc.Ask(_sieve, doc.Quote("Сроки сжатые")));
    }

    [Fact]
    public void Group_pronoun_is_not_claimed()
    {
        var doc = new SieveFixture("\u201cWe will meet again,\u201d they said.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("We will meet again,")));
    }
}
