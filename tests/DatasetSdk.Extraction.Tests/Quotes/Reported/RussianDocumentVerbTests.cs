using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"…, говорится (отмечается, указано) в материалах компании", "…, следует из отчетности компании": a document speaks for its owner.</summary>
public class RussianDocumentVerbTests
{
    [Theory]
    [InlineData("Выручка компании выросла на треть, следует из отчетности компании.", "Выручка компании выросла на треть")]
    [InlineData("Чистая прибыль снизилась на десять процентов, говорится в материалах компании.", "Чистая прибыль снизилась на десять процентов")]
    [InlineData("Завод заработает в следующем году, отмечается в сообщении компании.", "Завод заработает в следующем году")]
    [InlineData("Срок строительства составит три года, указано в документе компании.", "Срок строительства составит три года")]
    public void The_clause_before_a_document_cue_is_the_owners(string sentence, string clause)
    {
        var statement = Body(sentence).Single();
        Assert.Equal(clause, statement.Text);
        Assert.Equal("компания", statement.Speaker);
    }

    [Fact]
    public void Following_from_something_that_is_no_document_reports_nothing()
    {
        // Negative: "следует из этого" names no document.
        Assert.Empty(Body("Цены вырастут, и это следует из логики рынка.").Statements);
    }
}
