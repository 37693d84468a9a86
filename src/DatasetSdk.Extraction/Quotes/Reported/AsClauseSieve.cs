using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// An "as" clause cueing the writer's sentence. Opening it ("As the harbour office said, the ferry will run
/// daily", "Как сообщили в мэрии, паром будет ходить ежедневно") it cues what follows its comma; set off inside
/// it ("The ferry, as the harbour office said, will run daily") it reports the whole sentence.
/// </summary>
internal sealed class AsClauseSieve : IReportedSieve
{
    public bool Claim(ReportedClause c, List<Candidate> output)
    {
        if (Opening(c) is { } opening) return ReadOpening(c, opening, output);
        return Aside(c) is { } aside && QuoteInside(c.P, c.ContentStart, c.End, 0) is null && Emit(c.P, c.ContentStart, c.End, aside, output);
    }

    /// <summary>
    /// True when the clause holds an "as" clause, read or not: the sieves after this one that read a named
    /// source leave such a sentence alone.
    /// </summary>
    internal static bool HasAsClause(ReportedClause c) => Opening(c) is not null || Aside(c) is not null;

    private static bool ReadOpening(ReportedClause c, Cue asCue, List<Candidate> output)
    {
        var p = c.P;
        var end = c.End;
        var tail = asCue.Speaker!.End;
        // "Как пояснили в пресс-службе ГУП «Северный паром», …": the body's quoted name ends the cue.
        if (p.QuoteEndingAfter(tail) is { } name && OnlySpace(p.Text, tail, name.Open) && name.Close < end
            && name.WordCount <= MaxQuotedNameWords)
        {
            tail = name.Close + 1;
            var named = asCue.Speaker with { End = tail, Surface = p.Text.Substring(asCue.Speaker.Start, tail - asCue.Speaker.Start) };
            asCue = asCue with { Speaker = named };
        }
        var comma = p.Text.IndexOf(',', tail, end - tail);
        // "Как сообщили в ведомстве, мэрия «внимательно изучит» …": the quoted words are the statement.
        if (comma < 0 || !OnlySpace(p.Text, tail, comma)) return false;
        var clauseEnd = QuoteInside(p, comma + 1, end, 0) is { } inside ? AroundQuote(p, comma + 1, end, inside) : end;
        // A quotation the clause runs into with no separator before it claims the sentence with nothing added.
        return clauseEnd < 0 || Emit(p, comma + 1, clauseEnd, asCue, output);
    }

    /// <summary>The cue of an "as" clause opening the clause, when its speaker ends inside it.</summary>
    private static Cue? Opening(ReportedClause c) =>
        AsCue(c.P, c.First, c.Limit) is { } cue && cue.Speaker!.End <= c.End ? cue : null;

    /// <summary>
    /// "Контракт, как уточнили в пресс-службе, оценивается в …", "The bridge, as the council said, will close":
    /// the cue of an "as" clause set off by commas inside the clause, with words of the clause after it.
    /// </summary>
    private static Cue? Aside(ReportedClause c)
    {
        var p = c.P;
        var words = p.Words;
        var end = c.End;
        for (var k = c.First + 1; k < c.Limit; k++)
        {
            if (p.InQuote[k] || !HasComma(p.Text, words[k - 1].End, words[k].Start)) continue;
            if (AsCue(p, k, c.Limit) is not { } inner || inner.Speaker!.End >= end) continue;
            var after = p.Text.IndexOf(',', inner.Speaker.End, end - inner.Speaker.End);
            if (after < 0 || !OnlySpace(p.Text, inner.Speaker.End, after) || !TextRange.HasWords(p.Text, after + 1, end, 2)) continue;
            return inner;
        }
        return null;
    }

    /// <summary>Most words a circumstance between an "as" clause's speaker and its comma takes ("в интервью агентству «Вестник»").</summary>
    private const int MaxCircumstanceWords = 6;

    /// <summary>The cue of a sentence opened by "As X said," / "Как сообщили в …,", or null.</summary>
    internal static Cue? OpeningCue(Paragraph p, int sentenceStart, int sentenceEnd) =>
        AsCue(p, p.WordAt(SkipDateline(p.Text, sentenceStart, sentenceEnd)), p.WordAt(sentenceEnd));

    /// <summary>"As Anna Berg said, …" / "Как сообщил пресс-секретарь Олег Рябов, …": the cue in a leading "as" clause.</summary>
    private static Cue? AsCue(Paragraph p, int first, int limit)
    {
        if (first + 2 >= limit || p.InQuote[first] || p.Words[first].Lower is not ("as" or "как")) return null;
        var words = p.Words;
        var n = Vocabulary.SpeechVerbs.MatchAt(words, first + 1, out var frame);
        if (n > 0)
        {
            var limitEnd = words[limit - 1].End;
            Func<Mention, bool> endsClause = m => p.Text.IndexOf(',', m.End, limitEnd - m.End) is var c && c >= 0 && OnlySpace(p.Text, m.End, c);
            var at = SkipListener(p, first + 1 + n, limit);
            var after = MentionReader.StartingAt(p.Text, words, at);
            // "Как сообщил «Вестник» источник в правительстве": the outlet told comes before the speaker, who ends the
            // clause ("Вестник Севера в пресс-службе": the outlet's second word is no speaker).
            for (var skip = 1; after is null && skip <= 2 && at + skip < limit && words[at + skip - 1].IsCapitalized; skip++)
            {
                after = MentionReader.StartingAt(p.Text, words, at + skip);
                if (after is not null && !endsClause(after)) after = null;
            }
            // "Как пишет «Северная газета», …": the outlet closing the "as" clause is its speaker, not a listener.
            if (after is null && QuotedName.Outlet(p, first + 1 + n, limit) is { } outlet && p.Text.IndexOf(',', outlet.End, Math.Min(2, p.Text.Length - outlet.End)) >= 0) after = outlet;
            after ??= Circumstance.SubjectAfter(p, at, limit, endsClause);
            // "Как пояснили Вестнику Севера в пресс-службе министерства, …": an outlet of two words told, then the body.
            var told = at;
            while (after is null && told < limit && told - at < 2 && words[told].IsCapitalized && !p.InQuote[told]) told++;
            if (after is null && told > at) after = Circumstance.SubjectAfter(p, told, limit, endsClause);
            // "Как сообщил Олег Рябов на брифинге, …", "Как заявил Рябов журналистам, …": where or to whom it was
            // said may follow the speaker; the cue runs to the comma.
            if (after is not null && !endsClause(after) && p.WordAt(after.End) is var next && next < limit
                && (Circumstance.OpensAt(words, next) || DativeListeners.Contains(words[next].Lower))
                && p.Text.IndexOf(',', after.End, limitEnd - after.End) is var comma and >= 0 && p.WordAt(comma) - next <= MaxCircumstanceWords)
            {
                after = after with { End = comma };
            }
            return after is null ? null : new Cue(after, frame);
        }
        if (MentionReader.StartingAt(p.Text, words, first + 1) is not { } subject) return null;
        var v = p.WordAt(subject.End);
        while (v < limit && Vocabulary.CueAdverbs.MatchAt(words, v, out _) is var a && a > 0) v += a;
        n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
        if (n == 0) return null;
        // The clause starts after the verb: move the mention's end there so the comma search starts after it.
        return new Cue(subject with { End = words[v + n - 1].End }, frame);
    }
}
