namespace DatasetSdk.Extraction.Dates;

/// <summary>How a date mention pins down its value.</summary>
public enum DateForm
{
    /// <summary>Calendar fields as written (year, month, day; any may be missing).</summary>
    Calendar,
    /// <summary>A number of days from the document date ("yesterday", "two weeks ago").</summary>
    RelativeDays,
    /// <summary>A number of months from the document date ("last month").</summary>
    RelativeMonths,
    /// <summary>A number of years from the document date ("this year", "в прошлом году").</summary>
    RelativeYears,
    /// <summary>A day of the week near the document date ("on Friday", "в субботу").</summary>
    Weekday,
    /// <summary>The day the text named last ("в этот же день", "the same day").</summary>
    SameDay,
    /// <summary>A season ("летом", "in the autumn", "до конца весны"): its year, or its last month after an end word; also a quarter ("первый квартал"), which names its year.</summary>
    Season,
    /// <summary>A stretch no single date names ("this week", "over the weekend", "в 1990-е годы"): a mention without a value.</summary>
    Span,
}

/// <summary>Which occurrence of a month or weekday the text means, relative to the document date.</summary>
public enum DateDirection
{
    /// <summary>No modifier: the nearest month; for a weekday, the latest on or before the document date.</summary>
    None,
    /// <summary>"last": strictly before the document date.</summary>
    Last,
    /// <summary>"next": strictly after the document date.</summary>
    Next,
    /// <summary>Future tense around a weekday or a yearless date: on or after the document date.</summary>
    Future,
    /// <summary>Past tense around a yearless date: on or before the document date.</summary>
    Past,
}

/// <summary>A date expression found in the text, before its value is resolved against the document date.</summary>
/// <param name="Start">Offset of the mention in the file.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Form">How the value is pinned down.</param>
/// <param name="Year">Written year, if any.</param>
/// <param name="Month">Written month, if any.</param>
/// <param name="Day">Written day, if any.</param>
/// <param name="Offset">Days, months or years for relative forms; the year offset of "this/last/next year" after a month;
/// the first month of a <see cref="DateForm.Season"/>.</param>
/// <param name="HasYearOffset">True when a month carries "this/last/next year".</param>
/// <param name="Weekday">Day of week (0 = Sunday) for <see cref="DateForm.Weekday"/>.</param>
/// <param name="Direction">Modifier of a month or weekday.</param>
/// <param name="Hour">Time of day written after a full date, if any.</param>
/// <param name="Minute">Minutes of <paramref name="Hour"/>.</param>
public sealed record DateExpression(
    int Start,
    int Length,
    DateForm Form,
    int? Year,
    int? Month,
    int? Day,
    int Offset,
    bool HasYearOffset,
    int? Weekday,
    DateDirection Direction,
    int? Hour,
    int? Minute)
{
    /// <summary>Offset just past the mention.</summary>
    public int End => Start + Length;

    /// <summary>True for a calendar date whose year, month and day are all written.</summary>
    public bool IsFullDate => Form == DateForm.Calendar && Year is not null && Month is not null && Day is not null;
}
