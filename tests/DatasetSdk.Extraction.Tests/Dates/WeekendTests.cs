using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class WeekendTests
{
    private const string Anchor = "2021-03-16";

    [Theory]
    [InlineData("The ferry was damaged in a storm over the weekend.", "the weekend=null")]
    [InlineData("Паром повредило штормом на выходных.", "на выходных=null")]
    [InlineData("The mayor will open the bridge this weekend.", "this weekend=null")]
    public void The_weekend_behind_a_time_word_is_a_mention_without_a_single_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence, Anchor));

    [Theory]
    [InlineData("Weekend traffic is heavy near the port.")]
    [InlineData("Выходные дни перенесли указом.")]
    [InlineData("Магазины на выходные не закрывают.")]
    public void A_weekend_that_qualifies_a_noun_or_opens_a_sentence_is_no_date(string sentence) =>
        Assert.Empty(Mentions(sentence, Anchor));
}
