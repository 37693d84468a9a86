using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Reported speech in the writer's own sentences, each statement being the reported clause only:
/// "X said (that) …", "заявил, что …", "invited X to …"; the clause before the cue ("…, Lavrov said after
/// the meeting."); and a named source ("According to him, …", "По словам министра, …").
/// </summary>
internal static class ReportedSpeech
{
    private static readonly HashSet<string> NotClauseStart = new(StringComparer.Ordinal)
    {
        "after", "at", "in", "on", "during", "while", "when", "to", "of", "about", "with", "for", "before", "following",
        "earlier", "later", "yesterday", "today", "tomorrow", "last", "this", "as", "by", "from", "through", "then",
        "also", "afterwards", "separately", "there", "here", "so", "and", "but", "it", "nothing", "something", "more",
    };

    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "that", "что" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "о", "об", "about" };

    /// <summary>Adds the reported clauses of <paramref name="p"/>; in a headline any cue takes what follows it.</summary>
    public static void Find(Paragraph p, bool headline, List<Candidate> output)
    {
        foreach (var (start, end) in p.Sentences)
        {
            var contentStart = SkipDateline(p.Text, start, end);
            var first = p.WordAt(contentStart);
            var limit = p.WordAt(end);
            if (first >= limit) continue;
            if (AccordingTo(p, contentStart, end, first, limit, output)) continue;
            if (ClauseBeforeCue(p, contentStart, end, first, limit, output)) continue;
            VerbClauses(p, end, first, limit, headline, output);
        }
    }

    private static bool AccordingTo(Paragraph p, int contentStart, int end, int first, int limit, List<Candidate> output)
    {
        var words = p.Words;
        if (AsCue(p, first, limit) is { } asCue)
        {
            var comma = p.Text.IndexOf(',', asCue.Speaker!.End, end - asCue.Speaker.End);
            return comma >= 0 && OnlySpace(p.Text, asCue.Speaker.End, comma) && Emit(p, comma + 1, end, asCue, output);
        }
        for (var k = first; k < limit; k++)
        {
            if (p.InQuote[k]) continue;
            var n = Vocabulary.ReportingPhrases.MatchAt(words, k, out _);
            if (n == 0) continue;
            Mention? speaker = null;
            for (var j = k; j < k + n && speaker is null; j++)
            {
                if (Vocabulary.IsPronoun(words[j].Lower, out _)) speaker = MentionReader.StartingAt(p.Text, words, j);
            }
            speaker ??= MentionReader.StartingAt(p.Text, words, k + n);
            if (speaker is null) return false;
            int clauseStart, clauseEnd;
            if (k == first)
            {
                var comma = p.Text.IndexOf(',', speaker.End, end - speaker.End);
                if (comma < 0) return false;
                clauseStart = comma + 1;
                clauseEnd = end;
            }
            else
            {
                var comma = p.Text.LastIndexOf(',', words[k].Start - 1, words[k].Start - contentStart);
                if (comma < 0 || !OnlySpace(p.Text, comma + 1, words[k].Start)) return false;
                clauseStart = contentStart;
                clauseEnd = comma;
            }
            return Emit(p, clauseStart, clauseEnd, new Cue(speaker, VerbFrame.That), output);
        }
        return false;
    }

    /// <summary>"As Lavrov said, …" / "Как сообщил пресс-секретарь Дмитрий Песков, …": the cue in a leading "as" clause.</summary>
    private static Cue? AsCue(Paragraph p, int first, int limit)
    {
        if (first + 2 >= limit || p.InQuote[first] || p.Words[first].Lower is not ("as" or "как")) return null;
        var words = p.Words;
        var n = Vocabulary.SpeechVerbs.MatchAt(words, first + 1, out var frame);
        if (n > 0) return MentionReader.StartingAt(p.Text, words, first + 1 + n) is { } after ? new Cue(after, frame) : null;
        if (MentionReader.StartingAt(p.Text, words, first + 1) is not { } subject) return null;
        var v = p.WordAt(subject.End);
        while (v < limit && Vocabulary.CueAdverbs.MatchAt(words, v, out _) is var a && a > 0) v += a;
        n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
        if (n == 0) return null;
        // The clause starts after the verb: move the mention's end there so the comma search starts after it.
        return new Cue(subject with { End = words[v + n - 1].End }, frame);
    }

    /// <summary>"…, Lavrov said after the meeting." / "…, said Lavrov." / "…, - заявил он."</summary>
    private static bool ClauseBeforeCue(Paragraph p, int contentStart, int end, int first, int limit, List<Candidate> output)
    {
        var text = p.Text;
        var words = p.Words;
        for (var k = limit - 1; k > first + 2; k--)
        {
            if (p.InQuote[k] || p.InQuote[k - 1] || !HasComma(text, words[k - 1].End, words[k].Start)) continue;
            Cue? cue = null;
            var n = Vocabulary.SpeechVerbs.MatchAt(words, k, out var frame);
            var verbEnd = k + n;
            if (n > 0)
            {
                if (MentionReader.StartingAt(text, words, k + n) is { } inverted) cue = new Cue(inverted, frame);
            }
            else if (MentionReader.StartingAt(text, words, k) is { } subject)
            {
                var v = p.WordAt(subject.End);
                while (v < limit && Vocabulary.CueAdverbs.MatchAt(words, v, out _) is var a && a > 0) v += a;
                n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
                if (n > 0) { cue = new Cue(subject, frame); verbEnd = v + n; }
            }
            if (cue is null) continue;
            if (verbEnd < limit && Complementizers.Contains(words[verbEnd].Lower)) return false;
            var comma = text.LastIndexOf(',', words[k].Start - 1, words[k].Start - words[k - 1].End);
            // "Asked about it, Peskov said: «…»" — the cue introduces a quote, not the clause before it.
            if (p.Quotes.Exists(q => q.After > contentStart && q.Open < end)) return false;
            if (text.IndexOf(':', words[verbEnd - 1].End, end - words[verbEnd - 1].End) >= 0) return false;
            return Emit(p, contentStart, comma, cue, output);
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
            for (var t = after; t < limit && t <= after + 6; t++)
            {
                if (p.InQuote[t] || Vocabulary.SpeechVerbs.MatchAt(words, t, out _) > 0 || HasStop(text, words[t - 1].End, words[t].Start)) break;
                if (Complementizers.Contains(words[t].Lower)) { clauseStart = words[t].End; break; }
            }
            if (clauseStart < 0 && after < limit && !p.InQuote[after] && OnlySpace(text, words[after - 1].End, words[after].Start))
            {
                var next = words[after].Lower;
                if (frame == VerbFrame.Object || (headline && Prepositions.Contains(next))) clauseStart = words[after - 1].End;
                else if ((frame == VerbFrame.Bare || headline) && !NotClauseStart.Contains(next) && !Vocabulary.IsPronoun(next, out _)
                         && !IsWholeRest(p, after, end))
                {
                    clauseStart = words[after - 1].End;
                    bare = true;
                }
            }
            if (clauseStart < 0) continue;
            var subject = bare ? Cues.DirectSubject(text, words, v, first, p.InQuote) : Cues.Subject(text, words, v, first, p.InQuote);
            if (subject is null) continue;
            var clauseEnd = end;
            foreach (var q in p.Quotes)
            {
                if (q.Open < clauseStart || q.Open >= end) continue;
                clauseEnd = SeparatorBefore(text, clauseStart, q.Open);
                break;
            }
            if (clauseEnd < 0) continue;
            if (Emit(p, clauseStart, clauseEnd, new Cue(subject, frame), output)) v = p.WordAt(clauseEnd) - 1;
        }
    }

    /// <summary>"said the Russian minister." — an inverted subject, not a reported clause.</summary>
    private static bool IsWholeRest(Paragraph p, int first, int end)
    {
        if (MentionReader.StartingAt(p.Text, p.Words, first) is not { } m) return false;
        var (_, e) = TextRange.TrimClause(p.Text, m.End, end);
        return e <= m.End;
    }

    /// <summary>
    /// A reported clause that runs into a quotation ends at a dash, colon or semicolon before it; without one
    /// the quotation is part of the clause's own grammar, and only the quotation is a statement.
    /// </summary>
    private static int SeparatorBefore(string text, int from, int quoteOpen)
    {
        for (var i = quoteOpen - 1; i > from; i--)
        {
            var c = text[i];
            if (c is ':' or ';') return i;
            if (c is '—' or '–' or '-' && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) return i;
        }
        return -1;
    }

    private static bool Emit(Paragraph p, int start, int end, Cue cue, List<Candidate> output)
    {
        var (s, e) = TextRange.TrimClause(p.Text, start, end);
        if (TextRange.WordCount(p.Text, s, e) < 2) return false;
        output.Add(new Candidate(s, e, StatementKind.Indirect, cue, SpeakerSource.Cue, p));
        return true;
    }

    /// <summary>Skips a dateline: "ANTALYA (Sputnik) — …", "MOSCOW, May 6 - …".</summary>
    private static int SkipDateline(string text, int start, int end)
    {
        var i = start;
        var upper = 0;
        while (i < end && char.IsLetter(text[i]) && char.IsUpper(text[i])) { i++; upper++; }
        if (upper < 3 || (i < end && char.IsLetter(text[i]))) return start;
        var limit = Math.Min(end, start + 80);
        for (var k = i; k + 2 < limit; k++)
        {
            if (text[k] is '—' or '–' or '-' && char.IsWhiteSpace(text[k - 1]) && char.IsWhiteSpace(text[k + 1])) return k + 2;
        }
        return start;
    }

    private static bool HasComma(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',') return true;
        }
        return false;
    }

    private static bool HasStop(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or ';' or ':' or '(' or ')') return true;
        }
        return false;
    }

    private static bool OnlySpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }
}
