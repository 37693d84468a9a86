using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>The merged corpus and every diagnostic about the input files.</summary>
internal sealed record CorpusBuild(CorpusModel Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Extracts one seed. Overrides that cannot be used are dropped before extraction and reported. The
    /// extractor reports bad input as issues; anything it throws anyway becomes an
    /// <see cref="IssueKind.ExtractionFailed"/> issue so one file can never stop the build.
    /// </summary>
    public static ExtractedDocument Extract(SeedInput seed, CancellationToken cancellationToken)
    {
        var issues = new List<ExtractionIssue>();
        var options = seed.Options;
        if (options.Published is { } published && !PartialDate.TryParse(published, out _))
        {
            issues.Add(new ExtractionIssue(IssueKind.InvalidMetadata, $"DatasetSdkPublished '{published}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", 0));
            options = options with { Published = null };
        }
        if (options.Language is { } language)
        {
            var code = language.ToLowerInvariant();
            if (!IsLanguageCode(code))
            {
                issues.Add(new ExtractionIssue(IssueKind.InvalidMetadata, $"DatasetSdkLanguage '{language}' is not an ISO 639 code such as 'en' or 'ru'", 0));
                code = null;
            }
            options = options with { Language = code };
        }

        ExtractedDocument document;
        try
        {
            document = DocumentExtractor.Extract(seed.Path, seed.Text ?? string.Empty, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var fileName = System.IO.Path.GetFileName(seed.Path);
            var id = System.IO.Path.GetFileNameWithoutExtension(seed.Path);
            issues.Add(new ExtractionIssue(IssueKind.ExtractionFailed, ex.GetType().Name + ": " + ex.Message, 0));
            document = new ExtractedDocument(id, fileName, seed.Path, options.Language ?? "und", null, options.Source, null, null,
                EquatableArray<ExtractedStatement>.Empty, EquatableArray<DocumentSpeaker>.Empty, EquatableArray<DateMention>.Empty,
                EquatableArray<ReaderComment>.Empty, EquatableArray<ExtractionIssue>.Empty);
        }
        return issues.Count == 0 ? document : document with { Issues = issues.Concat(document.Issues).ToEquatableArray() };
    }

    private static bool IsLanguageCode(string value) => value.Length is 2 or 3 && value.All(c => c is >= 'a' and <= 'z');

    /// <summary>
    /// Drops documents whose id is already taken (the first in ordinal path order stays) and files that
    /// hold no text (empty or binary), turns every extraction issue into a diagnostic and merges the rest.
    /// </summary>
    public static CorpusBuild Create(ImmutableArray<ExtractedDocument> documents, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new List<ExtractedDocument>();
        var byId = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            // A file without text claims no id: a real article of the same name is kept.
            var hasText = !document.Issues.Any(i => i.Kind is IssueKind.EmptyFile or IssueKind.BinaryContent);
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
            return new CorpusBuild(CorpusBuilder.Build(kept, cancellationToken), diagnostics.ToEquatableArray());
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
            _ => DiagnosticDescriptors.ExtractionFailed,
        };
        return DiagnosticInfo.Create(descriptor, document.Path, issue.Line, document.Path, issue.Message);
    }
}
