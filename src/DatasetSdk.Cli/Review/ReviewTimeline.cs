using System.Globalization;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Cli.Review;

/// <summary>
/// The timeline of the review page as inline SVG: statements per month for the speakers with most statements.
/// Drawn once here, not by the script, because it does not depend on the filters and needs no chart library.
/// </summary>
internal static class ReviewTimeline
{
    private const int TopSpeakers = 6;
    private const int Width = 760, Height = 220, Left = 40, Right = 170, Top = 12, Bottom = 28;

    public static void Write(CorpusModel corpus, IReadOnlyList<string> speakerColors, TextWriter writer)
    {
        // a statement whose date lacks the year or the month has no place on a monthly axis
        var dated = corpus.Statements
            .Where(s => s.Speaker >= 0 && s.Statement.Date is { Year: { }, Month: { } })
            .Select(s => (s.Speaker, Month: s.Statement.Date!.Value.Year!.Value * 12 + s.Statement.Date!.Value.Month!.Value - 1))
            .ToList();
        var top = dated.GroupBy(s => s.Speaker)
            .OrderByDescending(g => g.Count()).ThenBy(g => corpus.Speakers[g.Key].Id, StringComparer.Ordinal)
            .Take(TopSpeakers).Select(g => g.Key).ToList();
        if (top.Count == 0)
        {
            writer.Write("<p class=\"empty\">No statement has a date with a month.</p>\n");
            return;
        }

        var first = dated.Min(s => s.Month);
        var last = dated.Max(s => s.Month);
        var counts = top.ToDictionary(t => t, t => dated.Where(s => s.Speaker == t).GroupBy(s => s.Month).ToDictionary(g => g.Key, g => g.Count()));
        var max = counts.Values.SelectMany(c => c.Values).Max();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int month) => Left + (last == first ? plotWidth / 2.0 : (month - first) * (double)plotWidth / (last - first));
        double Y(int count) => Top + plotHeight - count * (double)plotHeight / max;

        writer.Write(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"statements per month\">\n"));
        writer.Write(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\"/>\n"));
        writer.Write(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\"/>\n"));
        writer.Write(Invariant($"<text x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\">{max}</text>\n"));
        writer.Write(Invariant($"<text x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>\n"));
        writer.Write(Invariant($"<text x=\"{Left}\" y=\"{Height - 8}\">{MonthName(first)}</text>\n"));
        if (last != first) writer.Write(Invariant($"<text x=\"{Left + plotWidth}\" y=\"{Height - 8}\" text-anchor=\"end\">{MonthName(last)}</text>\n"));

        for (var i = 0; i < top.Count; i++)
        {
            var speaker = corpus.Speakers[top[i]];
            var color = speakerColors[top[i]];
            var months = counts[top[i]];
            // every month of the span is a point, so a month without statements reads as zero, not as a straight line over it
            var points = string.Join(" ", Enumerable.Range(first, last - first + 1)
                .Select(m => Invariant($"{X(m):0.#},{Y(months.GetValueOrDefault(m)):0.#}")));
            writer.Write(Invariant($"<g class=\"series\" data-speaker=\"{Html.Escape(speaker.Id)}\" style=\"color:{color}\">"));
            writer.Write(Invariant($"<polyline points=\"{points}\"/>"));
            foreach (var (month, count) in months.OrderBy(m => m.Key))
            {
                writer.Write(Invariant($"<circle cx=\"{X(month):0.#}\" cy=\"{Y(count):0.#}\" r=\"3\"><title>{Html.Escape(speaker.Name)}, {MonthName(month)}: {count}</title></circle>"));
            }
            var legendY = Top + 14 + i * 18;
            writer.Write(Invariant($"<rect x=\"{Width - Right + 12}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\"/>"));
            writer.Write(Invariant($"<text x=\"{Width - Right + 28}\" y=\"{legendY}\">{Html.Escape(Shorten(speaker.Name))} ({months.Values.Sum()})</text></g>\n"));
        }
        writer.Write("</svg>\n");
    }

    private static string MonthName(int month) => Invariant($"{month / 12:D4}-{month % 12 + 1:D2}");

    private static string Shorten(string name) => name.Length <= 20 ? name : name[..19] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
