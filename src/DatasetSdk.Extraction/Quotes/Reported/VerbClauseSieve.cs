using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// A speech verb and the clause after it: "Anna Berg said (that) the ferry would run daily", "told reporters
/// the ferry would …", "Олег Рябов заявил, что паром будет ходить ежедневно", "invited residents to …". The
/// verb's subject speaks; a second clause the same verb reports (", and that …") is a statement of its own.
/// The last sieve: it reads every speech verb of a clause no sieve before it claimed.
/// </summary>
internal sealed class VerbClauseSieve : IReportedSieve
{
    /// <summary>How far "that"/"что" may follow its verb: "said at a news conference after the talks in the capital that".</summary>
    private const int MaxWordsBeforeThat = 12;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "о", "об", "about" };

    public bool Claim(ReportedClause clause, List<Candidate> output)
    {
        var p = clause.P;
        var end = clause.End;
        var first = clause.First;
        var limit = clause.Limit;
        var headline = clause.Headline;
        var before = output.Count;
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
            // "Белкина подчеркнула: бюджет будет сбалансирован": a colon after the verb opens what was said.
            if (after < limit && frame != VerbFrame.Object && !p.InQuote[after] && OnlyColon(text, words[after - 1].End, words[after].Start))
            {
                clauseStart = text.IndexOf(':', words[after - 1].End) + 1;
            }
            // "said he hoped that …", "said the plan that the council backed would …": a clause that opens right
            // after the verb holds any later "that".
            var opensAtVerb = frame == VerbFrame.Bare && p.Language == "en" && after < limit && !p.InQuote[after]
                              && OnlySpace(text, words[after - 1].End, words[after].Start) && (SubjectDeterminers.Contains(words[after].Lower) || words[after].Lower is "he" or "she" or "they" or "we" or "i");
            for (var t = after; clauseStart < 0 && !opensAtVerb && t < limit && t <= after + MaxWordsBeforeThat; t++)
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
                var timed = SkipTime(p, after, limit);
                var placed = SkipVenue(p, timed, limit);
                after = SkipTime(p, placed, limit);
                if (after >= limit) continue;
                var next = words[after].Lower;
                // After a venue the clause must open like one: "said in a video he would …", not "said in a video aired by …".
                var opensAfterVenue = placed == timed || IsSubjectOpening(next) || OpensFiniteClause(p, after, limit);
                if (frame == VerbFrame.Object || (headline && Prepositions.Contains(next))) clauseStart = words[after - 1].End;
                else if ((frame == VerbFrame.Bare || headline || IsParticipleAfterComma(p, v)) && opensAfterVenue && !NotClauseStart.Contains(next) && !IsWholeRest(p, after, end))
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
                && SkipTime(p, SkipVenue(p, SkipTime(p, v + n, limit), limit), limit) is var opens && opens < limit && OpensFiniteClause(p, opens, limit) && !IsWholeRest(p, opens, end))
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
            subject ??= BodyBeforeParticiple(p, v);
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
        return output.Count > before;
    }

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

    /// <summary>
    /// "“…,” it said, adding that …": a participle after "it said" shares its subject, the body the text has been
    /// quoting, which the attribution reads back as for the "it" of the quote.
    /// </summary>
    private static Mention? BodyBeforeParticiple(Paragraph p, int v)
    {
        var words = p.Words;
        if (v < 2 || !HasComma(p.Text, words[v - 1].End, words[v].Start) || !words[v].Lower.EndsWith("ing", StringComparison.Ordinal)) return null;
        if (Vocabulary.SpeechVerbs.MatchAt(words, v - 1, out _) == 0 || !Vocabulary.IsBodyPronoun(words[v - 2].Lower) || p.InQuote[v - 2]) return null;
        var it = words[v - 2];
        return new Mention(MentionKind.BodyPronoun, it.Start, it.End, it.Text, Array.Empty<string>(), null);
    }

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

    /// <summary>Cuts ", according to her" off the end of a clause.</summary>
    private static int BeforeTrailingSource(Paragraph p, int start, int end)
    {
        var k = p.NextWord(p.WordAt(start), TrailingSource);
        if (k >= p.Words.Count || p.Words[k].Start >= end) return end;
        return p.Text.LastIndexOf(',', p.Words[k].Start - 1, p.Words[k].Start - p.Words[k - 1].End);
    }

    private static readonly Func<Paragraph, int, bool> TrailingSource = (p, k) =>
        k > 0 && Vocabulary.ReportingPhrases.MatchAt(p.Words, k, out _) > 0 && HasComma(p.Text, p.Words[k - 1].End, p.Words[k].Start);

    /// <summary>True when only white space and one colon stand between two words.</summary>
    private static bool OnlyColon(string text, int from, int to)
    {
        var colons = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ':') colons++;
            else if (!char.IsWhiteSpace(text[i])) return false;
        }
        return colons == 1;
    }

    /// <summary>Skips a time adverbial after a verb: "said on Monday he was …", "said yesterday the …".</summary>
    private static int SkipTime(Paragraph p, int i, int limit)
    {
        if (i >= limit) return i;
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
}
