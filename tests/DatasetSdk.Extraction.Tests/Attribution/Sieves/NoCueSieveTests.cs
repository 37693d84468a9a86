using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Attribution.Sieves;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class NoCueSieveTests
{
    [Fact]
    public void Quoted_word_with_no_cue_has_nobody()
    {
        var doc = new SieveFixture("Mayor Ellen Brandt opened the bridge. The word \u201creform\u201d is everywhere.");
        var word = doc.Quote("reform");
        Assert.Null(word.Cue);
        Assert.Equal(SieveFixture.Nobody, doc.Ask(new NoCueSieve(), word));
        Assert.Equal((null, "no-cue"), AttributionPipeline.Attribute(word, doc.Context));
    }

    [Fact]
    public void Russian_quoted_word_with_no_cue_has_nobody()
    {
        var doc = new SieveFixture("Губернатор Олег Смирнов открыл мост. Слово \u00abреформа\u00bb звучит везде.");
        Assert.Equal((null, "no-cue"), AttributionPipeline.Attribute(doc.Quote("реформа"), doc.Context));
    }

    [Fact]
    public void Cued_statement_never_reaches_it()
    {
        var doc = new SieveFixture("\u201cWe are ready,\u201d said Mayor Ellen Brandt.");
        Assert.Equal("cue-name", AttributionPipeline.Attribute(doc.Quote("We are ready,"), doc.Context).Rule);
        Assert.IsType<NoCueSieve>(AttributionPipeline.Sieves[AttributionPipeline.Sieves.Count - 1]);
    }
}
