using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Transcript turns: a paragraph opening with "Sergei Lavrov: …" or "Question: …" starts a turn, and the
/// body paragraphs after it continue that speaker until another turn or the end of the body. One statement
/// per paragraph.
/// </summary>
internal static class TranscriptTurns
{
    private const int MaxLabelWords = 8;
    private const int MaxLabelChars = 100;

    /// <summary>Adds the turns of the document; returns the paragraphs they took.</summary>
    public static HashSet<Paragraph> Find(IReadOnlyList<Paragraph> paragraphs, List<Candidate> output)
    {
        var taken = new HashSet<Paragraph>();
        Mention? speaker = null;
        foreach (var p in paragraphs)
        {
            switch (p.Block.Kind)
            {
                case BlockKind.Body:
                    break;
                case BlockKind.Boilerplate:
                case BlockKind.Caption:
                    continue;
                default:
                    speaker = null;
                    continue;
            }
            var start = p.Block.Start;
            // "(The briefing was concluded.)", "[Laughter]": a stage note of the transcriber, not speech.
            if (IsStageNote(p)) continue;
            if (LabelLine(p) is { } introduced)
            {
                speaker = introduced;
                continue;
            }
            if (Label(p) is { } label)
            {
                speaker = label.Mention;
                start = label.TextStart;
            }
            else if (speaker is null)
            {
                continue;
            }
            else if (IsDashedQuestion(p))
            {
                // Between a speaker's dashed answers an unlabelled dashed question is the interviewer's; the
                // answers after it stay with the labelled speaker.
                var (qs, _) = TextRange.TrimClause(p.Text, p.Block.Start, p.Block.End);
                var journalist = new Mention(MentionKind.Journalist, qs, qs, string.Empty, System.Array.Empty<string>(), null);
                output.Add(new Candidate(qs, p.Block.End, StatementKind.Transcript, new Cue(journalist, VerbFrame.That), SpeakerSource.Cue, p));
                taken.Add(p);
                continue;
            }
            else if (HasCuedQuote(p))
            {
                // The writer is quoting someone: narration has resumed, the transcript is over.
                speaker = null;
                continue;
            }
            var (s, e) = TextRange.TrimClause(p.Text, start, p.Block.End);
            if (e <= s) continue;
            // Keep the paragraph's own final punctuation: a transcript statement is the whole paragraph.
            e = p.Block.End;
            output.Add(new Candidate(s, e, StatementKind.Transcript, new Cue(speaker, VerbFrame.That), SpeakerSource.Cue, p));
            taken.Add(p);
        }
        return taken;
    }

