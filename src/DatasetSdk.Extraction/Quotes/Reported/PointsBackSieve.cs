using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;
using static DatasetSdk.Extraction.Quotes.Reported.DocumentSource;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// "Об этом сообщил пресс-секретарь Олег Рябов." — a sentence opening by pointing back ("об этом") with a
/// speech verb or "говорится в …": the sentence before it is what was said, or, at a paragraph's start, the lone
/// sentence of the paragraph before when that one gave no statement of its own.
/// </summary>
internal sealed class PointsBackSieve : IReportedSieve
{
    public bool Claim(ReportedClause c, List<Candidate> output)
    {
        if (c.Sentence > 0) return PointsBack(c.P, c.First, c.Limit, c.P.Sentences[c.Sentence - 1], output);
        return c.Sentence == 0 && c.Lead is { Sentences.Count: 1 } lead && PointsBack(c.P, c.First, c.Limit, lead.Sentences[0], output, lead);
    }

    private static bool PointsBack(Paragraph p, int first, int limit, (int Start, int End) previous, List<Candidate> output, Paragraph? owner = null)
    {
        var words = p.Words;
        if (first + 2 >= limit || words[first].Lower != "об" || words[first + 1].Lower != "этом") return false;
        for (var v = first + 2; v < limit; v++)
        {
            var n = Vocabulary.SpeechVerbs.MatchAt(words, v, out var frame);
            // "Об этом говорится в сообщении пресс-службы министерства."
            var document = n == 0 ? DocumentCue(p, v, limit, words[limit - 1].End) : null;
            if (n == 0 && document is null) continue;
            var speaker = document?.Speaker ?? MentionReader.StartingAt(p.Text, words, v + n) ?? Cues.Subject(p.Text, words, v, first + 2, p.InQuote);
            if (speaker is null || speaker.End > p.Words[limit - 1].End) return false;
            var said = owner ?? p;
            var start = SkipDateline(p.Text, previous.Start, previous.End);
            // A quotation in the sentence is its own statement; a short quoted name («Северная набережная») is not,
            // and a Russian fragment embedded in the sentence leaves it a reported clause as well.
            if (said.QuoteEndingAfter(start) is { } q && q.Open < previous.End && (owner is null || q.WordCount > MaxQuotedNameWords)
                && !QuotedName.Is(said.Text, q) && !(said.Language == "ru" && IsEmbeddedFragment(said, q))) return false;
            return Emit(said, start, previous.End, new Cue(speaker, frame), output);
        }
        return false;
    }
}
