using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>
/// The document's language, voted by its body paragraphs (each weighted by its length), so menus and
/// footers in another language do not decide it. Falls back to the title and headings, then the whole text.
/// </summary>
public static class DocumentLanguage
{
    /// <summary>ISO 639-1 code of the document's language.</summary>
    public static string Detect(string text, SegmentedText segments)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        Vote(text, segments, votes, BlockKind.Body);
        if (votes.Count == 0)
        {
            Vote(text, segments, votes, BlockKind.Title);
            Vote(text, segments, votes, BlockKind.Heading);
        }
        if (votes.Count == 0) return LanguageDetector.Detect(text, 0, text.Length);
        string? best = null;
        foreach (var pair in votes)
        {
            if (best is null || pair.Value > votes[best] || pair.Value == votes[best] && string.CompareOrdinal(pair.Key, best) < 0) best = pair.Key;
        }
        return best!;
    }

    private static void Vote(string text, SegmentedText segments, Dictionary<string, int> votes, BlockKind kind)
    {
        foreach (var block in segments.Blocks)
        {
            if (block.Kind != kind) continue;
            var language = LanguageDetector.Detect(text, block.Start, block.Length);
            votes[language] = (votes.TryGetValue(language, out var n) ? n : 0) + block.Length;
        }
    }
}
