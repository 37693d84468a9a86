using DatasetSdk.Extraction.Attribution.Sieves;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class NextQuoteSieveTests
{
    [Fact]
    public void Paragraph_left_open_takes_the_speaker_of_the_quote_closing_it()
    {
        var doc = new SieveFixture("\u201cThe river is full.", "\u201cSo we will wait,\u201d said farmer Tom Kessel.");
        var (people, rules) = Run(doc, doc.Quote("The river is full.", SpeakerSource.Previous, unclosed: true), doc.Quote("So we will wait,"));
        Assert.Equal("Tom Kessel", people[0]?.DisplayName());
        Assert.Equal("next-quote", rules[0]);
    }

    [Fact]
    public void Russian_paragraph_left_open_takes_the_speaker_of_the_quote_closing_it()
    {
        var doc = new SieveFixture("\u00abРека полна.", "\u00abПоэтому мы подождём\u00bb, \u2014 сказал фермер Олег Смирнов.");
        var (people, rules) = Run(doc, doc.Quote("Река полна.", SpeakerSource.Previous, unclosed: true), doc.Quote("Поэтому мы подождём"));
        Assert.Equal("Олег Смирнов", people[0]?.DisplayName());
        Assert.Equal("next-quote", rules[0]);
    }

    [Fact]
    public void Quote_after_words_of_its_own_paragraph_does_not_hand_its_speaker_back()
    {
        var doc = new SieveFixture("\u201cThe river is full.", "Farmer Tom Kessel shrugged: \u201cSo we will wait,\u201d he said.");
        var (people, rules) = Run(doc, doc.Quote("The river is full.", SpeakerSource.Previous, unclosed: true), doc.Quote("So we will wait,"));
        Assert.Null(people[0]);
        Assert.Equal("no-previous", rules[0]);
    }

    private static (Person?[] People, string[] Rules) Run(SieveFixture doc, params Candidate[] candidates)
    {
        var people = new Person?[candidates.Length];
        var rules = new string[candidates.Length];
        for (var i = 0; i < candidates.Length; i++) (people[i], rules[i]) = DatasetSdk.Extraction.Attribution.AttributionPipeline.Attribute(candidates[i], doc.Context);
        NextQuoteSieve.Apply(candidates, people, rules);
        return (people, rules);
    }
}
