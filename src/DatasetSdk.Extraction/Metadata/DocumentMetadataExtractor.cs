using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Dates;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>Title, language, outlet, link, publication date, dates and reader comments of one document.</summary>
public static class DocumentMetadataExtractor
{
    private const int DatelineParagraphs = 3;

    /// <summary>Reads the metadata of a segmented document; <paramref name="options"/> override what the text says.</summary>
    public static DocumentMetadata Extract(string text, LineMap lines, SegmentedText segments, DocumentOptions options, CancellationToken cancellationToken)
    {
        string? title = null;
        var found = new List<FoundDate>();
        Dateline? dateline = null;
        var bodySeen = 0;
        for (var b = 0; b < segments.Blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = segments.Blocks[b];
            if (block.Kind == BlockKind.Title && title is null) title = WithoutOutlet(text.Substring(block.Start, block.Length));
            if (block.Kind == BlockKind.Body && bodySeen++ < DatelineParagraphs && dateline is null)
                dateline = DatelineParser.TryParse(text, block.Start, block.End);
            if (block.Kind is BlockKind.Boilerplate or BlockKind.Comment) continue;
            foreach (var e in DateFinder.Find(text, block.Start, block.End)) found.Add(new FoundDate(e, block.Kind, b));
        }

        var url = UrlFinder.Find(text, SourceLine.Split(text));
        var published = PartialDate.TryParse(options.Published, out var given) ? given : PublishedDateFinder.Find(text, segments, found, dateline, url);
        var mentions = new List<DateMention>(found.Count);
        PartialDate? lastDay = null;
        var said = new HashSet<(string, PartialDate?)>();
        var written = new Dictionary<(int Month, int Day), int>();
        foreach (var f in found)
        {
            var e = f.Expression;
            // a day and month the text has already written with its year ("1 September 2007 … before 1 September")
            // are that same day, whatever the document date
            var value = e is { Form: DateForm.Calendar, Year: null, Month: { } m, Day: { } d } && written.TryGetValue((m, d), out var y)
                ? new PartialDate(y, m, d)
                : DateResolver.Resolve(e, published, lastDay);
            if (e is { Form: DateForm.Calendar, Year: { } wy, Month: { } wm, Day: { } wd }) written[(wm, wd)] = wy;
            if (value is { Year: not null, Month: not null, Day: not null } && f.Kind != BlockKind.Caption) lastDay = value;
            var words = text.Substring(e.Start, e.Length);
            // a date written again the same way with the same value ("on Tuesday" twice in a story) is one mention of
            // the document, kept where it first appears
            if (!said.Add((words, value))) continue;
            mentions.Add(new DateMention(words, value, e.Start, e.Length, lines.LineOf(e.Start)));
        }

        var source = options.Source ?? OutletFinder.Find(text, segments, dateline, url);
        var language = options.Language ?? DocumentLanguage.Detect(text, segments);
        return new DocumentMetadata(language, title, source, url, published, mentions.ToEquatableArray(), segments.Comments);
    }

    /// <summary>Drops a trailing " - Outlet" or " | Outlet" that pages append to their headline.</summary>
    private static string WithoutOutlet(string title)
    {
        foreach (var separator in new[] { " | ", " - ", " — ", " – " })
        {
            var at = title.LastIndexOf(separator, System.StringComparison.Ordinal);
            if (at > 0 && OutletFinder.Canonical(title.Substring(at + separator.Length)) is not null) return title.Substring(0, at).TrimEnd();
        }
        return title;
    }
}