    /// <summary>
    /// A press conference names each speaker on a line of its own, the turns following as paragraphs
    /// ("Анна Петрова, главный тренер сборной:" or "Tom Hale, head coach:"): a name, maybe a role after a
    /// comma, and a closing colon. Gives the name.
    /// </summary>
    private static Mention? LabelLine(Paragraph p)
    {
        var text = p.Text;
        var end = p.Block.End;
        while (end > p.Block.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - p.Block.Start > MaxLabelChars || end <= p.Block.Start || text[end - 1] != ':' || p.Words.Count == 0) return null;
        if (MentionReader.StartingAt(text, p.Words, 0) is not { Kind: MentionKind.Name } m || m.Start != p.Words[0].Start) return null;
        var k = m.End;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k == end - 1) return m;
        if (text[k] != ',') return null;
        for (var i = k + 1; i < end - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' or ':' or ';' || QuoteSpans.IsQuoteMark(text[i])) return null;
        }
        return m;
    }

    /// <summary>A paragraph of dialogue that asks: a dash, a space, and a question.</summary>
    private static bool IsDashedQuestion(Paragraph p)
    {
        var text = p.Text;
        var s = p.Block.Start;
        var e = p.Block.End;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return e - s > 2 && text[s] is '-' or '–' or '—' && text[s + 1] == ' ' && text[e - 1] == '?';
    }

    private static bool IsStageNote(Paragraph p)
    {
        var (s, e) = TextRange.TrimClause(p.Text, p.Block.Start, p.Block.End);
        e = p.Block.End;
        while (e > s && char.IsWhiteSpace(p.Text[e - 1])) e--;
        return e > s && ((p.Text[s] == '(' && p.Text[e - 1] == ')') || (p.Text[s] == '[' && p.Text[e - 1] == ']'));
    }

    private static bool HasCuedQuote(Paragraph p)
    {
        var quotes = new List<Candidate>();
        QuoteStatements.Find(p, quotes);
        return quotes.Exists(c => c.Cue is not null);
    }

    private static bool EndsWithSentenceMark(string text, int end)
    {
        var i = end - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i]) || QuoteSpans.IsQuoteMark(text[i]) || text[i] == ')')) i--;
        return text[i] is '.' or '!' or '?' or '…';
    }

    private static (Mention Mention, int TextStart)? Label(Paragraph p)
    {
        if (CapitalsLabel(p) is { } caps) return caps;
        var text = p.Text;
        var limit = System.Math.Min(p.Block.End, p.Block.Start + MaxLabelChars);
        var colon = -1;
        for (var i = p.Block.Start; i < limit; i++)
        {
            var c = text[i];
            if (c == ':') { colon = i; break; }
            // The full stop of an initial ("С.В.Лавров:") is part of a name.
            var initial = c == '.' && i > p.Block.Start && char.IsUpper(text[i - 1]) && (i - 1 == p.Block.Start || !char.IsLetter(text[i - 2]));
            if ((c is '.' && !initial) || c is '!' or '?' or ',' or ';' || QuoteSpans.IsQuoteMark(c)) return null;
        }
        if (colon < 0 || colon + 1 >= p.Block.End) return null;
        // A turn is spoken prose; "Name: words" without a closing full stop is a headline.
        if (!EndsWithSentenceMark(text, p.Block.End)) return null;
        var last = p.WordAt(colon) - 1;
        if (last < 0 || last >= MaxLabelWords) return null;
        var words = p.Words;
        if (last == 0 && Vocabulary.IsJournalistLabel(words[0].Lower))
        {
            return (new Mention(MentionKind.Journalist, words[0].Start, words[0].End, words[0].Text, System.Array.Empty<string>(), null), colon + 1);
        }
        if (MentionReader.EndingAt(text, words, last) is { Kind: MentionKind.Name } m && m.Start == words[0].Start)
        {
            return (m, colon + 1);
        }
        return null;
    }

    /// <summary>
    /// Official transcripts label turns with a courtesy title or rank and the surname in capitals
    /// ("MS. HOLT:", "DEPUTY MINISTER FERRIS:", "Г-Н ИВАНОВ:"); the surname alone names the speaker,
    /// and the registry joins it to the full name the text introduced.
    /// </summary>
    private static (Mention Mention, int TextStart)? CapitalsLabel(Paragraph p)
    {
        var text = p.Text;
        var limit = System.Math.Min(p.Block.End, p.Block.Start + MaxLabelChars);
        var colon = text.IndexOf(':', p.Block.Start, limit - p.Block.Start);
        if (colon < 0 || colon + 1 >= p.Block.End) return null;
        var words = Word.In(text, p.Block.Start, colon);
        if (words.Count < 2 || words.Count > MaxLabelWords) return null;
        for (var i = p.Block.Start; i < colon; i++)
        {
            var c = text[i];
            if (char.IsLower(c) || !(char.IsLetter(c) || c is ' ' or '.' or '-')) return null;
        }
        // A bare capitalized name would be a shouted headline; a turn label carries a title or a rank.
        if (!IsCourtesyTitle(words[0].Lower) && !words.GetRange(0, words.Count - 1).Exists(w => RoleVocabulary.RoleConcept(w.Lower) is not null)) return null;
        var surname = words[words.Count - 1];
        if (surname.Text.Length < 2) return null;
        var role = words.Count > 1 && !IsCourtesyTitle(words[0].Lower) ? Cased(text.Substring(words[0].Start, words[words.Count - 2].End - words[0].Start)) : null;
        var mention = new Mention(MentionKind.Name, words[0].Start, surname.End, text.Substring(p.Block.Start, colon - p.Block.Start), new[] { Cased(surname.Text) }, role);
        return (mention, colon + 1);
    }

    private static bool IsCourtesyTitle(string lower) => lower is "mr" or "ms" or "mrs" or "miss" or "dr" or "г-н" or "г-жа" or "господин" or "госпожа";

    private static string Cased(string capitals)
    {
        var chars = capitals.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || !char.IsLetter(chars[i - 1])) chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }
}
