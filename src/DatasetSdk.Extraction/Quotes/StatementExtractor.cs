using System;
using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
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
            if (block.Kind is BlockKind.Title or BlockKind.Heading or BlockKind.Body) registry.RegisterNames(text, p.Words);
        }

        var candidates = new List<Candidate>();
        var transcript = TranscriptTurns.Find(paragraphs, candidates);
        var indirect = new List<Candidate>();
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (p.Block.Kind == BlockKind.Title) Headlines.Find(p, registry, candidates);
            if (p.Block.Kind != BlockKind.Body || transcript.Contains(p)) continue;
            QuoteStatements.Find(p, candidates);
            ReportedSpeech.Find(p, false, indirect);
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var c in indirect)
        {
            if (!Overlaps(candidates, c)) Insert(candidates, c);
        }

        var statements = new List<ExtractedStatement>(candidates.Count);
        var speakers = new List<Person>();
        var context = new AttributionContext();
        foreach (var c in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = context.Attribute(c, registry);
            if (person is not null) speakers.Add(person);
            statements.Add(new ExtractedStatement(c.Start, c.End - c.Start, lines.LineOf(c.Start), c.Kind,
                text.Substring(c.Start, c.End - c.Start), person?.DisplayName(), DateOf(c, metadata),
                LanguageDetector.Detect(text, c.Paragraph.Block.Start, c.Paragraph.Block.Length)));
        }
        return new StatementExtraction(statements.ToEquatableArray(), SpeakerRegistry.ToDocumentSpeakers(speakers));
    }

    /// <summary>A date stated in the statement's sentence outside the statement itself, else the document's.</summary>
    private static PartialDate? DateOf(Candidate c, DocumentMetadata metadata)
    {
        var from = c.Paragraph.SentenceAt(c.Start).Start;
        var to = c.Paragraph.SentenceAt(Math.Max(c.Start, c.End - 1)).End;
        foreach (var d in metadata.Dates)
        {
            if (d.Value is null || d.Start >= to || d.Start + d.Length <= from) continue;
            if (d.Start < c.End && d.Start + d.Length > c.Start) continue;
            return d.Value;
        }
        return metadata.Published;
    }

    private static bool Overlaps(List<Candidate> sorted, Candidate c)
    {
        foreach (var k in sorted)
        {
            if (k.Start < c.End && c.Start < k.End) return true;
        }
        return false;
    }

    private static void Insert(List<Candidate> sorted, Candidate c)
    {
        var i = sorted.Count;
        while (i > 0 && sorted[i - 1].Start > c.Start) i--;
        sorted.Insert(i, c);
    }
}
