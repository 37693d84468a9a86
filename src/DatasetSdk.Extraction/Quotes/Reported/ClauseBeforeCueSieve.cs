using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;
using static DatasetSdk.Extraction.Quotes.Reported.DocumentSource;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// The clause before its cue: "The ferry will run daily, Anna Berg said on Monday.", "…, said Anna Berg.",
/// "…, harbour officials said.", "Паром будет ходить ежедневно, заявил Олег Рябов.", "…, об этом сообщил мэр",
/// "…, говорится в сообщении мэрии". The cue is read at the last comma that opens one; a cue whose verb has a
/// clause of its own after it, or that introduces a quotation, leaves the clause to the sieves after this one.
/// </summary>
internal sealed class ClauseBeforeCueSieve : IReportedSieve
{
    public bool Claim(ReportedClause clause, List<Candidate> output)
    {
        var p = clause.P;
        var contentStart = clause.ContentStart;
        var end = clause.End;
        var first = clause.First;
        var limit = clause.Limit;
        var text = p.Text;
        var words = p.Words;
        var participleClause = -1;
        // "Asked about the fares, Berg said …": a fronted adverbial of the cue, not what was said.
        if (AdverbialOpeners.Contains(words[first].Lower)) return false;
        for (var k = limit - 1; k > first + 1; k--)
        {
            if (p.InQuote[k] || !HasComma(text, words[k - 1].End, words[k].Start)) continue;
            if (p.InQuote[k - 1] && !ClosesBefore(p, k)
                && !(p.QuoteEndingAfter(words[k - 1].Start) is { } closing && closing.After <= words[k].Start && ContinuesClause(p, contentStart, closing))) continue;
            Cue? cue = null;
            // "…, об этом заявил министр": the pronoun points back at the clause before the comma.
            var verb = k + (k + 2 < limit && words[k].Lower == "об" && words[k + 1].Lower == "этом" && !p.InQuote[k + 1] ? 2 : 0);
            var n = Vocabulary.SpeechVerbs.MatchAt(words, verb, out var frame);
            // "…, Berg said, adding that prices would rise": the participle's clause belongs to the cue before it.
            if (participleClause < 0 && n > 0 && IsParticiple(words[k].Lower) && k + n < limit && Complementizers.Contains(words[k + n].Lower) && !p.InQuote[k + n])
            {
                participleClause = words[k + n].End;
                continue;
            }
            if (n == 0) verb = k;
            var verbEnd = verb + n;
            var listenerEnd = -1;
            if (n == 0 && DocumentCue(p, k, limit, end) is { } document)
            {
                cue = document;
                verbEnd = k + 1;
            }
            else if (n > 0)
            {
                // "…, said Berg after the talks." is inverted; "…, said he hoped …" is a verb with its clause.
                var at = SkipListener(p, verb + n, limit);
                if (at > verb + n) listenerEnd = words[at].Start;
                // "…, заявил министр на брифинге": where it was said may follow the inverted speaker.
                if (MentionReader.StartingAt(text, words, at) is { } inverted && (EndsCue(p, inverted, end) || Circumstance.OpensAt(words, p.WordAt(inverted.End)))) cue = new Cue(inverted, frame);
                // "заявил Северному Вестнику глава министерства": an outlet's name before the speaker.
                for (var skip = 1; cue is null && at == verb + n && skip <= 2 && at + skip < limit && words[at + skip - 1].IsCapitalized && !p.InQuote[at + skip - 1]; skip++)
                {
                    if (MentionReader.StartingAt(text, words, at + skip) is { } after && EndsCue(p, after, end))
                    {
                        cue = new Cue(after, frame);
                        listenerEnd = words[at + skip].Start;
                    }
                }
                if (cue is null && QuotedName.Outlet(p, at, limit) is { } outlet && EndsCue(p, outlet, end))
                {
                    cue = new Cue(outlet, frame);
                    listenerEnd = outlet.End;
                }
                if (cue is null && Circumstance.SubjectAfter(p, at, limit, m => EndsCue(p, m, end)) is { } late)
                {
                    cue = new Cue(late, frame);
                    listenerEnd = late.Start;
                }
            }
            else if (MentionReader.StartingAt(text, words, k) is { } subject)
            {
                var v = p.WordAt(subject.End);
                while (v < limit && Vocabulary.CueAdverbs.MatchAt(words, v, out _) is var a && a > 0) v += a;
                // The verb must be in this clause: "…, Berg. Said …" has its verb in the next sentence.
                n = v < limit ? Vocabulary.SpeechVerbs.MatchAt(words, v, out frame) : 0;
                if (n > 0) { cue = new Cue(subject, frame); verbEnd = v + n; }
            }
            else if (PhraseThenVerb(p, k, limit) is { } phrase)
            {
                cue = new Cue(phrase.Subject, phrase.Frame);
                frame = phrase.Frame;
                verbEnd = phrase.VerbEnd;
                n = phrase.VerbLength;
            }
            if (cue is null) continue;
            if (verbEnd < limit && Complementizers.Contains(words[verbEnd].Lower)) return false;
            // "…, the institute said in a statement on Friday that …": the verb's own clause follows where it was said.
            if (ThatAfterVenue(p, verbEnd, limit)) return false;
            // "…, Ivan Holt, told reporters that …": the verb's own clause follows its listener.
            var participleNext = participleClause >= 0 && verbEnd < limit && words[verbEnd].End < participleClause && HasComma(text, words[verbEnd - 1].End, words[verbEnd].Start);
            if (!participleNext && verbEnd + 1 < limit && Complementizers.Contains(words[verbEnd + 1].Lower) && !p.InQuote[verbEnd + 1]) return false;
            if (ListenerThenClause(p, verbEnd, limit) >= 0) return false;
            // "…, Mira Lund, said the agreement had …": the verb has its own clause after it.
            if (frame == VerbFrame.Bare && n > 0 && verbEnd < limit && (!NotClauseStart.Contains(words[verbEnd].Lower) || OpensFiniteClause(p, verbEnd, limit)) && !TimeWords.Contains(words[verbEnd].Lower)
                && !OnlyWeekdayAfter(p, verbEnd, limit)
                && !HasComma(text, words[verbEnd - 1].End, words[verbEnd].Start)
                && cue.Speaker!.End <= words[verbEnd].Start && !IsWholeRest(p, verbEnd, end)) return false;
            var comma = text.LastIndexOf(',', words[k].Start - 1, words[k].Start - words[k - 1].End);
            // "Asked about it, Berg said: «…»" — the cue introduces a quote, not the clause before it.
            for (var qi = p.QuoteIndexEndingAfter(contentStart); qi < p.Quotes.Count && p.Quotes[qi].Open < end; qi++)
            {
                var quote = p.Quotes[qi];
                if (quote.Open >= words[verbEnd - 1].End && quote.After <= listenerEnd) continue;
                // "The visit lasted a “very long time,” Holt said": a quote the clause's own words lead into stays in it.
                if (quote.After <= words[k].Start && ContinuesClause(p, contentStart, quote)) continue;
                // A quoted name («Ромашка» намерена …) or, in Russian, a fragment inside the clause leaves it reported.
                if (QuotedName.Is(text, quote) || (p.Language == "ru" && quote.After <= comma && IsEmbeddedFragment(p, quote))) continue;
                return false;
            }
            if (text.IndexOf(':', words[verbEnd - 1].End, end - words[verbEnd - 1].End) >= 0) return false;
            if (p.InQuoteAt(comma)) comma = p.QuoteEndingAfter(comma)!.After;
            var emitted = Emit(p, contentStart, comma, cue, output);
            if (emitted && participleClause >= 0) Emit(p, participleClause, end, cue, output);
            return emitted;
        }
        return false;
    }

