using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Headlines that attribute speech: "Lavrov: …", "…, says Lavrov", "… — министр", "Лавров рассказал о …". Whatever the
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
        else if (FrontedTopic(p) is { } topic)
        {
            found.Add(topic);
        }
        else if (TrailingLabel(p, registry) is { } signed)
        {
            found.Add(signed);
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

    /// <summary>
    /// "О новых соглашениях рассказал губернатор Иван Петров": Russian fronts the topic of a "рассказал о …"
    /// headline; the topic (without its preposition) is what was said, the speaker closes the headline.
    /// </summary>
    private static Candidate? FrontedTopic(Paragraph p)
    {
        var words = p.Words;
        if (words.Count < 4 || words[0].Lower is not ("о" or "об" or "обо") || p.InQuote[0]) return null;
        for (var v = 2; v < words.Count - 1; v++)
        {
            if (p.InQuote[v]) continue;
            var n = Vocabulary.SpeechVerbs.MatchAt(words, v, out _);
            if (n == 0) continue;
            if (MentionReader.StartingAt(p.Text, words, v + n) is not { } speaker) return null;
            var (rest, restEnd) = TextRange.TrimClause(p.Text, speaker.End, p.Block.End);
            if (restEnd > rest) return null;
            return new Candidate(words[1].Start, words[v - 1].End, StatementKind.Indirect, new Cue(speaker, VerbFrame.That), SpeakerSource.Cue, p);
        }
        return null;
    }

    /// <summary>Most words the speaker closing a headline takes: "…: Norway's foreign minister".</summary>
    private const int MaxTrailingWords = 5;

    /// <summary>
    /// "Bridge will reopen in May: transport minister", "Мост откроют в мае — министр транспорта": a wire headline
    /// signed by its speaker after a colon or a spaced dash. The speaker is a role, or a name the text uses again
    /// elsewhere; an outlet closing a page title ("… - Northwind Daily") is neither.
    /// </summary>
    private static Candidate? TrailingLabel(Paragraph p, SpeakerRegistry registry)
    {
        var text = p.Text;
        var words = p.Words;
        var separator = -1;
        for (var i = p.Block.End - 1; i > p.Block.Start; i--)
        {
            if (text[i] == ':' || (text[i] is '-' or '–' or '—' && char.IsWhiteSpace(text[i - 1]) && i + 1 < p.Block.End && char.IsWhiteSpace(text[i + 1])))
            {
                separator = i;
                break;
            }
        }
        if (separator < 0) return null;
        var first = p.WordAt(separator + 1);
        if (first >= words.Count || words.Count - first > MaxTrailingWords || p.InQuote[first]) return null;
        if (MentionReader.StartingAt(text, words, first) is not { } m || TextRange.TrimClause(text, m.End, p.Block.End) is var (rs, re) && re > rs) return null;
        var speaks = m.Kind == MentionKind.Role || (m.Kind == MentionKind.Name && registry.IsNamedElsewhere(m));
        if (!speaks || OutletFinder.Canonical(m.Surface) is not null) return null;
        var (s, e) = TextRange.TrimClause(text, p.Block.Start, separator);
        while (s < e && QuoteSpans.IsQuoteMark(text[s])) s++;
        while (e > s && QuoteSpans.IsQuoteMark(text[e - 1])) e--;
        if (TextRange.WordCount(text, s, e) < MinSignedWords) return null;
        return new Candidate(s, e, StatementKind.Indirect, new Cue(m, VerbFrame.That), SpeakerSource.Cue, p);
    }

    /// <summary>A signed headline says something: "Talks over: minister" is a label more than a statement.</summary>
    private const int MinSignedWords = 3;

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
