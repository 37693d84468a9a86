using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Tests.Quotes.Reported.SieveFixture;

namespace DatasetSdk.Extraction.Tests.Quotes.Reported;

public class PointsBackSieveTests
{
    private static readonly PointsBackSieve Sieve = new();

    [Fact]
    public void The_sentence_before_is_what_was_said()
    {
        var s = Run(Sieve, "Паромная линия откроется в мае. Об этом сообщил министр транспорта Олег Рябов.", sentence: 1).Single();
        Assert.Equal("Паромная линия откроется в мае", s.Text);
        Assert.Contains("Олег Рябов", s.Speaker);
    }

    [Fact]
    public void At_a_paragraph_start_the_lone_sentence_before_is_what_was_said()
    {
        var s = Run(Sieve, "Об этом журналистам сообщил мэр Олег Рябов.", lead: "Паромная линия откроется в мае.").Single();
        Assert.Equal("Паромная линия откроется в мае", s.Text);
        Assert.Contains("Олег Рябов", s.Speaker);
    }

    [Fact]
    public void A_document_can_be_the_source()
    {
        var s = Run(Sieve, "Паромная линия откроется в мае. Об этом говорится в сообщении пресс-службы министерства.", sentence: 1).Single();
        Assert.Equal("Паромная линия откроется в мае", s.Text);
        Assert.Equal("пресс-службы министерства", s.Speaker);
    }

    [Fact]
    public void Pointing_back_without_a_speech_verb_is_not_reported_speech()
    {
        Run(Sieve, "Паромная линия откроется в мае. Об этом давно спорят жители.", sentence: 1).Nothing();
    }

    [Fact]
    public void A_first_sentence_with_no_lead_has_nothing_to_point_back_to()
    {
        Run(Sieve, "Об этом сообщил министр транспорта Олег Рябов.").Nothing();
    }

    [Fact]
    public void An_english_sentence_is_not_read()
    {
        Run(Sieve, "The ferry line opens in May. About this, the minister Anna Berg said nothing.", sentence: 1).Nothing();
    }
}