    /// <summary>True when "that"/"что" follows the verb after only a venue and a time ("said in a statement on Friday that").</summary>
    private static bool ThatAfterVenue(Paragraph p, int verbEnd, int limit)
    {
        var at = SkipVenue(p, verbEnd, limit);
        if (at == verbEnd) return false;
        while (at < limit && (TimeWords.Contains(p.Words[at].Lower) || IsWeekday(p.Words[at]) || p.Words[at].Lower == "on")) at++;
        return at < limit && !p.InQuote[at] && Complementizers.Contains(p.Words[at].Lower);
    }

    /// <summary>"…, the company said Thursday.", "… said late Friday.": the words after the verb only say which day.</summary>
    private static bool OnlyWeekdayAfter(Paragraph p, int from, int limit)
    {
        var k = from;
        if (k < limit && p.Words[k].Lower is "late" or "early") k++;
        return k + 1 == limit && IsWeekday(p.Words[k]);
    }

    private static bool IsParticiple(string lower) =>
        lower.EndsWith("ing", StringComparison.Ordinal) || (lower.EndsWith("в", StringComparison.Ordinal) && lower.Length > 4);

    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.Ordinal)
    {
        "asked", "speaking", "answering", "responding", "commenting", "отвечая", "комментируя", "выступая",
    };

    /// <summary>"…, aides said.", "…, the state news agency said Monday.": a plain noun phrase, its speech verb, and nothing after but an adverbial.</summary>
    private static (Mention Subject, VerbFrame Frame, int VerbEnd, int VerbLength)? PhraseThenVerb(Paragraph p, int k, int limit)
    {
        if (p.Language != "en") return null;
        var words = p.Words;
        for (var v = k + 1; v < limit && v - k <= MaxPhraseWords; v++)
        {
            if (p.InQuote[v - 1] || !OnlySpace(p.Text, words[v - 1].End, words[v].Start) || IsPhraseBoundary(words[v - 1].Lower)) return null;
            var n = Vocabulary.SpeechVerbs.MatchAt(words, v, out var frame);
            if (n == 0) continue;
            var head = v - 1;
            while (head > k && TimeWords.Contains(words[head].Lower)) head--;
            if (!IsPlainHead(p, head) || !OnlyAdverbialAfter(p, v + n, limit)) return null;
            return (Phrase(p, k, head), frame, v + n, n);
        }
        return null;
    }

    /// <summary>Nothing but a short adverbial to the sentence end: "said.", "said Monday.", "said in a statement."</summary>
    private static bool OnlyAdverbialAfter(Paragraph p, int from, int limit)
    {
        if (from >= limit) return true;
        var words = p.Words;
        // "…, aides said, adding that …": the participle's clause is read on its own.
        if (HasComma(p.Text, words[from - 1].End, words[from].Start)) return IsParticiple(words[from].Lower) && Vocabulary.SpeechVerbs.MatchAt(words, from, out _) > 0;
        if (limit - from > MaxPhraseWords) return false;
        var first = words[from];
        if (!(CueTailOpeners.Contains(first.Lower) || TimeWords.Contains(first.Lower) || IsWeekday(first) || (Vocabulary.IsNameStopword(first.Lower) && first.IsCapitalized))) return false;
        for (var k = from; k < limit; k++)
        {
            if (p.InQuote[k] || IsFiniteAuxiliary(words[k].Lower)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> CueTailOpeners = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "when", "while", "as", "via", "through",
    };

    /// <summary>
    /// True when the word before <paramref name="k"/> ends a quoted name or a Russian embedded fragment that closes
    /// before the comma: "…заключается в «раздувании паники», заявил он" still has its cue after the comma.
    /// </summary>
    private static bool ClosesBefore(Paragraph p, int k) =>
        p.QuoteEndingAfter(p.Words[k - 1].Start) is { } q && q.After <= p.Words[k].Start
        && (QuotedName.Is(p.Text, q) || (p.Language == "ru" && IsEmbeddedFragment(p, q)));
}
