using DatasetSdk.Extraction.Dates;
using static DatasetSdk.Extraction.Tests.Dates.DateFixture;

namespace DatasetSdk.Extraction.Tests.Dates;

public class TimeAroundDateTests
{
    [Theory]
    [InlineData("10:15, 9 апреля 2024", "9 апреля 2024=2024-04-09")]
    [InlineData("08:40, 3 May 2024", "3 May 2024=2024-05-03")]
    public void A_time_before_the_date_is_not_a_list_of_days(string line, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(line));

    [Fact]
    public void A_list_of_days_after_a_comma_is_still_a_list() =>
        Assert.Equal(new[] { "15, 16 и 17 апреля 2024 года=2024-04-15" }, Mentions("Выставка пройдет 15, 16 и 17 апреля 2024 года."));

    [Theory]
    [InlineData("April 9, 2024 at 4:12 pm", 16)]
    [InlineData("April 9, 2024 at 12:05 a.m.", 0)]
    [InlineData("April 9, 2024 at 9:30 am", 9)]
    [InlineData("April 9, 2024 at 21:30", 21)]
    public void Am_and_pm_move_the_hour_to_the_24_hour_clock(string stamp, int hour)
    {
        var e = Assert.Single(DateFinder.Find(stamp, 0, stamp.Length));
        Assert.Equal(hour, e.Hour);
        Assert.Equal(stamp.Length, e.Length);
    }
}

public class SlashDateTests
{
    [Theory]
    [InlineData("Опубликовано 14/10/2025 в 10:00", "14/10/2025 в 10:00=2025-10-14")]
    [InlineData("Posted 10/14/2025", "10/14/2025=2025-10-14")]
    [InlineData("Posted 05/05/2025", "05/05/2025=2025-05-05")]
    public void A_slashed_date_with_a_plain_order_is_read(string line, string expected) =>
        Assert.Equal(new[] { expected }, Mentions(line));

    [Theory]
    [InlineData("Posted 04/05/2025")]
    [InlineData("Score 14/15/2025")]
    [InlineData("Ratio 3/4")]
    public void An_ambiguous_or_impossible_slashed_date_is_left_alone(string line) =>
        Assert.Empty(Mentions(line));
}
