using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class UnreadableCueSieveTests
{
    private readonly UnreadableCueSieve _sieve = new();

    [Fact]
    public void Verb_with_no_readable_speaker_goes_to_the_person_just_named()
    {
        var doc = new SieveFixture("Ellen Brandt runs the corner shop. \u201cPrices are up,\u201d the tired owner of the corner shop said.");
        Assert.Equal("Ellen Brandt", doc.Ask(_sieve, doc.QuoteWithUnreadableCue("Prices are up,")));
    }

    [Fact]
    public void Russian_person_named_in_the_prose_paragraph_before()
    {
        var doc = new SieveFixture("Елена Брандт держит лавку на углу.", "\u00abЦены растут\u00bb, \u2014 говорит уставшая хозяйка лавки.");
        Assert.Equal("Елена Брандт", doc.Ask(_sieve, doc.QuoteWithUnreadableCue("Цены растут")));
    }

    [Fact]
    public void Name_inside_a_quote_is_not_the_writer_s()
    {
        var doc = new SieveFixture("The shop sign reads \u201cEllen Brandt and Sons\u201d. \u201cPrices are up,\u201d the tired owner said.");
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.QuoteWithUnreadableCue("Prices are up,")));
    }

    [Fact]
    public void Readable_speaker_is_not_claimed()
    {
        var doc = new SieveFixture("\u201cPrices are up,\u201d said Ellen Brandt.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("Prices are up,")));
    }
}
