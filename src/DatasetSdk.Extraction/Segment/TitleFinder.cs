using System.Collections.Generic;

namespace DatasetSdk.Extraction.Segment;

/// <summary>
/// Picks the headline: walking up from the first prose paragraph over captions, date lines, bylines and short
/// lines of a few words (share buttons, outlet names), the headline-shaped blocks met form the title (the topmost) and its decks (sub-headlines). Under
/// a date line only a shorter headline above the first one is its title (title, deck, date); anything else closes the search.
/// </summary>
public static class TitleFinder
{
    private const int MaxSkipped = 4;
    private const int MaxHeadlines = 2;

    /// <summary>Index of the title block (or -1) and the indexes of its decks; <paramref name="texts"/> are the blocks' texts.</summary>
    public static (int Title, List<int> Decks) Find(IReadOnlyList<BlockCues> cues, IReadOnlyList<string> texts, IReadOnlyList<bool> isComment, int firstBody)
    {
        var found = new List<int>();
        var skipped = 0;
        var passedDate = false;
        for (var k = firstBody - 1; k >= 0; k--)
        {
            if (isComment[k]) break;
            var c = cues[k];
            if (c.Heading && found.Count > 0 && texts[k] == texts[found[found.Count - 1]])
            {
                // the same headline printed twice (page title and article heading): keep the one nearer the text
                skipped++;
                continue;
            }
            if (c.Heading)
            {
                // under a date line the headline is complete, unless a shorter headline stands above it: title, deck, date
                if (passedDate && found.Count == 1 && c.Words >= cues[found[0]].Words) break;
                found.Add(k);
                if (found.Count == MaxHeadlines) break;
                continue;
            }
            // a headline naming its day after a dash ("Press Briefing – March 10, 2026") reads as a dated line;
            // above the page's own date line it is the headline, and the lines under it (speaker, place) its header
            if (passedDate && c.DateOnly && c.HeadingShape && IsDatedHeadline(texts[k]))
            {
                found.Clear();
                found.Add(k);
                break;
            }
            // above a headline, a menu line means the page header: what lies above it is the masthead
            if (c.Bullet || skipped == MaxSkipped || c.Chrome && found.Count > 0 || !(c.Caption || c.DateOnly || c.Byline || c.Words <= 3 && !c.Sentence || BoilerplateClassifier.IsTimeOfDay(texts[k]))) break;
            if (c.DateOnly && found.Count == 0) passedDate = true;
            skipped++;
        }
        // no headline of three words or more: a one- or two-word line right above the text ("Rain due") is the title
        if (found.Count == 0 && firstBody > 0 && !isComment[firstBody - 1] && cues[firstBody - 1].ShortHeading) found.Add(firstBody - 1);
        if (found.Count == 0) return (-1, found);
        var title = found[found.Count - 1];
        found.RemoveAt(found.Count - 1);
        found.Reverse();
        return (title, found);
    }

    private const int MinDatedHeadlineWords = 3;

    /// <summary>Three words or more before a dash, then the date: a name and its date ("Ann Smith – May 6") is a byline.</summary>
    private static bool IsDatedHeadline(string line)
    {
        foreach (var dash in new[] { " – ", " — ", " - " })
        {
            var at = line.IndexOf(dash, System.StringComparison.Ordinal);
            if (at > 0) return line.Substring(0, at).Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length >= MinDatedHeadlineWords;
        }
        return false;
    }
}
