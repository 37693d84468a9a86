using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;
using DatasetSdk.Extraction.Quotes.Reported;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Quotes.Reported.DocumentSource;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Reported speech in the writer's own sentences, each statement being the reported clause only:
/// "X said (that) …", "заявил, что …", "invited X to …"; the clause before the cue ("…, Lavrov said after
/// the meeting."); and a named source ("According to him, …", "По словам министра, …").
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>How far "that"/"что" may follow its verb: "said at a news conference after the talks in Moscow that".</summary>
    private const int MaxWordsBeforeThat = 12;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "о", "об", "about" };

    /// <summary>Adds the reported clauses of <paramref name="p"/>; in a headline any cue takes what follows it.</summary>
    public static void Find(Paragraph p, bool headline, List<Candidate> output) => Find(p, null, headline, output);

    /// <summary>
    /// As <see cref="Find(Paragraph, bool, List{Candidate})"/>; a paragraph opening with "Об этом сообщил …" also
    /// takes <paramref name="lead"/>, the one-sentence paragraph before it, as what was said.
    /// </summary>
    public static void Find(Paragraph p, Paragraph? lead, bool headline, List<Candidate> output)
    {
        for (var si = 0; si < p.Sentences.Count; si++)
        {
            var (start, end) = p.Sentences[si];
            // "Residents say nobody asked them; the company says …": a semicolon joins two reports, each with its own cue.
            var semicolon = SemicolonBeforeCue(p, start, end);
            if (semicolon >= 0)
            {
                Clause(p, si, start, semicolon, lead, headline, output);
                Clause(p, -1, semicolon + 1, end, null, headline, output);
            }
            else
            {
                Clause(p, si, start, end, lead, headline, output);
            }
        }
    }

    /// <summary>The constructions in the order they are tried: the first that claims a clause is the only one that reads it.</summary>
    internal static readonly IReadOnlyList<IReportedSieve> Sieves = new IReportedSieve[]
    {
        new PointsBackSieve(),
        new AsClauseSieve(),
        new AccordingToSieve(),
        new DocumentOpeningSieve(),
        new Unmoved((c, output) => ClauseBeforeCue(c.P, c.ContentStart, c.End, c.First, c.Limit, output)),
        new Unmoved((c, output) => { VerbClauses(c.P, c.End, c.First, c.Limit, c.Headline, output); return false; }),
    };

    private sealed class Unmoved(Func<ReportedClause, List<Candidate>, bool> read) : IReportedSieve
    {
        public bool Claim(ReportedClause clause, List<Candidate> output) => read(clause, output);
    }

    private static void Clause(Paragraph p, int si, int start, int end, Paragraph? lead, bool headline, List<Candidate> output)
    {
        var clause = new ReportedClause(p, si, start, end, lead, headline);
        if (clause.First >= clause.Limit) return;
        foreach (var sieve in Sieves)
        {
            if (sieve.Claim(clause, output)) return;
        }
    }

    /// <summary>A semicolon outside quotes whose second half has a speech verb of its own, or -1.</summary>
    private static int SemicolonBeforeCue(Paragraph p, int start, int end)
    {
        var semicolon = -1;
        for (var i = start; i < end; i++)
        {
            if (p.Text[i] == ';' && !p.InQuoteAt(i)) { semicolon = i; break; }
        }
        if (semicolon < 0) return -1;
        for (var k = p.WordAt(semicolon); k < p.WordAt(end); k++)
        {
            if (!p.InQuote[k] && Vocabulary.SpeechVerbs.MatchAt(p.Words, k, out _) > 0) return semicolon;
        }
        return -1;
    }

    /// <summary>"…, Lavrov said after the meeting." / "…, said Lavrov." / "…, - заявил он."</summary>
    private static bool ClauseBeforeCue(Paragraph p, int contentStart, int end, int first, int limit, List<Candidate> output)
    {
        var text = p.Text;
        var words = p.Words;
        var participleClause = -1;
        // "Asked about the sanctions, Peskov said …": a fronted adverbial of the cue, not what was said.
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
            // "…, Dahl said, adding that prices would rise": the participle's clause belongs to the cue before it.
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
                // "…, said Lavrov after the talks." is inverted; "…, said he hoped …" is a verb with its clause.
                var at = SkipListener(p, verb + n, limit);
                if (at > verb + n) listenerEnd = words[at].Start;
                // "…, заявил министр на брифинге": where it was said may follow the inverted speaker.
                if (MentionReader.StartingAt(text, words, at) is { } inverted && (EndsCue(p, inverted, end) || Circumstance.OpensAt(words, p.WordAt(inverted.End)))) cue = new Cue(inverted, frame);
                // "заявил РИА Новости глава министерства": an outlet's name before the speaker.
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
                n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
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
            // "…, Pavel Orlov, told reporters that …": the verb's own clause follows its listener.
            var participleNext = participleClause >= 0 && verbEnd < limit && words[verbEnd].End < participleClause && HasComma(text, words[verbEnd - 1].End, words[verbEnd].Start);
            if (!participleNext && verbEnd + 1 < limit && Complementizers.Contains(words[verbEnd + 1].Lower) && !p.InQuote[verbEnd + 1]) return false;
            if (ListenerThenClause(p, verbEnd, limit) >= 0) return false;
            // "…, Yekaterina Lobova, said the agreement had …": the verb has its own clause after it.
            if (frame == VerbFrame.Bare && n > 0 && verbEnd < limit && (!NotClauseStart.Contains(words[verbEnd].Lower) || OpensFiniteClause(p, verbEnd, limit)) && !TimeWords.Contains(words[verbEnd].Lower)
                && !HasComma(text, words[verbEnd - 1].End, words[verbEnd].Start)
                && cue.Speaker!.End <= words[verbEnd].Start && !IsWholeRest(p, verbEnd, end)) return false;
            var comma = text.LastIndexOf(',', words[k].Start - 1, words[k].Start - words[k - 1].End);
            // "Asked about it, Peskov said: «…»" — the cue introduces a quote, not the clause before it.
            for (var qi = p.QuoteIndexEndingAfter(contentStart); qi < p.Quotes.Count && p.Quotes[qi].Open < end; qi++)
            {
                var quote = p.Quotes[qi];
                if (quote.Open >= words[verbEnd - 1].End && quote.After <= listenerEnd) continue;
                // "The visit lasted a “very long time,” Hart said": a quote the clause's own words lead into stays in it.
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

    private static void VerbClauses(Paragraph p, int end, int first, int limit, bool headline, List<Candidate> output)
    {
        var text = p.Text;
        var words = p.Words;
        for (var v = first; v < limit; v++)
        {
            if (p.InQuote[v]) continue;
            var n = Vocabulary.SpeechVerbs.MatchAt(words, v, out var frame);
            if (n == 0) continue;
            var after = v + n;
            var clauseStart = -1;
            var bare = false;
            // "said he hoped that …", "said the plan that the council backed would …": a clause that opens right
            // after the verb holds any later "that".
            var opensAtVerb = frame == VerbFrame.Bare && p.Language == "en" && after < limit && !p.InQuote[after]
                              && OnlySpace(text, words[after - 1].End, words[after].Start) && (SubjectDeterminers.Contains(words[after].Lower) || words[after].Lower is "he" or "she" or "they" or "we" or "i");
            for (var t = after; !opensAtVerb && t < limit && t <= after + MaxWordsBeforeThat; t++)
            {
                var isThat = Complementizers.Contains(words[t].Lower);
                if (Vocabulary.SpeechVerbs.MatchAt(words, t, out _) > 0 || HasStop(text, words[t - 1].End, words[t].Start)) break;
                // "said the reason is that …": past a finite verb, "that" belongs to the reported clause.
                if (t - 1 > after && frame == VerbFrame.Bare && p.Language == "en" && IsFiniteAuxiliary(words[t - 1].Lower) && !words[t - 1].IsCapitalized) break;
                // "said on Tuesday, ending a closure that lasted": past a comma, "that" starts a relative clause.
                if (t > after && !isThat && HasComma(text, words[t - 1].End, words[t].Start)) break;
                // A quoted name may stand before "что" ("сообщил «Северному вестнику», что"), a quoted clause may not.
                if (p.InQuote[t] && !IsShortQuoteAt(p, words[t].Start)) break;
                if (isThat) { clauseStart = words[t].End; break; }
            }
            if (clauseStart < 0 && after < limit && !p.InQuote[after] && OnlySpace(text, words[after - 1].End, words[after].Start))
            {
                after = SkipTime(p, after, limit);
                if (after >= limit) continue;
                var next = words[after].Lower;
                if (frame == VerbFrame.Object || (headline && Prepositions.Contains(next))) clauseStart = words[after - 1].End;
                else if ((frame == VerbFrame.Bare || headline || IsParticipleAfterComma(p, v)) && !NotClauseStart.Contains(next) && !IsWholeRest(p, after, end))
                {
                    clauseStart = words[after - 1].End;
                    bare = true;
                }
            }
            if (clauseStart < 0 && ListenerThenClause(p, v + n, limit) is var told and >= 0)
            {
                clauseStart = told;
                bare = true;
            }
            if (clauseStart < 0 && frame != VerbFrame.Object && words[v + n - 1].Lower is not ("told" or "tells" or "tell") && v + n < limit && !p.InQuote[v + n] && OnlySpace(text, words[v + n - 1].End, words[v + n].Start)
                && SkipTime(p, v + n, limit) is var opens && opens < limit && OpensFiniteClause(p, opens, limit) && !IsWholeRest(p, opens, end))
            {
                clauseStart = words[opens - 1].End;
                bare = true;
            }
            if (clauseStart < 0) continue;
            // "X called the pact … and said both navies would …": a coordinated verb shares the sentence's subject.
            var coordinated = v > first && words[v - 1].Lower is "and" or "и" && !p.InQuote[v - 1];
            var subject = bare && !coordinated ? Cues.DirectSubject(text, words, v, first, p.InQuote) : Cues.Subject(text, words, v, first, p.InQuote);
            subject ??= QuotedName.SubjectBefore(p, v);
            subject ??= NounPhraseBefore(p, v, first);
            if (subject is null) continue;
            var clauseEnd = end;
            var second = SecondClause(p, clauseStart, end);
            if (second >= 0) clauseEnd = text.LastIndexOf(',', p.Words[p.WordAt(second) - 1].Start);
            clauseEnd = BeforeCoordinatedVerb(p, clauseStart, clauseEnd);
            if (QuoteInside(p, clauseStart, clauseEnd, QuoteStatements.MinPartialWords - 1) is { } q && !ContinuesClause(p, clauseStart, q)) clauseEnd = AroundQuote(p, clauseStart, clauseEnd, q);
            if (clauseEnd >= 0) clauseEnd = BeforeTrailingSource(p, clauseStart, clauseEnd);
            var emitted = clauseEnd >= 0 && Emit(p, clauseStart, clauseEnd, new Cue(subject, frame), output);
            if (second >= 0)
            {
                // "…, and that passenger traffic would …": the same verb reports a second clause.
                var secondEnd = end;
                if (SpeechQuoteIn(p, second, end) is { } q2) secondEnd = SeparatorBefore(p, second, q2.Open);
                if (secondEnd >= 0) Emit(p, second, BeforeTrailingSource(p, second, secondEnd), new Cue(subject, frame), output);
                v = p.WordAt(end) - 1;
                continue;
            }
            if (!emitted) continue;
            v = p.WordAt(clauseEnd) - 1;
        }
    }

    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.Ordinal)
    {
        "asked", "speaking", "answering", "responding", "commenting", "отвечая", "комментируя", "выступая",
    };

    /// <summary>
    /// "told reporters the talks were over and added that …", "…, but added …", "announced a date, saying …":
    /// a clause ends before a second speech verb.
    /// </summary>
    private static int BeforeCoordinatedVerb(Paragraph p, int clauseStart, int clauseEnd)
    {
        var words = p.Words;
        var k = p.NextWord(p.WordAt(clauseStart) + 1, CoordinatesSpeechVerb);
        if (k + 1 >= words.Count || words[k].Start >= clauseEnd) return clauseEnd;
        var end = words[k].Start;
        while (end > clauseStart && (char.IsWhiteSpace(p.Text[end - 1]) || p.Text[end - 1] == ',')) end--;
        return end;
    }

    private static readonly Func<Paragraph, int, bool> CoordinatesSpeechVerb = (p, k) =>
        k + 1 < p.Words.Count && !p.InQuote[k]
        && ((p.Words[k].Lower is "and" or "и" or "but" && Vocabulary.SpeechVerbs.MatchAt(p.Words, k + 1, out _) > 0)
            || (k > 0 && p.Words[k].Lower.EndsWith("ing", StringComparison.Ordinal) && HasComma(p.Text, p.Words[k - 1].End, p.Words[k].Start)
                && Vocabulary.SpeechVerbs.MatchAt(p.Words, k, out _) > 0));

    /// <summary>Where a coordinated second reported clause starts (", and that …", ", но что …"), or -1.</summary>
    private static int SecondClause(Paragraph p, int clauseStart, int end)
    {
        var words = p.Words;
        var k = p.NextWord(p.WordAt(clauseStart) + 1, OpensSecondClause);
        return k + 1 < words.Count && words[k + 1].Start < end ? words[k + 1].End : -1;
    }

    private static readonly Func<Paragraph, int, bool> OpensSecondClause = (p, k) =>
        k > 0 && k + 1 < p.Words.Count && !p.InQuote[k] && Complementizers.Contains(p.Words[k + 1].Lower)
        && p.Words[k].Lower is "and" or "but" or "и" or "но" or "а" && HasComma(p.Text, p.Words[k - 1].End, p.Words[k].Start);

    /// <summary>"…, saying the company needs …": a speech participle after a comma takes a bare clause ("without saying goodbye" does not).</summary>
    private static bool IsParticipleAfterComma(Paragraph p, int v) =>
        p.Language == "en" && v > 0 && p.Words[v].Lower is "saying" or "adding" && HasComma(p.Text, p.Words[v - 1].End, p.Words[v].Start);

    /// <summary>
    /// "observers say …", "as city staff said …", "the mayor's staff later said …": in English a plain noun
    /// phrase right before a speech verb (no name the mention reader knows) is its subject, a collective
    /// speaker of its own. Read back from the verb over adverbs to a determiner, a clause boundary or punctuation.
    /// </summary>
    private static Mention? NounPhraseBefore(Paragraph p, int verb, int first)
    {
        if (p.Language != "en") return null;
        var words = p.Words;
        var end = verb - 1;
        while (end >= first)
        {
            var adverb = Vocabulary.CueAdverbs.MatchEndingAt(words, end, out _);
            if (adverb == 0 && !TimeWords.Contains(words[end].Lower)) break;
            end -= Math.Max(adverb, 1);
        }
        if (end < first || !IsPlainHead(p, end) || HasComma(p.Text, words[end].End, words[verb].Start)) return null;
        var start = end;
        for (var k = end - 1; k >= first && end - k < MaxPhraseWords; k--)
        {
            if (p.InQuote[k] || !OnlySpace(p.Text, words[k].End, words[k + 1].Start) || IsPhraseBoundary(words[k].Lower)) break;
            start = k;
            if (SubjectDeterminers.Contains(words[k].Lower)) break;
        }
        return Phrase(p, start, end);
    }

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
        if (!(CueTailOpeners.Contains(first.Lower) || TimeWords.Contains(first.Lower) || (Vocabulary.IsNameStopword(first.Lower) && first.IsCapitalized))) return false;
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

    /// <summary>Cuts ", according to her" off the end of a clause.</summary>
    private static int BeforeTrailingSource(Paragraph p, int start, int end)
    {
        var k = p.NextWord(p.WordAt(start), TrailingSource);
        if (k >= p.Words.Count || p.Words[k].Start >= end) return end;
        return p.Text.LastIndexOf(',', p.Words[k].Start - 1, p.Words[k].Start - p.Words[k - 1].End);
    }

    private static readonly Func<Paragraph, int, bool> TrailingSource = (p, k) =>
        k > 0 && Vocabulary.ReportingPhrases.MatchAt(p.Words, k, out _) > 0 && HasComma(p.Text, p.Words[k - 1].End, p.Words[k].Start);

    /// <summary>Skips a time adverbial after a verb: "said on Monday he was …", "said yesterday the …".</summary>
    private static int SkipTime(Paragraph p, int i, int limit)
    {
        var words = p.Words;
        // A weekday after the verb says when it was said, not what: "said Sunday the talks …", "said late Friday the union …".
        if (p.Language == "en" && i + 1 < limit && words[i].Lower is "late" or "early" or "earlier" or "later" && IsWeekday(words[i + 1])) return i + 2;
        // "said Sunday was the last day" keeps the weekday as the clause's subject.
        if (p.Language == "en" && i + 1 < limit && IsWeekday(words[i]) && !IsFiniteAuxiliary(words[i + 1].Lower)) return i + 1;
        if (TimeWords.Contains(words[i].Lower)) return i + 1;
        if (words[i].Lower == "on" && i + 1 < limit && Vocabulary.IsNameStopword(words[i + 1].Lower) && words[i + 1].IsCapitalized)
        {
            i += 2;
            while (i < limit && char.IsDigit(words[i].Text[0])) i++;
        }
        return i;
    }

    private static bool IsWeekday(Word w) => w.IsCapitalized && WeekdaysLazy.Value.Contains(w.Lower);

    private static readonly Lazy<HashSet<string>> WeekdaysLazy = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("weekdays.txt"))
        {
            var forms = line.Split('|');
            for (var f = 1; f < forms.Length; f++) set.Add(forms[f].Trim().ToLowerInvariant());
        }
        return set;
    });

    /// <summary>
    /// True when the word before <paramref name="k"/> ends a quoted name or a Russian embedded fragment that closes
    /// before the comma: "…заключается в «раздувании паники», заявил он" still has its cue after the comma.
    /// </summary>
    private static bool ClosesBefore(Paragraph p, int k) =>
        p.QuoteEndingAfter(p.Words[k - 1].Start) is { } q && q.After <= p.Words[k].Start
        && (QuotedName.Is(p.Text, q) || (p.Language == "ru" && IsEmbeddedFragment(p, q)));

}
