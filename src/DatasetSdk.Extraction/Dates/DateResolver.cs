using System;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Dates;

/// <summary>
/// Gives a <see cref="DateExpression"/> its value at its true precision. Relative and yearless forms are
/// resolved against the document date only when the text supplies one; otherwise a yearless date keeps
/// <c>XXXX</c> and a relative one stays unresolved (null).
/// </summary>
public static class DateResolver
{
    /// <summary>Resolves <paramref name="e"/>.</summary>
    /// <param name="anchor">The document date, or null when the text gives none.</param>
    /// <param name="lastDay">The last full date resolved before this mention (for "the same day").</param>
    public static PartialDate? Resolve(DateExpression e, PartialDate? anchor, PartialDate? lastDay)
    {
        switch (e.Form)
        {
            case DateForm.Calendar:
                return Calendar(e, anchor);
            case DateForm.RelativeYears:
                return anchor?.Year is { } y ? new PartialDate(y + e.Offset, null, null) : null;
            case DateForm.RelativeMonths:
                if (anchor is not { Year: { } ay, Month: { } am }) return null;
                var months = (ay * 12) + (am - 1) + e.Offset;
                return new PartialDate(months / 12, (months % 12) + 1, null);
            case DateForm.RelativeDays:
                return ToDate(anchor) is { } day ? From(day.AddDays(e.Offset)) : null;
            case DateForm.Weekday:
                return Weekday(e, anchor);
            case DateForm.Season:
                return Season(e, anchor);
            case DateForm.Span:
                return null;
            default:
                return lastDay is { Year: not null, Month: not null, Day: not null } ? lastDay : null;
        }
    }

    private static PartialDate? Calendar(DateExpression e, PartialDate? anchor)
    {
        if (e.Year is not null || e.Month is null) return new PartialDate(e.Year, e.Month, e.Day);
        var month = e.Month.Value;
        if (anchor?.Year is not { } ay) return new PartialDate(null, month, e.Day);
        if (e.HasYearOffset) return new PartialDate(ay + e.Offset, month, e.Day);
        var am = anchor.Value.Month;
        int year;
        if (am is not { } anchorMonth)
        {
            year = ay;
        }
        else if (e.Direction == DateDirection.Last)
        {
            year = month < anchorMonth ? ay : ay - 1;
        }
        else if (e.Direction == DateDirection.Next)
        {
            year = month > anchorMonth ? ay : ay + 1;
        }
        else if (e.Direction == DateDirection.Future)
        {
            // on or after the document date
            year = month > anchorMonth || month == anchorMonth && (e.Day ?? 31) >= (anchor.Value.Day ?? 1) ? ay : ay + 1;
        }
        else if (e.Direction == DateDirection.Past)
        {
            // on or before the document date
            year = month < anchorMonth || month == anchorMonth && (e.Day ?? 1) <= (anchor.Value.Day ?? 31) ? ay : ay - 1;
        }
        else
        {
            // a yearless month or day means the occurrence nearest the document date (within half a year)
            var diff = month - anchorMonth;
            year = diff > 6 ? ay - 1 : diff < -6 ? ay + 1 : ay;
        }
        return e.Day is { } d && d > PartialDate.MaxDay(year, month) ? new PartialDate(null, month, d) : new PartialDate(year, month, e.Day);
    }

    /// <summary>A season's year (the written one, else the document's, moved by last/next); its last month after an end word.</summary>
    private static PartialDate? Season(DateExpression e, PartialDate? anchor)
    {
        var first = e.Offset;
        var last = (first + 1) % 12 + 1;
        int year;
        if (e.Year is { } written)
        {
            year = written;
        }
        else
        {
            if (anchor?.Year is not { } ay) return null;
            var am = anchor.Value.Month ?? 6;
            year = e.Direction switch
            {
                // winter runs into the next year: last winter ended this February, next winter starts this December
                DateDirection.Last => last < am && first <= am ? ay : ay - 1,
                DateDirection.Next => first > am ? ay : ay + 1,
                _ => ay,
            };
        }
        if (e.Month is not { } month) return new PartialDate(year, null, null);
        // the end of winter falls in the February after its December
        return new PartialDate(first > month && (e.Year is not null || anchor?.Month > month) ? year + 1 : year, month, null);
    }

    private static PartialDate? Weekday(DateExpression e, PartialDate? anchor)
    {
        if (ToDate(anchor) is not { } day || e.Weekday is not { } weekday) return null;
        var back = ((int)day.DayOfWeek - weekday + 7) % 7;
        var forward = (weekday - (int)day.DayOfWeek + 7) % 7;
        return e.Direction switch
        {
            DateDirection.Last => From(day.AddDays(-(back == 0 ? 7 : back))),
            DateDirection.Next => From(day.AddDays(forward == 0 ? 7 : forward)),
            DateDirection.Future => From(day.AddDays(forward)),
            _ => From(day.AddDays(-back)),
        };
    }

    private static DateTime? ToDate(PartialDate? date) =>
        date is { Year: { } y, Month: { } m, Day: { } d } ? new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified) : null;

    private static PartialDate From(DateTime day) => PartialDate.Of(day.Year, day.Month, day.Day);
}
