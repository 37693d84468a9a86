namespace QuoteTests;

// What a team that builds on this corpus would pin: facts of the seed articles as the extractor reads them
// today. The values were read from `datasetsdk export seeds`. When an extractor change moves one, the
// failing test names the fact that moved, and the team decides whether the corpus got better or worse.
public sealed class CorpusFacts
{
    [Fact]
    public void The_corpus_has_five_documents_and_69_statements()
    {
        Assert.Equal(5, Corpus.Documents.All.Count);
        Assert.Equal(69, Corpus.Statements.All.Count);
    }

    [Theory]
    [InlineData("Lavrov", 43)]
    [InlineData("Putin", 14)]
    [InlineData("Abe", 3)]
    [InlineData("Peskov", 3)]
    [InlineData("Gemba", 3)]
    [InlineData("Kisida", 2)]
    public void Statement_count_of_each_speaker(string speaker, int count)
    {
        Assert.Equal(count, Corpus.Statements.BySpeaker(speaker).Count);
    }

    [Fact]
    public void Every_statement_has_a_speaker()
    {
        Assert.DoesNotContain(Corpus.Statements.All, s => s.Speaker is null);
    }

    [Fact]
    public void A_known_quote_keeps_its_id_speaker_and_date()
    {
        // Ids are anchored to the words, so this one survives extractor changes that find or lose other statements.
        var quote = Corpus.Statements.All.Single(s => s.Id == "001_5149d5faf0a924b9#57700dce");

        Assert.Equal("We hope our Japanese partners and counterparts have heard us.", quote.Text);
        Assert.Same(Corpus.Speakers.SergeiLavrov, quote.Speaker);
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal(new DateOnly(2016, 5, 6), quote.Date?.ToDateOnly());
        Assert.Equal(Corpus.Documents.Doc001_5149d5faf0a924b9, quote.Document);
    }

    [Fact]
    public void Thirty_three_statements_are_dated_6_May_2016()
    {
        Assert.Equal(33, Corpus.Statements.ByDate(new DateOnly(2016, 5, 6)).Count);
    }

    [Fact]
    public void The_peace_treaty_comes_up_in_five_English_statements()
    {
        var treaty = Corpus.Statements.Containing("peace treaty");

        Assert.Equal(5, treaty.Count);
        Assert.Equal(4, treaty.Count(s => s.Speaker == Corpus.Speakers.SergeiLavrov));
        Assert.Equal("004_d8f3739dae8bf1d8#5a88ba63", Assert.Single(treaty, s => s.Speaker == Corpus.Speakers.FumioKisida).Id);
        // Case does not matter; the words must stand together and in order.
        Assert.Equal(treaty, Corpus.Statements.Containing("PEACE TREATY"));
        Assert.Empty(Corpus.Statements.Containing("treaty peace"));
    }

    [Fact]
    public void The_peace_treaty_in_Russian_is_one_statement_by_Lavrov()
    {
        var treaty = Assert.Single(Corpus.Statements.Containing("мирного договора"));

        Assert.Same(Corpus.Speakers.SergeiLavrov, treaty.Speaker);
        Assert.Equal("ru", treaty.Language);
        Assert.Equal("003_22a095be99f9223f", treaty.Document.Id);
    }

    [Theory]
    [InlineData("Lavrov", "Лавров")]
    [InlineData("Sergei Lavrov", "Сергей Лавров")]
    [InlineData("Putin", "Путин")]
    [InlineData("Gemba", "Гэмба")]
    public void A_speaker_is_found_by_name_or_alias_in_either_script(string latin, string cyrillic)
    {
        var speaker = Corpus.Speakers.Find(latin);

        Assert.NotNull(speaker);
        Assert.Same(speaker, Corpus.Speakers.Find(cyrillic));
        Assert.Equal(speaker.Statements, Corpus.Statements.BySpeaker(latin));
        Assert.Equal(speaker.Statements, Corpus.Statements.BySpeaker(cyrillic));
        Assert.Equal(speaker.Statements, Corpus.Statements.BySpeaker(cyrillic.ToUpperInvariant()));
    }
}
