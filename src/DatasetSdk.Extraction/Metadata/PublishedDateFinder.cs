using System.Collections.Generic;
using DatasetSdk.Extraction.Dates;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>A date expression with the kind of block it was found in.</summary>
/// <param name="Expression">The expression.</param>
/// <param name="Kind">Kind of its block.</param>
/// <param name="Block">Index of its block.</param>
public sealed record FoundDate(DateExpression Expression, BlockKind Kind, int Block);

/// <summary>
/// The publication date as the text states it: a date line under the headline or a "Published" stamp,
/// else the date of the dateline, else the date in the path of the page's own link. A date without a year takes the year of the reader comments, else the
/// year the article itself writes most often with a month (the latest on a tie). Reader comments bound it (a page is published no
/// later than its first comment) and stand in for it when nothing else dates the page. Captions never date the
/// document; an update stamp does only when it is the one date in the page header and no dateline dates the text.
/// Unknown stays null.
/// </summary>
public static class PublishedDateFinder
{
    private const int MaxLeadParagraphs = 1;

    /// <summary>The publication date, or null.</summary>
    /// <param name="url">The page's own address; a dated path ("/2024/04/09/") stands in when the text gives no date.</param>
    public static PartialDate? Find(string text, SegmentedText segments, IReadOnlyList<FoundDate> dates, Dateline? dateline, string? url = null)
    {
        var blocks = segments.Blocks;
        var firstComment = Earliest(segments.CommentDates);
        DateExpression? candidate = null;
        var bodySeen = 0;
        for (var b = 0; b < blocks.Count && candidate is null; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Body) bodySeen++;
            if (block.Kind != BlockKind.DateLine) continue;
            BoilerplateClassifier.IsDateOnly(text, block.Start, block.End, out var stamp);
            // a bare date line dates the page in its header, which may hold a one-paragraph lead before it
            if (stamp == StampKind.Published || stamp == StampKind.None && bodySeen <= MaxLeadParagraphs) candidate = FirstIn(dates, b);
        }
        candidate ??= dateline?.Date;
        // a page that prints only when it was last updated ("Updated 3:12 PM GMT+1, January 21, 2026" under the
        // byline) is dated by that stamp when it stands in the header, above the text
        for (var b = 0; b < blocks.Count && candidate is null && blocks[b].Kind != BlockKind.Body; b++)
        {
            if (blocks[b].Kind != BlockKind.DateLine) continue;
            BoilerplateClassifier.IsDateOnly(text, blocks[b].Start, blocks[b].End, out var stamp);
            if (stamp == StampKind.Updated) candidate = FirstIn(dates, b);
        }

        PartialDate? published = null;
        if (candidate is { Month: not null } c)
        {
            var year = c.Year ?? InferYear(c, dates, firstComment);
            if (year is not null) published = new PartialDate(year, c.Month, c.Day);
        }
        if (published is { } p && firstComment is { } fc && p.CompareTo(fc) > 0) published = null;
        return published ?? UrlDate(url) ?? firstComment;
    }

    /// <summary>The day of a dated link path: ".../2024/04/09/slug" or ".../2024-04-09/...".</summary>
    public static PartialDate? UrlDate(string? url)
    {
        if (url is null) return null;
        for (var i = url.IndexOf('/'); i >= 0 && i + 11 <= url.Length; i = url.IndexOf('/', i + 1))
        {
            if (Digits(url, i + 1, 4) is not { } y || y is < 1990 or > 2199) continue;
            var sep = url[i + 5];
            if (sep is not ('/' or '-') || Digits(url, i + 6, 2) is not { } m || url[i + 8] != sep || Digits(url, i + 9, 2) is not { } d) continue;
            // the day must close its segment: "/2024/04/091234" is an id
            if (i + 11 < url.Length && url[i + 11] is not ('/' or '-' or '.' or '?' or '#' or '_')) continue;
            if (m is >= 1 and <= 12 && d >= 1 && d <= PartialDate.MaxDay(y, m)) return PartialDate.Of(y, m, d);
        }
        return null;
    }

    private static int? Digits(string s, int from, int count)
    {
        if (from + count > s.Length) return null;
        var value = 0;
        for (var k = from; k < from + count; k++)
        {
            if (s[k] is < '0' or > '9') return null;
            value = value * 10 + s[k] - '0';
        }
        return value;
    }

    private static DateExpression? FirstIn(IReadOnlyList<FoundDate> dates, int block)
    {
        foreach (var d in dates)
        {
            if (d.Block == block && d.Expression.Form == DateForm.Calendar) return d.Expression;
        }
        return null;
    }

    private static int? InferYear(DateExpression date, IReadOnlyList<FoundDate> dates, PartialDate? firstComment)
    {
        if (firstComment is { Year: { } cy, Month: { } cm } fc)
        {
            var before = date.Month < cm || date.Month == cm && (date.Day ?? 1) <= (fc.Day ?? 31);
            return before ? cy : cy - 1;
        }
        // the year the article writes most often with a month; on a tie the latest, as news looks ahead
        var counts = new Dictionary<int, int>();
        int? best = null;
        foreach (var d in dates)
        {
            var e = d.Expression;
            if (d.Kind is not (BlockKind.Title or BlockKind.Heading or BlockKind.Body)) continue;
            if (e.Form != DateForm.Calendar || e.Year is not { } y || e.Month is null) continue;
            counts[y] = counts.TryGetValue(y, out var n) ? n + 1 : 1;
            if (best is not { } b || counts[y] > counts[b] || counts[y] == counts[b] && y > b) best = y;
        }
        return best;
    }

    private static PartialDate? Earliest(EquatableArray<PartialDate> days)
    {
        PartialDate? earliest = null;
        foreach (var d in days)
        {
            if (earliest is null || d.CompareTo(earliest.Value) < 0) earliest = d;
        }
        return earliest;
    }
}
