using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes.Reported;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Finds the statements of the title and body blocks and attributes them. Stages: transcript turns,
/// headline attribution, quotations, reported speech, then speaker resolution in text order (names, role
/// phrases, pronouns, collectives). Boilerplate, captions and comments never give statements.
/// </summary>
public static class StatementExtractor
{
    private static void HeadingFragments(Paragraph p, List<Candidate> candidates)
    {
        var found = new List<Candidate>();
        QuoteStatements.Find(p, found);
        candidates.AddRange(found.Where(c => c.Kind == StatementKind.Partial));
        // "По словам председателя, …": a deck that names its source reports speech like a sentence of the text.
        if (found.Count == 0 && AccordingToSieve.SourceOf(p, p.Block.Start) is not null) ReportedSpeech.Find(p, false, candidates);
    }

    /// <summary>Extracts the statements of one document.</summary>
    public static StatementExtraction Extract(string text, LineMap lines, SegmentedText segments, DocumentMetadata metadata, CancellationToken cancellationToken)
    {
        var paragraphs = new List<Paragraph>();
        var registry = new SpeakerRegistry();
        foreach (var block in segments.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = new Paragraph(text, block, paragraphs.Count);
            paragraphs.Add(p);
            if (block.Kind is BlockKind.Title or BlockKind.Heading or BlockKind.Body) registry.NoteForms(p.Words);
        }
        // Names are registered once the document's word forms are known: a later "Дюпон" tells what "Дюпона" is.
        foreach (var p in paragraphs)
        {
            if (p.Block.Kind is BlockKind.Title or BlockKind.Heading or BlockKind.Body) registry.RegisterNames(text, p.Words);
        }

        var candidates = new List<Candidate>();
        var transcript = TranscriptTurns.Find(paragraphs, candidates);
        Stamp(candidates, 0, "transcript");
        var indirect = new List<Candidate>();
        Paragraph? previous = null;
        // Which paragraphs already gave a statement, kept up to date as the lists grow (a scan per paragraph is quadratic).
        var spoken = new HashSet<Paragraph>();
        int seenCandidates = 0, seenIndirect = 0;
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = candidates.Count;
            if (p.Block.Kind == BlockKind.Title) Headlines.Find(p, registry, candidates);
            Stamp(candidates, before, "headline");
            // A subheadline that reports someone's words ("Пресс-секретарь отметил, что график «очень плотный»")
            // gives its quoted fragments; a whole quotation as a heading is a related story's title.
            if (p.Block.Kind == BlockKind.Heading) HeadingFragments(p, candidates);
            Stamp(candidates, before, "heading");
            if (p.Block.Kind != BlockKind.Body || transcript.Contains(p)) continue;
            QuoteStatements.Find(p, previous, candidates);
            Stamp(candidates, before, "quote");
            for (; seenCandidates < candidates.Count; seenCandidates++) spoken.Add(candidates[seenCandidates].Paragraph);
            for (; seenIndirect < indirect.Count; seenIndirect++) spoken.Add(indirect[seenIndirect].Paragraph);
            var lead = previous is not null && !spoken.Contains(previous) ? previous : null;
            previous = p;
            before = candidates.Count;
            DashQuotes.Find(p, candidates);
            Stamp(candidates, before, "dash");
            before = indirect.Count;
            ReportedSpeech.Find(p, lead, false, indirect, cancellationToken);
            Stamp(indirect, before, "reported");
        }
        candidates = MergeIndirect(candidates, indirect);

        var (people, attribution) = AttributionPipeline.Run(candidates, paragraphs, registry, cancellationToken);

        // Names are read once every mention is in: the fullest form may come late in the text.
        var speakers = SpeakerRegistry.ToDocumentSpeakers(people.OfType<Person>());
        var names = new Dictionary<Person, string>();
        // Sorted by end so that a binary search finds the first date reaching into a sentence.
        var dates = metadata.Dates.OrderBy(d => d.Start + d.Length).ThenBy(d => d.Start).ToList();
        var statements = new List<ExtractedStatement>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            string? name = null;
            if (people[i] is { } person && !names.TryGetValue(person, out name)) names[person] = name = person.DisplayName();
            // The cue is the mention the speaker was read from, when it is in the text and the statement's own.
            var cue = c.Source == SpeakerSource.Cue && c.Cue?.Speaker is { } m && m.End > m.Start && m.End <= text.Length && m.Surface.Any(char.IsLetter) ? m : null;
            statements.Add(new ExtractedStatement(c.Start, c.End - c.Start, lines.LineOf(c.Start), c.Kind,
                text.Substring(c.Start, c.End - c.Start), name, DateOf(c, dates, metadata.Published),
                c.Paragraph.Language, c.Rule + "/" + attribution[i], cue?.Start ?? -1, cue is null ? 0 : cue.End - cue.Start));
        }
        return new StatementExtraction(statements.ToEquatableArray(), speakers);
    }

    /// <summary>Names the stage that found the candidates added to <paramref name="list"/> from <paramref name="from"/> on, unless one already did.</summary>
    private static void Stamp(List<Candidate> list, int from, string rule)
    {
        for (var i = from; i < list.Count; i++)
        {
            if (list[i].Rule.Length == 0) list[i] = list[i] with { Rule = rule };
        }
    }

    /// <summary>A date stated in the statement's sentence outside the statement itself, else the document's.</summary>
    private static PartialDate? DateOf(Candidate c, List<DateMention> dates, PartialDate? published)
    {
        var from = c.Paragraph.SentenceAt(c.Start).Start;
        var to = c.Paragraph.SentenceAt(Math.Max(c.Start, c.End - 1)).End;
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (dates[mid].Start + dates[mid].Length <= from) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < dates.Count && dates[i].Start < to; i++)
        {
            var d = dates[i];
            if (d.Value is null || d.Start + d.Length <= from) continue;
            if (d.Start < c.End && d.Start + d.Length > c.Start) continue;
            return d.Value;
        }
        return published;
    }

    /// <summary>
    /// Adds the reported clauses that no quotation or turn already covers, keeping text order; a clause may
    /// hold partial quotes of its own ("said the talks were “useful and frank” for both sides"). Both lists
    /// are sorted first, so one pass decides every overlap.
    /// </summary>
    private static List<Candidate> MergeIndirect(List<Candidate> quotes, List<Candidate> indirect)
    {
        quotes.Sort(ByStart);
        indirect.Sort(ByStart);
        var merged = new List<Candidate>(quotes.Count + indirect.Count);
        merged.AddRange(quotes);
        var q = 0;
        var reach = 0;
        foreach (var c in indirect)
        {
            while (q < quotes.Count && quotes[q].Start < c.Start)
            {
                if (quotes[q].End > reach) reach = quotes[q].End;
                q++;
            }
            if (reach > c.Start) continue;
            var inside = true;
            for (var j = q; j < quotes.Count && quotes[j].Start < c.End && inside; j++)
            {
                inside = quotes[j].Kind == StatementKind.Partial && quotes[j].End <= c.End;
            }
            if (inside) merged.Add(c);
        }
        merged.Sort(ByStart);
        return merged;
    }

    private static int ByStart(Candidate a, Candidate b)
    {
        var c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : a.End.CompareTo(b.End);
    }
}
