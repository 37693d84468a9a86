using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

/// <summary>A wire headline signed by its speaker after a colon or a spaced dash: "…: transport minister", "… — министр".</summary>
public class SignedHeadlineTests
{
    [Theory]
    [InlineData("Bridge will reopen in May: transport minister", "Bridge will reopen in May")]
    [InlineData("Bridge will reopen in May - transport minister", "Bridge will reopen in May")]
    [InlineData("Bridge will reopen in May — Maria Brums", "Bridge will reopen in May")]
    public void An_english_headline_signed_by_a_role_or_a_known_name(string title, string said)
    {
        var result = Run((BlockKind.Title, title), (BlockKind.Body, "Transport minister Maria Brums spoke to reporters on Monday about the old bridge."));
        var statement = result.Statements.Single(s => s.Text == said);
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("Maria Brums", statement.Speaker);
    }

    [Fact]
    public void A_russian_headline_signed_after_a_dash()
    {
        var result = Run((BlockKind.Title, "Мост откроют в мае — министр транспорта"), (BlockKind.Body, "Министр транспорта Анна Белкина выступила перед журналистами в понедельник."));
        var statement = result.Statements.Single(s => s.Text == "Мост откроют в мае");
        Assert.Equal("Анна Белкина", statement.Speaker);
    }

    [Theory]
    [InlineData("Bridge will reopen in May - Northwind Daily")]
    [InlineData("Old bridge: what happens next")]
    [InlineData("Open: minister")]
    public void An_outlet_a_topic_or_a_bare_label_signs_nothing(string title)
    {
        var result = Run((BlockKind.Title, title), (BlockKind.Body, "Transport minister Maria Brums spoke to reporters on Monday about the old bridge."));
        Assert.DoesNotContain(result.Statements, s => s.Text.StartsWith("Bridge will") || s.Text.StartsWith("Old bridge") || s.Text == "Open");
    }
}
