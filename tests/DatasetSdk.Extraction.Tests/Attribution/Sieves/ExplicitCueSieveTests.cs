using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Attribution.Sieves;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

public class ExplicitCueSieveTests
{
    [Fact]
    public void Name_in_the_cue_is_the_speaker()
    {
        var doc = new SieveFixture("\u201cWe are ready,\u201d said Mayor Ellen Brandt.");
        Assert.Equal("Ellen Brandt", doc.Ask(ExplicitCueSieve.Name, doc.Quote("We are ready,")));
    }

    [Fact]
    public void Russian_name_in_the_cue_is_the_speaker()
    {
        var doc = new SieveFixture("\u00abМы готовы\u00bb, \u2014 заявил губернатор Олег Смирнов.");
        Assert.Equal("Олег Смирнов", doc.Ask(ExplicitCueSieve.Name, doc.Quote("Мы готовы")));
    }

    [Fact]
    public void Pronoun_cue_is_not_a_name()
    {
        var doc = new SieveFixture("Mayor Ellen Brandt opened the bridge. \u201cWe are ready,\u201d she said.");
        Assert.Null(doc.Ask(ExplicitCueSieve.Name, doc.Quote("We are ready,")));
    }

    [Fact]
    public void Group_speaking_together_is_the_speaker()
    {
        var doc = new SieveFixture("\u201cThe talks were useful,\u201d the two sides said.");
        Assert.Equal("the two sides", doc.Ask(ExplicitCueSieve.Collective, doc.Quote("The talks were useful,")));
    }

    [Fact]
    public void Russian_group_speaking_together_is_the_speaker()
    {
        var doc = new SieveFixture("\u00abПереговоры были полезными\u00bb, \u2014 заявили стороны.");
        Assert.Equal("стороны", doc.Ask(ExplicitCueSieve.Collective, doc.Quote("Переговоры были полезными")));
    }

    [Fact]
    public void Named_person_is_not_a_group()
    {
        var doc = new SieveFixture("\u201cThe talks were useful,\u201d said Mayor Ellen Brandt.");
        Assert.Null(doc.Ask(ExplicitCueSieve.Collective, doc.Quote("The talks were useful,")));
    }

    [Fact]
    public void Unnamed_questioner_of_a_transcript_is_the_journalist()
    {
        var doc = new SieveFixture("QUESTION: Will the bridge open in May?");
        var question = doc.Quote("Will the bridge open in May?", SpeakerSource.Previous) with
        {
            Source = SpeakerSource.Cue,
            Kind = StatementKind.Transcript,
            Cue = new Cue(new Mention(MentionKind.Journalist, 0, 8, "QUESTION", Array.Empty<string>(), null), VerbFrame.That),
        };
        Assert.Equal("journalist", doc.Ask(ExplicitCueSieve.Journalist, question));
        Assert.Null(doc.Ask(ExplicitCueSieve.Name, question));
    }
}
