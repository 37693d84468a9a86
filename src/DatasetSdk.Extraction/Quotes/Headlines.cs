using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Headlines that attribute speech: "Lavrov: …", "…, says Lavrov", "Лавров рассказал о …". Whatever the
/// form, a headline's statement is Indirect: it condenses what was said.
/// </summary>
internal static class Headlines
{
    private const int MaxLabelWords = 6;

    public static void Find(Paragraph p, SpeakerRegistry registry, List<Candidate> output)
    {
        var found = new List<Candidate>();
        if (ColonLabel(p) is { } labelled && registry.IsKnownPerson(labelled.Cue!.Speaker!))
        {
            found.Add(labelled);
        }
        else
        {
            QuoteStatements.Find(p, found);
            ReportedSpeech.Find(p, true, found);
        }
        foreach (var c in found)
        {
            // A quoted headline without a cue names nobody: that is a title, not speech.
            if (c.Cue?.Speaker is null) continue;
            output.Add(c with { Kind = StatementKind.Indirect });
        }
    }

    private static Candidate? ColonLabel(Paragraph p)
    {
        var text = p.Text;
        var colon = text.IndexOf(':', p.Block.Start, p.Block.Length);
        if (colon < 0) return null;
        var last = p.WordAt(colon) - 1;
        if (last < 0 || last >= MaxLabelWords) return null;
        if (MentionReader.EndingAt(text, p.Words, last) is not { Kind: MentionKind.Name or MentionKind.Role } m || m.Start != p.Words[0].Start) return null;
        var (s, e) = TextRange.TrimClause(text, colon + 1, p.Block.End);
        while (s < e && QuoteSpans.IsQuoteMark(text[s])) s++;
        while (e > s && QuoteSpans.IsQuoteMark(text[e - 1])) e--;
        if (TextRange.WordCount(text, s, e) < 2) return null;
        return new Candidate(s, e, StatementKind.Indirect, new Cue(m, VerbFrame.That), SpeakerSource.Cue, p);
    }
}
