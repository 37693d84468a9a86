using System.Collections.Generic;

namespace DatasetSdk.Extraction.Segment;

/// <summary>
/// Picks the headline: walking up from the first prose paragraph over captions, date lines and short
/// lines of a few words (bylines, share buttons, outlet names), the headline-shaped blocks met form the title (the topmost) and its decks (sub-headlines). A
/// date line directly under a headline closes the search, as does anything else.
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
                found.Add(k);
                if (passedDate || found.Count == MaxHeadlines) break;
                continue;
            }
            if (c.Bullet || skipped == MaxSkipped || !(c.Caption || c.DateOnly || c.Words <= 3 && !c.Sentence)) break;
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
}
