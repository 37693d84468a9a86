namespace DatasetSdk.EndToEnd.Tests;

public class DocumentTests
{
    [Fact]
    public void Every_seed_file_is_a_document_in_id_order()
    {
        Assert.Equal(
            new[] { SeedFacts.KremlinId, SeedFacts.TassId, "002_92e40dcac4cd9379", SeedFacts.RussianId, SeedFacts.ForumId },
            Corpus.Documents.All.Select(d => d.Id));
        Assert.All(Corpus.Documents.All, d => Assert.Equal(d.Id + ".txt", d.FileName));
    }

    [Fact]
    public void ById_finds_the_TASS_article_with_its_headline_and_outlet()
    {
        var document = Corpus.Documents.ById(SeedFacts.TassId);

        Assert.NotNull(document);
        Assert.Equal(SeedFacts.TassTitle, document.Title);
        Assert.Equal("TASS", document.Source);
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void Every_document_has_a_typed_member_named_from_its_id()
    {
        // Checked by reflection so that a naming change fails this test, not the whole build.
        var members = typeof(Corpus.Documents);
        Assert.Same(Corpus.Documents.ById(SeedFacts.TassId), members.GetProperty("Doc001_5149d5faf0a924b9")?.GetValue(null));
        foreach (var document in Corpus.Documents.All)
        {
            Assert.Contains(members.GetProperties(), p => p.PropertyType == typeof(Document) && ReferenceEquals(p.GetValue(null), document));
        }
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("")]
    [InlineData("001_5149D5FAF0A924B9x")]
    [InlineData("001_5149d5faf0a924b9.txt")]
    public void ById_returns_null_for_an_unknown_id(string id)
    {
        Assert.Null(Corpus.Documents.ById(id));
    }

    [Fact]
    public void Russian_article_is_russian_and_the_others_english()
    {
        Assert.Equal("ru", Corpus.Documents.ById(SeedFacts.RussianId)!.Language);
        Assert.All(Corpus.Documents.All.Where(d => d.Id != SeedFacts.RussianId), d => Assert.Equal("en", d.Language));
    }

    [Fact]
    public void Kremlin_transcript_is_published_on_its_header_date()
    {
        var published = Corpus.Documents.ById(SeedFacts.KremlinId)!.Published;

        Assert.NotNull(published);
        Assert.Equal("2010-11-13", published.Value.ToString());
        Assert.Equal(DatePrecision.Day, published.Value.Precision);
        Assert.Equal(new DateOnly(2010, 11, 13), published.Value.ToDateOnly());
    }

    [Fact]
    public void Reader_comments_stay_apart_from_the_article()
    {
        var forum = Corpus.Documents.ById(SeedFacts.ForumId)!;

        Assert.NotEmpty(forum.Comments);
        Assert.Empty(Corpus.Documents.ById(SeedFacts.TassId)!.Comments);
        // A reader's words are not a statement of the article.
        Assert.DoesNotContain(forum.Statements, s => forum.Comments.Any(c => c.Text.Contains(s.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Statements_of_a_document_point_back_to_it_and_partition_the_corpus()
    {
        foreach (var document in Corpus.Documents.All)
        {
            Assert.All(document.Statements, s => Assert.Same(document, s.Document));
            Assert.Equal(document.Statements, Corpus.Statements.ByDocument(document));
        }
        Assert.Equal(Corpus.Statements.All.Count, Corpus.Documents.All.Sum(d => d.Statements.Count));
    }

    [Fact]
    public void Statement_positions_point_at_their_text_in_the_seed_file()
    {
        foreach (var document in Corpus.Documents.All)
        {
            var text = File.ReadAllText(SeedFacts.RepositoryFile(Path.Combine("seeds", document.FileName)));
            var lineStarts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') lineStarts.Add(i + 1);
            }
            foreach (var statement in document.Statements)
            {
                Assert.Equal(statement.Text, text.Substring(statement.Start, statement.Length));
                Assert.Equal(lineStarts.FindLastIndex(start => start <= statement.Start) + 1, statement.Line);
                Assert.Equal(document.Id + "#", statement.Id[..(statement.Id.IndexOf('#') + 1)]);
            }
        }
    }
}
