using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

/// <summary>"По словам Рябова, …, а по мнению Белкиной, …": two sources in one sentence are two reports.</summary>
public class SecondSourceTests
{
    [Fact]
    public void Each_source_reports_its_own_half()
    {
        var result = Body("По словам Олега Рябова, власти поддержат малый бизнес, а по мнению Анны Белкиной, налоги не вырастут.");
        Assert.Equal("Олег Рябов", result.With("власти поддержат малый бизнес").Speaker);
        Assert.Equal("Анна Белкина", result.With("налоги не вырастут").Speaker);
    }

    [Fact]
    public void An_english_second_source_after_but()
    {
        var result = Body("According to the mayor, the bridge will reopen in May, but according to the union, the repairs will take a year.");
        Assert.Equal("the bridge will reopen in May", result.Statements[0].Text);
        Assert.Equal("the repairs will take a year", result.Statements[1].Text);
    }

    [Fact]
    public void A_conjunction_without_a_source_after_it_keeps_the_sentence_whole()
    {
        // Negative: "а" opens no second report here.
        var statement = Body("По словам Олега Рябова, власти поддержат малый бизнес, а налоги снизят.").Single();
        Assert.Equal("власти поддержат малый бизнес, а налоги снизят", statement.Text);
    }
}
