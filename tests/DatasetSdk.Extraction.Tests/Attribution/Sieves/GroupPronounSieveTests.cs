using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class GroupPronounSieveTests
{
    private readonly GroupPronounSieve _sieve = new();

    [Fact]
    public void They_is_the_group_that_spoke_last()
    {
        var doc = new SieveFixture("\u201cThe talks were useful,\u201d the two sides said. \u201cWe will meet again,\u201d they said.");
        doc.Said(doc.Quote("The talks were useful,"));
        Assert.Equal("the two sides", doc.Ask(_sieve, doc.Quote("We will meet again,")));
    }

    [Fact]
    public void Russian_they_is_the_group_that_spoke_last()
    {
        var doc = new SieveFixture("\u00abПереговоры были полезными\u00bb, \u2014 заявили стороны. \u00abМы встретимся снова\u00bb, \u2014 заявили они.");
        doc.Said(doc.Quote("Переговоры были полезными"));
        Assert.Equal("стороны", doc.Ask(_sieve, doc.Quote("Мы встретимся снова")));
    }

    [Fact]
    public void They_with_no_group_before_is_nobody()
    {
        var doc = new SieveFixture("\u201cThe talks were useful,\u201d said Mayor Ellen Brandt. \u201cWe will meet again,\u201d they said.");
        doc.Said(doc.Quote("The talks were useful,"));
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("We will meet again,")));
    }

    [Fact]
    public void Personal_pronoun_is_not_claimed()
    {
        var doc = new SieveFixture("\u201cWe will meet again,\u201d she said.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("We will meet again,")));
    }
}
