using System;
using DatasetSdk.Extraction.Dates;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>A news dateline at the head of a paragraph: "SOCHI, May 6 /TASS/.", "ANTALYA (Sputnik) —", "МОСКВА, 6 мая. /ТАСС/.".</summary>
/// <param name="Date">The date it gives, if any.</param>
/// <param name="Outlet">The agency between slashes or brackets, if any.</param>
public sealed record Dateline(DateExpression? Date, string? Outlet);

/// <summary>
/// Reads a dateline: a place in capitals, an optional date after a comma, an agency in /…/ or (…); or place, date
/// and agency each closed by a period, the agency then a dash ("Москва. 5 февраля. INTERFAX.RU -").
/// </summary>
public static class DatelineParser
{
    private const int MaxPlace = 40;
    private const int MaxPart = 40;

    /// <summary>The dateline at <paramref name="start"/>, or null when the paragraph does not open with one.</summary>
    public static Dateline? TryParse(string text, int start, int end)
    {
        if (PeriodForm(text, start, end) is { } stopped) return stopped;
        var i = start;
        var run = 0;
        var longestRun = 0;
        while (i < end && i - start <= MaxPlace && (char.IsUpper(text[i]) || text[i] is ' ' or '-' or '\'' or '.'))
        {
            run = char.IsUpper(text[i]) ? run + 1 : 0;
            if (run > longestRun) longestRun = run;
            i++;
        }
        // the place must end at a word boundary: "SOCHI," not "RUSSIAN President"
        var titleCase = false;
        if (longestRun < 3 || i >= end || char.IsLetter(text[i]))
        {
            // "Oslo, 14 October 2025 —": a place in title case, which then needs its date
            i = TitleCasePlace(text, start, end);
            if (i < 0) return null;
            titleCase = true;
        }
        DateExpression? date = null;
        var markerFrom = i;
        if (text[i] == ',')
        {
            var stop = i + 1;
            while (stop < end && stop - i <= MaxPart && text[stop] is not ('/' or '(' or '—' or '–')) stop++;
            var dates = DateFinder.Find(text, i + 1, stop);
            // the date must fill the slot between the comma and the agency: "NATO, in June 2014, said" is prose
            if (dates.Count == 0 || dates[0] is not { Form: DateForm.Calendar, Month: not null } d || d.Start > i + 2) return null;
            var after = d.End;
            while (after < stop && text[after] == ' ') after++;
            if (after < stop && text[after] is not ('.' or '-')) return null;
            date = d;
            markerFrom = stop;
        }
        var outlet = Marker(text, markerFrom, end);
        if (outlet is null && date is null || titleCase && date is null) return null;
        return new Dateline(date, outlet);
    }

    /// <summary>"Москва. 5 февраля. INTERFAX.RU -", "МОСКВА. 5 февраля. ИНТЕРФАКС -": the agency must be a known outlet or in capitals.</summary>
    private static Dateline? PeriodForm(string text, int start, int end)
    {
        var i = start;
        var words = 0;
        while (i < end && i - start <= MaxPlace && char.IsUpper(text[i]))
        {
            if (++words > MaxTitleCaseWords) return null;
            // "Ростов-на-Дону"
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))) i++;
            if (i + 1 < end && text[i] == ' ' && char.IsUpper(text[i + 1])) i++;
        }
        if (words == 0 || i + 2 >= end || text[i] != '.' || text[i + 1] != ' ') return null;
        var stop = Math.Min(end, i + 2 + MaxPart);
        var dates = DateFinder.Find(text, i + 2, stop);
        if (dates.Count == 0 || dates[0] is not { Form: DateForm.Calendar, Month: not null, Day: not null } d || d.Start != i + 2) return null;
        var j = d.End;
        if (j + 1 >= end || text[j] != '.' || text[j + 1] != ' ') return null;
        var from = j + 2;
        var dash = from;
        while (dash < end && dash - from <= MaxPart && !(text[dash] is '-' or '—' or '–' && text[dash - 1] == ' ')) dash++;
        if (dash >= end || dash - from > MaxPart) return null;
        var agency = text.Substring(from, dash - from).Trim();
        if (agency.Length < 2 || OutletFinder.Canonical(agency) is null && !IsCapitals(agency)) return null;
        return new Dateline(d, agency);
    }

    private static bool IsCapitals(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private const int MaxTitleCaseWords = 3;

    /// <summary>Offset of the comma after one to three capitalized words at <paramref name="start"/>, or -1.</summary>
    private static int TitleCasePlace(string text, int start, int end)
    {
        var i = start;
        var words = 0;
        while (i < end && i - start <= MaxPlace)
        {
            if (!char.IsUpper(text[i]) || ++words > MaxTitleCaseWords) return -1;
            i++;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i >= end) return -1;
            if (text[i] == ',') return i;
            if (text[i] is not (' ' or '-')) return -1;
            i++;
        }
        return -1;
    }

    private static string? Marker(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] is ' ' or '.') i++;
        if (i < end && text[i] is '—' or '–' or '-') return AgencyAfterDash(text, i + 1, end);
        if (i >= end || text[i] is not ('/' or '(')) return null;
        var close = text[i] == '/' ? '/' : ')';
        var j = i + 1;
        while (j < end && j - i <= MaxPart && text[j] != close && !char.IsDigit(text[j])) j++;
        if (j >= end || text[j] != close || j == i + 1) return null;
        var name = text.Substring(i + 1, j - i - 1).Trim();
        // the agency is followed by the story: "/TASS/.", "(Reuters) -"; "PUTIN (President):" is a speaker
        var k = j + 1;
        while (k < end && text[k] == ' ') k++;
        if (close == ')' && k < end && text[k] is not ('.' or '-' or '—' or '–')) return null;
        return name.Length >= 2 ? name : null;
    }

    /// <summary>"МОСКВА, 6 мая — РИА Новости.": a known outlet between the dash and the period.</summary>
    private static string? AgencyAfterDash(string text, int from, int end)
    {
        var stop = from;
        while (stop < end && stop - from <= MaxPart && text[stop] != '.') stop++;
        if (stop >= end || text[stop] != '.') return null;
        var name = text.Substring(from, stop - from).Trim();
        return OutletFinder.Canonical(name) is not null ? name : null;
    }
}
