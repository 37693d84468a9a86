using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class RoleCueSieveTests
{
    private readonly RoleCueSieve _sieve = new();

    [Fact]
    public void Role_is_the_person_introduced_with_it()
    {
        var doc = new SieveFixture("Harbour master Ellen Marsh opened the gate. \u201cThe tide is late,\u201d the harbour master said.");
        Assert.Equal("Ellen Marsh", doc.Ask(_sieve, doc.Quote("The tide is late,")));
    }

    [Fact]
    public void Russian_role_is_the_person_introduced_with_it()
    {
        var doc = new SieveFixture("Министр финансов Олег Смирнов прибыл в Брюссель.", "\u00abБюджет будет принят\u00bb, \u2014 сказал министр.");
        Assert.Equal("Олег Смирнов", doc.Ask(_sieve, doc.Quote("Бюджет будет принят")));
    }

    [Fact]
    public void Description_with_no_role_of_the_lexicon_redescribes_the_person_just_named()
    {
        var doc = new SieveFixture("Few people know old boats like Tom Kessel. \u201cThey are all wood,\u201d says the soft-spoken collector.");
        Assert.Equal("Tom Kessel", doc.Ask(_sieve, doc.Quote("They are all wood,")));
    }

    [Fact]
    public void Known_role_nobody_was_introduced_with_is_its_own_speaker()
    {
        var doc = new SieveFixture("Few people know old boats like Tom Kessel. \u201cThe harbour will close,\u201d said the mayor.");
        Assert.Equal("the mayor", doc.Ask(_sieve, doc.Quote("The harbour will close,")));
    }

    [Fact]
    public void Name_cue_is_not_a_role()
    {
        var doc = new SieveFixture("\u201cThe tide is late,\u201d said harbour master Ellen Marsh.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("The tide is late,")));
    }
}
