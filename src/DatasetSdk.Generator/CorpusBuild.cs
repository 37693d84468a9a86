using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Manifest;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>The merged corpus and every diagnostic about the input files.</summary>
internal sealed record CorpusBuild(CorpusModel Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// The largest corpus measured to compile (300,000 statements, 9.5 GB peak compiler memory, docs/performance.md):
    /// past it a build risks running out of memory, so it stops with DSDK013 instead. DatasetSdkMaxStatements moves it.
    /// </summary>
    public const int DefaultMaxStatements = 300_000;

    /// <summary>DSDK013 when the corpus has more than <paramref name="maxStatements"/> statements, else null.</summary>
    public DiagnosticInfo? TooLarge(int maxStatements) =>
        Model.Statements.Count <= maxStatements ? null : DiagnosticInfo.Create(DiagnosticDescriptors.CorpusTooLarge, null, 0,
            Model.Statements.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            maxStatements.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Extracts one seed. The extractor reports bad input, including unusable metadata overrides, as issues;
    /// anything it throws anyway becomes an <see cref="IssueKind.ExtractionFailed"/> issue so one file can
    /// never stop the build.
    /// </summary>
    public static ExtractedDocument Extract(SeedInput seed, CancellationToken cancellationToken)
    {
        if (seed.TooLargeLength > 0) return DocumentExtractor.TooLarge(seed.Path, seed.TooLargeLength, seed.Options);
        try
        {
            return DocumentExtractor.Extract(seed.Path, seed.Text ?? string.Empty, seed.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var fileName = System.IO.Path.GetFileName(seed.Path);
            var id = System.IO.Path.GetFileNameWithoutExtension(seed.Path);
            return new ExtractedDocument(id, fileName, seed.Path, "und", null, seed.Options.Source, null, null,
                EquatableArray<ExtractedStatement>.Empty, EquatableArray<DocumentSpeaker>.Empty, EquatableArray<DateMention>.Empty,
                EquatableArray<ReaderComment>.Empty,
                new EquatableArray<ExtractionIssue>(new[] { new ExtractionIssue(IssueKind.ExtractionFailed, ex.GetType().Name + ": " + ex.Message, 0) }));
        }
    }

    /// <summary>
    /// Drops documents whose id is already taken (the first in ordinal path order stays) and files that
    /// hold no text (empty, binary or too large), turns every extraction issue into a diagnostic and merges the rest.
    /// </summary>
    public static CorpusBuild Create(ImmutableArray<ExtractedDocument> documents, ManifestInput manifest, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var issue in manifest.Manifest.Issues)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidManifest, manifest.Path, issue.Line, manifest.Path, issue.Message));
        }
        var kept = new List<ExtractedDocument>();
        var byId = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            // A file without text claims no id: a real article of the same name is kept.
            var hasText = !document.Issues.Any(i => i.Kind is IssueKind.EmptyFile or IssueKind.BinaryContent or IssueKind.FileTooLarge);
            if (hasText && byId.TryGetValue(document.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDocumentId, document.Path, 0, document.Path, document.Id, first.Path));
                continue;
            }
            foreach (var issue in document.Issues) diagnostics.Add(ToDiagnostic(document, issue));
            if (!hasText) continue;
            byId.Add(document.Id, document);
            kept.Add(document);
        }

        try
        {
            var built = CorpusBuilder.Build(kept, cancellationToken);
            foreach (var issue in ManifestApplier.Unmatched(built, manifest.Manifest))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedManifestEntry, manifest.Path, issue.Line, manifest.Path, issue.Message));
            }
            var model = ManifestApplier.Apply(built, manifest.Manifest);
            return new CorpusBuild(model, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenerationFailed, null, 0, "merging the documents failed: " + ex.GetType().Name + ": " + ex.Message));
            var empty = new CorpusModel(EquatableArray<ExtractedDocument>.Empty, EquatableArray<CorpusSpeaker>.Empty, EquatableArray<CorpusStatement>.Empty);
            return new CorpusBuild(empty, diagnostics.ToEquatableArray());
        }
    }

    private static DiagnosticInfo ToDiagnostic(ExtractedDocument document, ExtractionIssue issue)
    {
        var descriptor = issue.Kind switch
        {
            IssueKind.EmptyFile => DiagnosticDescriptors.EmptyFile,
            IssueKind.BinaryContent => DiagnosticDescriptors.BinaryContent,
            IssueKind.NoStatements => DiagnosticDescriptors.NoStatements,
            IssueKind.InvalidMetadata => DiagnosticDescriptors.InvalidMetadata,
            IssueKind.FileTooLarge => DiagnosticDescriptors.FileTooLarge,
            _ => DiagnosticDescriptors.ExtractionFailed,
        };
        return DiagnosticInfo.Create(descriptor, document.Path, issue.Line, document.Path, issue.Message);
    }
}
