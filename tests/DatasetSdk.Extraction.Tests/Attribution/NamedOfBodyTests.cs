using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>"The Bank of Northwind said": a body named "X of Y" speaks, not the place Y.</summary>
public class NamedOfBodyTests
{
    [Theory]
    [InlineData("The Bank of Northwind said that interest rates would stay the same.", "the Bank of Northwind")]
    [InlineData("The University of Lakeside said that classes would resume on Monday.", "the University of Lakeside")]
    public void A_body_named_x_of_y_is_the_speaker(string sentence, string speaker)
    {
        Assert.Equal(speaker, Body(sentence).Single().Speaker);
    }

    [Fact]
    public void A_person_of_a_place_stays_the_person()
    {
        Assert.Equal("Peter Olsen", Body("Peter Olsen of Lakeside said that the plant would open next year.").Single().Speaker);
    }

    [Fact]
    public void A_role_of_a_place_stays_the_role()
    {
        var result = Body("Governor of Lakeside Anna Reyes said that the roads were open.");
        Assert.Equal("Anna Reyes", result.Single().Speaker);
    }

    [Theory]
    [InlineData("The Governor of Lakeside said that the roads would be repaired by May.", "the Governor of Lakeside")]
    [InlineData("The mayor of Lakeside said that taxes would rise.", "the mayor of Lakeside")]
    public void A_role_of_a_place_with_no_name_is_the_role_not_the_place(string sentence, string speaker)
    {
        var result = Body(sentence);
        Assert.Equal(speaker, result.Single().Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name == "Lakeside");
    }

    [Fact]
    public void A_role_at_a_body_named_x_of_y_is_the_role()
    {
        Assert.Equal("a spokesman for the Bank of Northwind", Body("A spokesman for the Bank of Northwind said that rates would not change.").Single().Speaker);
    }
}
