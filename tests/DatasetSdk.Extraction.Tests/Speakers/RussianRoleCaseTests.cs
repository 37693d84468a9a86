using DatasetSdk.Extraction.Languages.Ru;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Speakers;

/// <summary>A Russian role read in an oblique case is shown in the nominative; its complement stays as written.</summary>
public class RussianRoleCaseTests
{
    [Theory]
    [InlineData("главой МИД Норвегии", "глава МИД Норвегии")]
    [InlineData("министром финансов", "министр финансов")]
    [InlineData("председателем комитета", "председатель комитета")]
    [InlineData("президента компании", "президент компании")]
    [InlineData("министр финансов", "министр финансов")]
    [InlineData("глава района", "глава района")]
    [InlineData("Foreign Minister", "Foreign Minister")]
    [InlineData("главы района", "глава района")]
    public void The_head_of_a_role_goes_back_to_the_nominative(string role, string nominative)
    {
        Assert.Equal(nominative, RoleCase.Nominative(role));
    }

    [Theory]
    [InlineData("депутатов думы", "депутаты думы")]
    [InlineData("эксперты", "эксперты")]
    [InlineData("представителей компании", "представителей компании")]
    [InlineData("представители компании", "представители компании")]
    public void A_group_in_the_genitive_plural_goes_back_to_the_nominative_plural(string label, string nominative)
    {
        Assert.Equal(nominative, RoleCase.Nominative(label, plural: true));
    }

    [Fact]
    public void A_speaker_met_in_the_instrumental_has_a_nominative_role()
    {
        var result = Body("Журналисты встретились с главой МИД Норвегии Ларсом Ульсеном. Он заявил, что переговоры продолжатся.");
        Assert.Equal("глава МИД Норвегии", result.Speaker("Ларс Ульсен").Role);
    }
}
