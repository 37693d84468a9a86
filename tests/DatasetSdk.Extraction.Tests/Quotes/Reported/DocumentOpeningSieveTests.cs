using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class DocumentOpeningSieveTests
{
    private static readonly DocumentOpeningSieve Sieve = new();

    [Fact]
    public void The_documents_owner_speaks()
    {
        var s = Run(Sieve, "В сообщении пресс-службы мэрии говорится, что паром будет ходить ежедневно.").Single();
        Assert.Equal("паром будет ходить ежедневно", s.Text);
        Assert.Equal("пресс-службы мэрии", s.Speaker);
    }

    [Fact]
    public void A_document_with_no_owner_is_its_own_source()
    {
        var s = Run(Sieve, "В совместном заявлении отмечается, что паром будет ходить ежедневно.").Single();
        Assert.Equal("паром будет ходить ежедневно", s.Text);
        Assert.Equal("совместном заявлении", s.Speaker);
    }

    [Theory]
    [InlineData("В заявлении мэрии нет ни слова о пароме.")]
    [InlineData("В сообщении мэрии говорится о новом пароме.")]
    [InlineData("In the statement it is said that the ferry will run daily.")]
    public void A_document_without_an_impersonal_verb_and_its_clause_reports_nothing(string sentence)
    {
        Run(Sieve, sentence).Nothing();
    }
}
