using DatasetSdk.Extraction.Attribution.Sieves;
using DatasetSdk.Extraction.Quotes;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class ContinuationSieveTests
{
    private readonly ContinuationSieve _sieve = new();

    [Fact]
    public void Second_half_of_a_split_quote_keeps_the_first_half_s_speaker()
    {
        var doc = new SieveFixture("\u201cThe river is rising,\u201d said farmer Tom Kessel. \u201cNobody listens.\u201d");
        doc.Said(doc.Quote("The river is rising,"));
        Assert.Equal("Tom Kessel", doc.Ask(_sieve, doc.Quote("Nobody listens.", SpeakerSource.Previous)));
    }

    [Fact]
    public void Russian_second_half_keeps_the_first_half_s_speaker()
    {
        var doc = new SieveFixture("\u00abРека поднимается\u00bb, \u2014 сказал фермер Олег Смирнов. \u00abНикто не слушает\u00bb.");
        doc.Said(doc.Quote("Река поднимается"));
        Assert.Equal("Олег Смирнов", doc.Ask(_sieve, doc.Quote("Никто не слушает", SpeakerSource.Previous)));
    }

    [Fact]
    public void Quote_alone_after_a_sentence_about_someone_is_theirs()
    {
        var doc = new SieveFixture("The county has built no dikes.", "Tom Kessel has farmed by the river for years. \u201cNobody listens.\u201d");
        Assert.Equal("Tom Kessel", doc.Ask(_sieve, doc.Quote("Nobody listens.", SpeakerSource.Previous)));
    }

    [Fact]
    public void After_a_prose_paragraph_with_nobody_named_it_finds_nobody()
    {
        var doc = new SieveFixture("\u201cThe river is rising,\u201d said farmer Tom Kessel.", "The county has built no dikes since the war.", "\u201cNobody listens.\u201d");
        doc.Said(doc.Quote("The river is rising,"));
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("Nobody listens.", SpeakerSource.Previous)));
    }

    [Fact]
    public void A_statement_with_its_own_cue_is_not_claimed()
    {
        var doc = new SieveFixture("\u201cThe river is rising,\u201d said farmer Tom Kessel.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("The river is rising,")));
    }
}
