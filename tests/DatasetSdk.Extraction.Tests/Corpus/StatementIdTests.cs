using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Corpus;

/// <summary>Statement ids follow the words, not their position, so corrections and pinned tests survive extractor changes.</summary>
public class StatementIdTests
{
    private static ExtractedStatement Said(string text, int start = 0) => new(start, text.Length, 1, StatementKind.Direct, text, null, null, "en");

    private static IReadOnlyList<string> Ids(params ExtractedStatement[] statements) => StatementIds.For("doc", statements);

    [Fact]
    public void A_statement_found_before_the_others_leaves_their_ids_unchanged()
    {
        var before = Ids(Said("The bridge opens in May."), Said("Tolls will be low."));
        var after = Ids(Said("We are proud of the crew."), Said("The bridge opens in May."), Said("Tolls will be low."));
        Assert.Equal(before, after.Skip(1));
        Assert.Equal(3, after.Distinct().Count());
    }

    [Fact]
    public void A_repeated_text_is_numbered_in_document_order()
    {
        var ids = Ids(Said("No comment."), Said("Tolls will be low."), Said("No comment."));
        Assert.Equal(ids[0] + "-2", ids[2]);
        Assert.DoesNotContain('-', ids[0]);
    }

    [Fact]
    public void Line_breaks_and_capitals_do_not_move_an_id_but_other_words_do()
    {
        Assert.Equal(Ids(Said("The bridge opens\nin May.")), Ids(Said("the bridge opens in May.")));
        Assert.NotEqual(Ids(Said("The bridge opens in May.")), Ids(Said("The bridge opens in June.")));
    }

    [Fact]
    public void Ids_carry_the_document_and_eight_hex_digits_the_same_on_every_run()
    {
        var id = Assert.Single(Ids(Said("Мост откроют в мае.")));
        Assert.Matches("^doc#[0-9a-f]{8}$", id);
        Assert.Equal(id, Assert.Single(Ids(Said("Мост откроют в мае."))));
    }

    [Fact]
    public void The_built_corpus_uses_them()
    {
        var statements = new[] { Said("The bridge opens in May.") }.ToEquatableArray();
        var doc = new ExtractedDocument("a", "a.txt", "a.txt", "en", null, null, null, null, statements, EquatableArray<DocumentSpeaker>.Empty,
            EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty, EquatableArray<ExtractionIssue>.Empty);
        Assert.Equal(StatementIds.For("a", statements), CorpusBuilder.Build(new[] { doc }).Statements.Select(s => s.Id));
    }
}
