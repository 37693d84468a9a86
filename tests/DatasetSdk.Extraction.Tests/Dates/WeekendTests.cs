using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class WeekendTests
{
    // 2021-03-16 was a Tuesday; the weekend before it began on Saturday 2021-03-13.
    private const string Anchor = "2021-03-16";

    [Theory]
    [InlineData("The ferry was damaged in a storm over the weekend.", "weekend=2021-03-13")]
    [InlineData("Паром повредило штормом на выходных.", "выходных=2021-03-13")]
    public void The_weekend_behind_a_time_word_is_its_saturday(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Weekend traffic is heavy near the port.")]
    [InlineData("Выходные дни перенесли указом.")]
    [InlineData("Магазины на выходные не закрывают.")]
    public void A_weekend_that_qualifies_a_noun_or_opens_a_sentence_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, Anchor));
}
