using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes.Reported;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Quotations as statements. A quote that stands as its own sentence, or is introduced by a cue ("Lavrov
/// said: …"), is Direct; a quote inside the writer's sentence is Partial when the sentence says someone said
/// it, and a scare quote (a term or a title nobody is said to say) otherwise.
/// </summary>
internal static class QuoteStatements
{
    /// <summary>The fewest words a quoted fragment inside a reported clause needs to be a partial statement.</summary>
    public const int MinPartialWords = 3;

    /// <summary>A shorter fragment still counts when it ends the reported sentence ("was \"absolutely unacceptable\".").</summary>
    private const int MinFinalPartialWords = 2;

    public static void Find(Paragraph p, List<Candidate> output) => Find(p, null, output);

    /// <summary>
    /// Finds the quotations of <paramref name="p"/>; <paramref name="previous"/> is the paragraph before it,
    /// whose closing cue ("Lavrov said:") introduces a quote opening this one.
    /// </summary>
    public static void Find(Paragraph p, Paragraph? previous, List<Candidate> output)
    {
        var text = p.Text;
        var words = p.Words;
        for (var qi = 0; qi < p.Quotes.Count; qi++)
        {
            var q = p.Quotes[qi];
            var sentence = p.SentenceAt(q.Open);
            var leadFrom = qi > 0 && p.Quotes[qi - 1].After > sentence.Start ? p.Quotes[qi - 1].After : sentence.Start;
            var lead = text.Substring(leadFrom, q.Open - leadFrom).Trim();
            var leadFirst = p.WordAt(leadFrom);
            var leadLast = p.WordAt(q.Open) - 1;

            var tailEnd = p.SentenceAt(q.Unclosed ? q.Close - 1 : q.Close).End;
            if (qi + 1 < p.Quotes.Count && p.Quotes[qi + 1].Open < tailEnd) tailEnd = p.Quotes[qi + 1].Open;
            var tailFirst = p.WordAt(q.After);
            var tailLimit = p.WordAt(tailEnd);
            Cue? tail = null;
            // "“Why now?” Hart asked.": the mark ends the splitter's sentence before the capitalized speaker, not the
            // cue; a next sentence that is no cue ("“Stop!” The crowd ran.") stays the writer's.
            if (p.Language == "en" && tailFirst == tailLimit && tailFirst < words.Count && !q.Unclosed && EndsAsking(text, q)
                && OnlyGlue(text, q.After, words[tailFirst].Start) && !p.InQuote[tailFirst])
            {
                var nextEnd = p.SentenceAt(words[tailFirst].Start).End;
                if (qi + 1 < p.Quotes.Count && p.Quotes[qi + 1].Open < nextEnd) nextEnd = p.Quotes[qi + 1].Open;
                if (Cues.After(text, words, tailFirst, p.WordAt(nextEnd)) is { } asked)
                {
                    tail = asked;
                    tailEnd = nextEnd;
                    tailLimit = p.WordAt(nextEnd);
                }
            }
            if (tail is null && !q.Unclosed && tailFirst < tailLimit && OnlyGlue(text, q.After, words[tailFirst].Start)) tail = Cues.After(text, words, tailFirst, tailLimit);

            var leadMark = lead.Length == 0 ? '\0' : lead[lead.Length - 1];
            StatementKind kind;
            Cue? cue;
            if (leadMark == ':' && leadLast >= leadFirst)
            {
                kind = StatementKind.Direct;
                cue = Cues.Before(text, words, leadLast, leadFirst) ?? tail ?? LabelCue(text, words, leadLast);
            }
            else if (leadMark == ',' && leadLast >= leadFirst && Cues.Before(text, words, leadLast, leadFirst) is { } before)
            {
                kind = StatementKind.Direct;
                cue = before;
            }
            else if (lead.Length == 0 || IsDashOnly(lead) || (leadMark is ':' or '.' or '!' or '?' or '…'))
            {
                // "«Ромашка» заявила, что …": a quoted name running straight into the sentence is its subject.
                if (QuotedName.Is(text, q) && q.After < text.Length && text[q.After] == ' ' && tailFirst < tailLimit && words[tailFirst].Start == q.After + 1) continue;
                if (tail is null && tailFirst < tailLimit && !q.Unclosed && OnlyGlue(text, q.After, words[tailFirst].Start))
                {
                    tail = VerbAfter(p, q, tailFirst, tailLimit);
                }
                if (tail is null && tailFirst < tailLimit && !q.Unclosed)
                {
                    // The writer's sentence goes on after the quote without a cue: a quoted term, not speech.
                    continue;
                }
                kind = StatementKind.Direct;
                cue = tail ?? (qi == 0 && q.Open == p.Block.Start && previous is not null ? IntroducedBy(previous) : null);
            }
            else
            {
                var naming = NamingCue(p, p.WordAt(sentence.Start), leadFirst, leadLast, q.Open);
                var asSource = naming is null ? AsClauseSieve.OpeningCue(p, sentence.Start, sentence.End) : null;
                // A sentence opened by its source ("Как сообщили в ведомстве, …") attributes even a short fragment.
                var minWords = tailFirst >= tailLimit || asSource is not null ? MinFinalPartialWords : MinPartialWords;
                var count = q.WordCount;
                if ((naming is null && (count < minWords || QuotedName.Is(text, q))) || IsTitleCase(words, p.WordAt(q.ContentStart), p.WordAt(q.ContentEnd))) continue;
                cue = naming ?? asSource ?? tail ?? SentenceCue(p, sentence.Start, p.WordAt(q.Open));
                if (cue is null && AccordingToSieve.SourceOf(p, sentence.Start) is { } named) cue = new Cue(named, VerbFrame.That);
                if (cue is null) continue;
                kind = StatementKind.Partial;
            }
            if (kind == StatementKind.Direct && InnerCue(p, q) is { } inner)
            {
                output.Add(new Candidate(q.ContentStart, inner.FirstEnd, kind, inner.Cue, SpeakerSource.Cue, p));
                output.Add(new Candidate(inner.SecondStart, q.ContentEnd, kind, inner.Cue, SpeakerSource.Cue, p, q.Unclosed));
                continue;
            }
            var source = cue is null ? SpeakerSource.Previous : SpeakerSource.Cue;
            output.Add(new Candidate(q.ContentStart, q.ContentEnd, kind, cue, source, p, q.Unclosed));
        }
    }

    /// <summary>
    /// The Russian convention of a cue set off by dashes inside one pair of marks:
    /// «Переговоры были долгими, — сказал он, — но полезными». Gives the end of the first part (its comma
    /// kept) and the start of the second.
    /// </summary>
    private static (int FirstEnd, int SecondStart, Cue Cue)? InnerCue(Paragraph p, QuoteSpan q)
    {
        var text = p.Text;
        for (var i = q.ContentStart + 1; i < q.ContentEnd - 1; i++)
        {
            if (!IsSpacedDash(text, i)) continue;
            var w = p.WordAt(i);
            if (w >= p.Words.Count || p.Words[w].Start >= q.ContentEnd) return null;
            var n = Vocabulary.SpeechVerbs.MatchAt(p.Words, w, out var frame);
            if (n == 0) continue;
            if (MentionReader.StartingAt(text, p.Words, w + n) is not { } speaker) continue;
            // The cue may go on past the speaker: to whom or where it was said ("— сказал он журналистам. —").
            var k = speaker.End;
            var limit = System.Math.Min(q.ContentEnd, k + MaxCueTail);
            while (k < limit && text[k] is not (',' or '.' or '—' or '–' or '«' or '»' or '"')) k++;
            if (k >= limit || text[k] is not (',' or '.')) continue;
            k++;
            while (k < q.ContentEnd && char.IsWhiteSpace(text[k])) k++;
            if (k >= q.ContentEnd || !IsSpacedDash(text, k)) continue;
            k++;
            while (k < q.ContentEnd && char.IsWhiteSpace(text[k])) k++;
            var firstEnd = i;
            while (firstEnd > q.ContentStart && char.IsWhiteSpace(text[firstEnd - 1])) firstEnd--;
            if (k >= q.ContentEnd || firstEnd <= q.ContentStart) return null;
            return (firstEnd, k, new Cue(speaker, frame));
        }
        return null;
    }

    /// <summary>How far after the speaker the cue may go on, in characters.</summary>
    private const int MaxCueTail = 60;

    private static bool IsSpacedDash(string text, int i) =>
        text[i] is '—' or '–' or '-' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]);

    /// <summary>How many words a speaker phrase the cue reader cannot parse may take before its verb.</summary>
    private const int MaxSpeakerPhraseWords = 10;

    /// <summary>
    /// "“…,” then-council candidate Mary Poole responded at a debate", "“…,” the agency said in a statement":
    /// a quote closed by its own punctuation with a speech verb a few words on is speech even when the words
    /// before the verb are no speaker phrase the cue reader knows. The verb's subject speaks, or nobody; a
    /// reporting phrase right after the quote names its source ("“…,” according to Dr. Hart").
    /// </summary>
    private static Cue? VerbAfter(Paragraph p, QuoteSpan q, int first, int limit)
    {
        if (!EndsSpoken(p.Text, q)) return null;
        var words = p.Words;
        if (Vocabulary.ReportingPhrases.MatchAt(words, first, out _) > 0)
        {
            return AccordingToSieve.SourceOf(p, words[first].Start) is { } source ? new Cue(source, VerbFrame.That) : null;
        }
        for (var v = first; v < limit && v <= first + MaxSpeakerPhraseWords; v++)
        {
            if (p.InQuote[v]) return null;
            if (Vocabulary.SpeechVerbs.MatchAt(words, v, out var frame) == 0) continue;
            return new Cue(v > first ? Cues.Subject(p.Text, words, v, first, p.InQuote) : null, frame);
        }
        return null;
    }

    private static bool EndsAsking(string text, QuoteSpan q)
    {
        var last = q.ContentEnd - 1;
        while (last > q.ContentStart && char.IsWhiteSpace(text[last])) last--;
        return text[last] is '!' or '?';
    }

    /// <summary>Speech ends inside its marks ("…,” / "…?”") or is followed by a comma; a quoted term is not.</summary>
    private static bool EndsSpoken(string text, QuoteSpan q)
    {
        var last = q.ContentEnd - 1;
        while (last > q.ContentStart && char.IsWhiteSpace(text[last])) last--;
        if (text[last] is ',' or '.' or '!' or '?' or '…') return true;
        return q.WordCount >= MinSpokenWords && q.After < text.Length && text[q.After] == ',';
    }

    /// <summary>A quote with its comma outside the marks ("…", he said) is speech from this many words up.</summary>
    private const int MinSpokenWords = 4;

    /// <summary>"Lavrov told reporters:" closing a paragraph introduces the quote that opens the next.</summary>
    private static Cue? IntroducedBy(Paragraph previous)
    {
        var text = previous.Text;
        var end = previous.Block.End - 1;
        if (text[end] != ':' || previous.Words.Count == 0) return null;
        var last = previous.Words.Count - 1;
        if (previous.InQuote[last]) return null;
        var sentence = previous.SentenceAt(end);
        return Cues.Before(text, previous.Words, last, previous.WordAt(sentence.Start));
    }

    /// <summary>The last speech verb of the writer's sentence before a quote, with its subject.</summary>
    public static Cue? SentenceCue(Paragraph p, int sentenceStart, int limit)
    {
        var first = p.WordAt(sentenceStart);
        var v = p.LastSpeechVerbBefore(limit);
        if (v >= first)
        {
            var n = Vocabulary.SpeechVerbs.MatchEndingAt(p.Words, v, out var frame);
            var verb = v - n + 1;
            // "…, но, как признали в мэрии, тогда …", "as officials admitted": the parenthetical names its own speaker after the verb.
            if (verb > first && p.Words[verb - 1].Lower is "как" or "as" && !p.InQuote[verb - 1]
                && MentionReader.StartingAt(p.Text, p.Words, v + 1) is { } inverted)
            {
                return new Cue(inverted, frame);
            }
            return new Cue(Cues.Subject(p.Text, p.Words, verb, first, p.InQuote), frame);
        }
        return null;
    }

    /// <summary>
    /// "called the pact “overdue”", "назвал эти слова «разочаровывающими»": the quoted label a speaker gives
    /// something is their words however short. Gives the cue when a naming verb stands a few words before the
    /// quote with nothing but words between.
    /// </summary>
    private static Cue? NamingCue(Paragraph p, int sentenceFirst, int leadFirst, int leadLast, int quoteOpen)
    {
        var words = p.Words;
        for (var v = leadLast; v >= leadFirst && v >= leadLast - MaxNamedWords; v--)
        {
            if (p.InQuote[v] || !Vocabulary.IsNamingVerb(words[v].Lower)) continue;
            if (HasPunctuation(p.Text, words[v].End, quoteOpen)) return null;
            return Cues.Subject(p.Text, words, v, sentenceFirst, p.InQuote) is { } speaker ? new Cue(speaker, VerbFrame.That) : null;
        }
        return null;
    }

    /// <summary>How many words the named thing may take between the verb and the label: "accused the company of treating Wales".</summary>
    private const int MaxNamedWords = 6;

    private static bool HasPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is ',' or ';' or ':' or '.' or '(' or ')') return true;
        }
        return false;
    }

    /// <summary>"Lavrov: …" — a name before a colon is a cue without a verb.</summary>
    private static Cue? LabelCue(string text, IReadOnlyList<Word> words, int last) =>
        MentionReader.EndingAt(text, words, last) is { Kind: MentionKind.Name or MentionKind.Role } m ? new Cue(m, VerbFrame.That) : null;

    private static bool OnlyGlue(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!(char.IsWhiteSpace(text[i]) || text[i] is ',' or '-' or '—' or '–')) return false;
        }
        return true;
    }

    private static bool IsDashOnly(string s)
    {
        foreach (var c in s)
        {
            if (!(char.IsWhiteSpace(c) || c is '-' or '—' or '–')) return false;
        }
        return true;
    }

    private static bool IsTitleCase(IReadOnlyList<Word> words, int first, int limit)
    {
        for (var k = first; k < limit; k++)
        {
            if (!words[k].IsCapitalized && words[k].Text.Length > 3) return false;
        }
        return true;
    }
}
