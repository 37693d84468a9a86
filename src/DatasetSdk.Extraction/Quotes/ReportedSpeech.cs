using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Quotes.Reported;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Reported speech in the writer's own sentences, each statement being the reported clause only: every
/// sentence (or each half of one joined by a semicolon) goes through the sieves of <see cref="Sieves"/>, one
/// per construction, under <c>Quotes/Reported/</c>.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Adds the reported clauses of <paramref name="p"/>; in a headline any cue takes what follows it.</summary>
    public static void Find(Paragraph p, bool headline, List<Candidate> output) => Find(p, null, headline, output);

    /// <summary>
    /// As <see cref="Find(Paragraph, bool, List{Candidate})"/>; a paragraph opening with "Об этом сообщил …" also
    /// takes <paramref name="lead"/>, the one-sentence paragraph before it, as what was said.
    /// </summary>
    /// <param name="cancellationToken">Checked at every sentence: one paragraph can be a whole megabyte, and an IDE cancels on each keystroke.</param>
    public static void Find(Paragraph p, Paragraph? lead, bool headline, List<Candidate> output, CancellationToken cancellationToken = default)
    {
        for (var si = 0; si < p.Sentences.Count; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = p.Sentences[si];
            // "Residents say nobody asked them; the company says …": a semicolon joins two reports, each with its own cue.
            var semicolon = SemicolonBeforeCue(p, start, end);
            if (semicolon < 0) semicolon = SecondSource(p, start, end);
            if (semicolon >= 0)
            {
                Clause(p, si, start, semicolon, lead, headline, output);
                Clause(p, -1, p.Text[semicolon] == ';' ? semicolon + 1 : p.Words[p.WordAt(semicolon) + 1].Start, end, null, headline, output);
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
        new ClauseBeforeCueSieve(),
        new VerbClauseSieve(),
    };

    private static void Clause(Paragraph p, int si, int start, int end, Paragraph? lead, bool headline, List<Candidate> output)
    {
        var clause = new ReportedClause(p, si, start, end, lead, headline);
        if (clause.First >= clause.Limit) return;
        foreach (var sieve in Sieves)
        {
            if (sieve.Claim(clause, output)) return;
        }
    }

    /// <summary>
    /// "По словам Рябова, …, а по мнению Белкиной, …", "According to the mayor, …, but according to the union, …":
    /// the comma before a conjunction that opens a second source phrase, or -1. The second half is its own report.
    /// </summary>
    private static int SecondSource(Paragraph p, int start, int end)
    {
        var words = p.Words;
        var limit = p.WordAt(end);
        for (var k = p.WordAt(start) + 1; k + 1 < limit; k++)
        {
            if (p.InQuote[k] || words[k].Lower is not ("а" or "но" or "but" or "while" or "whereas")) continue;
            var comma = p.Text.LastIndexOf(',', words[k].Start - 1, words[k].Start - words[k - 1].End);
            if (comma < 0 || Vocabulary.ReportingPhrases.MatchAt(words, k + 1, out _) == 0) continue;
            return comma;
        }
        return -1;
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
}
