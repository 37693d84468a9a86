using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;
using static DatasetSdk.Extraction.Quotes.Reported.DocumentSource;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// A named source phrase (reporting-phrases.txt): "According to the harbour office, the ferry will run daily",
/// "По словам мэра, паром будет ходить ежедневно". Opening the sentence it cues what follows its comma; set off
/// inside it, all of the sentence; trailing it ("…, according to her"), the words before its comma. After the
/// phrase the source is a pronoun, a name, a statement or any plain source phrase ("according to a release
/// from the union").
/// </summary>
internal sealed class AccordingToSieve : IReportedSieve
{
    public bool Claim(ReportedClause clause, List<Candidate> output)
    {
        // A sentence holding an "as" clause is the as-clause sieve's even when it could not read it.
        if (AsClauseSieve.HasAsClause(clause)) return false;
        var p = clause.P;
        var contentStart = clause.ContentStart;
        var end = clause.End;
        var first = clause.First;
        var limit = clause.Limit;
        var words = p.Words;
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
            speaker ??= MentionReader.StartingAt(p.Text, words, k + n) ?? StatementSource(p, k + n, limit) ?? SourcePhrase(p, k + n, limit);
            if (speaker is null || speaker.End > end) return false;
            int clauseStart, clauseEnd;
            if (k == first)
            {
                var comma = p.Text.IndexOf(',', speaker.End, end - speaker.End);
                if (comma < 0) return false;
                clauseStart = comma + 1;
                clauseEnd = end;
            }
            else if (p.Text.IndexOf(',', speaker.End, end - speaker.End) is var after and >= 0 && OnlySpace(p.Text, speaker.End, after)
                     && TextRange.HasWords(p.Text, after + 1, end, 2) && HasComma(p.Text, words[k - 1].End, words[k].Start))
            {
                // "В ночь на 4 марта, по информации ГИБДД, произошло два ДТП": a source set off inside the sentence reports all of it.
                clauseStart = contentStart;
                clauseEnd = end;
            }
            else
            {
                var comma = p.Text.LastIndexOf(',', words[k].Start - 1, words[k].Start - contentStart);
                if (comma < 0 || !OnlySpace(p.Text, comma + 1, words[k].Start)) return false;
                // "She added that …, according to her": the verb's own clause is the statement.
                for (var v = first; v < k; v++)
                {
                    if (!p.InQuote[v] && Vocabulary.SpeechVerbs.MatchAt(words, v, out _) > 0) return false;
                }
                clauseStart = contentStart;
                clauseEnd = comma;
            }
            if (SpeechQuoteIn(p, clauseStart, clauseEnd) is { } q && !ContinuesClause(p, clauseStart, q)) clauseEnd = AroundQuote(p, clauseStart, clauseEnd, q);
            return clauseEnd >= 0 && Emit(p, clauseStart, clauseEnd, new Cue(speaker, VerbFrame.That), output);
        }
        return false;
    }

    /// <summary>The speaker a sentence-opening source phrase names ("По словам Рябова, …"), or null.</summary>
    internal static Mention? SourceOf(Paragraph p, int sentenceStart)
    {
        var words = p.Words;
        var k = p.WordAt(sentenceStart);
        var n = Vocabulary.ReportingPhrases.MatchAt(words, k, out _);
        if (n == 0) return null;
        for (var j = k; j < k + n; j++)
        {
            if (Vocabulary.IsPronoun(words[j].Lower, out _)) return MentionReader.StartingAt(p.Text, words, j);
        }
        return MentionReader.StartingAt(p.Text, words, k + n);
    }

    /// <summary>Longest unnamed source phrase read after "according to": "a release from the mayor's office".</summary>
    private const int MaxSourceWords = 8;

    /// <summary>
    /// "according to the city", "according to preliminary findings", "according to a release from the union":
    /// a source no mention reader knows is still a source. A document speaks for the group last quoted (as
    /// "they"); any other phrase is a collective speaker of its own. A standard ("according to plan") is no
    /// source at all.
    /// </summary>
    private static Mention? SourcePhrase(Paragraph p, int at, int limit)
    {
        var words = p.Words;
        var k = at;
        var document = false;
        var owner = -1;
        var noun = -1;
        for (; k < limit && k - at < MaxSourceWords; k++)
        {
            if (p.InQuote[k] || RelativeWords.Contains(words[k].Lower)) break;
            if (k > at && !OnlySpace(p.Text, words[k - 1].End, words[k].Start)) break;
            if (!document && MentionReader.IsPossessive(words[k].Text)) owner = k;
            if (SourceNoun(words[k].Lower) is { } isDocument)
            {
                if (!isDocument) return null;
                if (!document) noun = k;
                document = true;
            }
        }
        if (k == at) return null;
        if (document && owner < 0 && DocumentSource.Author(p, at, noun, k) is { } author) return author;
        var start = words[at].Start;
        var end = words[k - 1].End;
        // "according to the union's latest release": the document's owner speaks.
        if (document && owner >= 0)
        {
            end = words[owner].End - 2;
            document = false;
        }
        return new Mention(document ? MentionKind.GroupPronoun : MentionKind.Collective, start, end, p.Text.Substring(start, end - start), Array.Empty<string>(), null);
    }

    /// <summary>True for a document noun, false for a standard, null for any other word (source-nouns.txt).</summary>
    private static bool? SourceNoun(string lower) =>
        SourceNounsLazy.Value.TryGetValue(lower, out var document) ? document : null;

    private static readonly Lazy<Dictionary<string, bool>> SourceNounsLazy = new(() =>
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("source-nouns.txt"))
        {
            var bar = line.IndexOf('|');
            if (bar <= 0) continue;
            var document = line.Substring(0, bar).Trim() == "document";
            foreach (var noun in line.Substring(bar + 1).Split(','))
            {
                if (noun.Trim().Length > 0) map[noun.Trim().ToLowerInvariant()] = document;
            }
        }
        return map;
    });
}
