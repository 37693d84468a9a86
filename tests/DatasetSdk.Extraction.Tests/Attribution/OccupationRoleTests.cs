using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>Occupations (coach, professor, lawyer, академик …) introduce a named speaker as offices do.</summary>
public class OccupationRoleTests
{
    [Theory]
    [InlineData("Head coach Ellen Marsh watched the match from the stands.", "\"We defended well,\" the coach said.")]
    [InlineData("Professor Ellen Marsh presented the study on Monday.", "\"The sample was small,\" the professor said.")]
    [InlineData("Академик Елена Маршева представила доклад.", "«Выборка была небольшой», — сказал академик.")]
    public void An_occupation_named_with_a_person_later_stands_for_that_person(string introduction, string quote)
    {
        var result = Body(introduction, quote);
        var s = result.Single();
        Assert.Equal(introduction.Contains("Маршева") ? "Елена Маршева" : "Ellen Marsh", s.Speaker);
    }

    [Theory]
    [InlineData("\"We lost every battle in front of the net,\" Northwind Rovers coach Ellen Marsh said.")]
    [InlineData("\"The results surprised everyone,\" Lakeside University professor Ellen Marsh said.")]
    [InlineData("\"The ruling will be appealed,\" Harbour Shipping lawyer Ellen Marsh told reporters.")]
    public void An_occupation_between_a_body_and_a_name_keeps_the_body_out_of_the_name(string paragraph)
    {
        Assert.Equal("Ellen Marsh", Body(paragraph).Single().Speaker);
    }

    [Fact]
    public void An_occupation_nobody_was_introduced_with_stays_unresolved_to_a_person()
    {
        var result = Body("Ellen Marsh presented the study on Monday.", "\"The sample was small,\" the coach said.");
        Assert.NotEqual("Ellen Marsh", result.Single().Speaker);
    }
}
