namespace DatasetSdk.EndToEnd.Tests;

public class SpeakerTests
{
    [Theory]
    [InlineData("Lavrov")]
    [InlineData("Sergei Lavrov")]
    [InlineData("LAVROV")]
    [InlineData("  sergei   lavrov ")]
    [InlineData("Лавров")]
    public void BySpeaker_finds_Lavrov_under_any_of_his_names(string key)
    {
        var statements = Corpus.Statements.BySpeaker(key);

        Assert.Contains(SeedFacts.PriorityTasks, statements);
        Assert.Contains(SeedFacts.RealityIs, statements);
    }

    [Fact]
    public void Lavrov_is_one_speaker_across_English_and_Russian_articles()
    {
        var lavrov = Corpus.Speakers.Find("Lavrov");

        Assert.NotNull(lavrov);
        Assert.Equal("SergeiLavrov", lavrov.Id);
        Assert.Equal("Sergei Lavrov", lavrov.Name);
        Assert.Same(lavrov, Corpus.Speakers.Find("Лавров"));
        Assert.Same(lavrov, SeedFacts.PriorityTasks.Speaker);
        Assert.Same(lavrov, SeedFacts.RealityIs.Speaker);
        Assert.Equal(lavrov.Statements, Corpus.Statements.BySpeaker(lavrov));
        // He speaks in the Kremlin transcript, the TASS report, the Russian article and the forum page.
        Assert.Equal(
            new[] { SeedFacts.KremlinId, SeedFacts.TassId, SeedFacts.RussianId, SeedFacts.ForumId },
            lavrov.Statements.Select(s => s.Document.Id).Distinct());
        Assert.False(lavrov.IsCollective);
    }

    [Fact]
    public void Every_speaker_has_a_typed_member_named_by_its_id()
    {
        foreach (var speaker in Corpus.Speakers.All)
        {
            Assert.Same(speaker, typeof(Corpus.Speakers).GetProperty(speaker.Id)?.GetValue(null));
        }
    }

    [Fact]
    public void Every_statement_of_a_speaker_is_attributed_to_that_speaker()
    {
        foreach (var speaker in Corpus.Speakers.All)
        {
            Assert.All(speaker.Statements, s => Assert.Same(speaker, s.Speaker));
            Assert.Same(speaker, Corpus.Speakers.Find(speaker.Name));
        }
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Lavrov Sergei Viktorovich the Third")]
    [InlineData("\"); System.Environment.Exit(1); //")]
    public void Unknown_speaker_gives_an_empty_list_not_null(string key)
    {
        var statements = Corpus.Statements.BySpeaker(key);

        Assert.NotNull(statements);
        Assert.Empty(statements);
        Assert.Null(Corpus.Speakers.Find(key));
    }

    [Fact]
    public void BySpeaker_lists_statements_in_document_order()
    {
        SeedFacts.AssertDocumentOrder(Corpus.Statements.BySpeaker("Lavrov"));
    }
}
