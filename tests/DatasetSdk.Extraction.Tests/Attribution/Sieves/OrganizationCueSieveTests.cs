using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class OrganizationCueSieveTests
{
    private readonly OrganizationCueSieve _sieve = new();

    [Fact]
    public void Body_in_the_cue_is_the_speaker()
    {
        var doc = new SieveFixture("\u201cThe bridge is safe,\u201d said the Transport Ministry.");
        Assert.Equal("Transport Ministry", doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }

    [Fact]
    public void Russian_body_in_the_cue_is_the_speaker()
    {
        var doc = new SieveFixture("\u00abМост безопасен\u00bb, \u2014 сообщило министерство транспорта.");
        Assert.Equal("министерство транспорта", doc.Ask(_sieve, doc.Quote("Мост безопасен")));
    }

    [Fact]
    public void Minister_s_own_ministry_is_named_after_the_minister_s_role()
    {
        var doc = new SieveFixture("Swedish Foreign Minister Lena Holm arrived on Monday. \u201cThe talks went well,\u201d said her ministry.");
        Assert.Equal("the Swedish Foreign Ministry", doc.Ask(_sieve, doc.Quote("The talks went well,")));
    }

    [Fact]
    public void Ministry_of_someone_who_is_no_minister_keeps_its_own_words()
    {
        var doc = new SieveFixture("Mayor Lena Holm arrived on Monday. \u201cThe talks went well,\u201d said her ministry.");
        Assert.Equal("her ministry", doc.Ask(_sieve, doc.Quote("The talks went well,")));
    }

    [Fact]
    public void Name_cue_is_not_a_body()
    {
        var doc = new SieveFixture("\u201cThe bridge is safe,\u201d said Mayor Ellen Brandt.");
        Assert.Null(doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }
}
