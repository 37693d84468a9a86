using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class CompoundDateTests
{
    [Fact]
    public void A_weekday_before_a_calendar_date_is_part_of_one_mention()
    {
        Assert.Equal(new[] { "Friday, May 6, 2016=2016-05-06" }, Mentions("Friday, May 6, 2016"));
    }

    [Theory]
    [InlineData("The reform will be finished by the end of 2013.", "2013=2013")]
    [InlineData("Prices peaked in June of 2008.", "June of 2008=2008-06")]
    [InlineData("Работы завершат до конца декабря.", "конца декабря=XXXX-12")]
    [InlineData("Talks are set for the beginning of October.", "beginning of October=XXXX-10")]
    public void Parts_of_months_and_years_are_dates(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(sentence));
}
