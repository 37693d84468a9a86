using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

/// <summary>English only: Russian news has no "…, – сказало оно" to read.</summary>
public class BodyPronounSieveTests
{
    private readonly BodyPronounSieve _sieve = new();

    [Fact]
    public void It_is_the_body_last_named()
    {
        var doc = new SieveFixture("The Transport Ministry released a statement on Monday. \u201cThe bridge is safe,\u201d it said.");
        Assert.Equal("the Transport Ministry", doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }

    [Fact]
    public void Body_named_in_the_prose_paragraph_before()
    {
        var doc = new SieveFixture("The Transport Ministry released a statement on Monday.", "\u201cThe bridge is safe,\u201d it said.");
        Assert.Equal("the Transport Ministry", doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }

    [Fact]
    public void It_with_no_body_named_is_nobody()
    {
        var doc = new SieveFixture("Mayor Ellen Brandt released a statement on Monday. \u201cThe bridge is safe,\u201d it said.");
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }

    [Fact]
    public void Body_named_inside_a_quote_is_not_the_writer_s()
    {
        var doc = new SieveFixture("Ellen Brandt wrote that \u201cthe Transport Ministry knew\u201d. \u201cThe bridge is safe,\u201d it said.");
        Assert.Equal(SieveFixture.Nobody, doc.Ask(_sieve, doc.Quote("The bridge is safe,")));
    }
}
