using System;
using System.Globalization;

namespace DatasetSdk.Extraction.Model;

/// <summary>
/// A calendar date known only as precisely as the text states it: a year, a month, a day, or a month and
/// day whose year the text never gives.
/// </summary>
public readonly record struct PartialDate(int? Year, int? Month, int? Day) : IComparable<PartialDate>
{
    /// <summary>A full date.</summary>
    public static PartialDate Of(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// The ISO-like form used by the export and the generated code: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>,
    /// <c>YYYY</c>, with <c>XXXX</c> for an unknown year.
    /// </summary>
    public override string ToString()
    {
        var year = Year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
        if (Month is not { } m) return year;
        var month = year + "-" + m.ToString("D2", CultureInfo.InvariantCulture);
        return Day is { } d ? month + "-" + d.ToString("D2", CultureInfo.InvariantCulture) : month;
    }

    /// <summary>Parses the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text!.Trim().Split('-');
        if (parts.Length is < 1 or > 3) return false;
        int? year = null;
        if (parts[0] != "XXXX")
        {
            if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
            year = y;
        }
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
            month = m;
        }
        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > MaxDay(year, month!.Value)) return false;
            day = d;
        }
        if (year is null && month is null) return false;
        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The last day of a month; February allows 29 when the year is unknown.</summary>
    public static int MaxDay(int? year, int month) =>
        month == 2 && year is null ? 29 : DateTime.DaysInMonth(year ?? 2000, month);

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var c = (Year ?? 0).CompareTo(other.Year ?? 0);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }
}
