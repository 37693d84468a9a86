using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using DatasetSdk.Extraction.Metadata;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction;

/// <summary>
/// Turns one raw file into an <see cref="ExtractedDocument"/>: segment, metadata and dates, statements.
/// Never throws for bad input; problems come back as <see cref="ExtractedDocument.Issues"/>.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>
    /// The longest file extracted, in UTF-16 characters: 4 million, about 100 times the longest news article.
    /// Extraction is linear, but a build (and an IDE, on every edit of that file) would spend seconds and
    /// hundreds of megabytes on one such file, so a longer one is skipped with a
    /// <see cref="IssueKind.FileTooLarge"/> issue instead (docs/performance.md has the measured figures).
    /// </summary>
    public const int MaxFileChars = 4_000_000;

    /// <summary>Extracts one document. Only cancellation escapes as an exception.</summary>
    /// <param name="path">Path of the file; its name without extension becomes the document id.</param>
    /// <param name="text">The file's text as decoded (a leading BOM is ignored).</param>
    public static ExtractedDocument Extract(string path, string text, DocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocumentOptions.None;
        var fileName = FileNameOf(path);
        var id = IdOf(fileName);
        text = InputText.StripBom(text ?? string.Empty);

        if (text.Length > MaxFileChars) return TooLarge(path, text.Length, options);
        if (InputText.IsBlank(text))
        {
            return Empty(id, fileName, path, options, new ExtractionIssue(IssueKind.EmptyFile, $"'{fileName}' is empty", 0));
        }
        if (InputText.Unreadable(text) is { } reason)
        {
            return Empty(id, fileName, path, options, new ExtractionIssue(IssueKind.BinaryContent, reason, 0));
        }
        text = InputText.BlankStrayControls(text);

        try
        {
            var issues = OptionIssues(fileName, options);
            if (options.Language is { } language) options = options with { Language = IsLanguageCode(language) ? language.Trim().ToLowerInvariant() : null };
            var lines = new LineMap(text);
            var segments = DocumentSegmenter.Segment(text, lines, cancellationToken);
            var metadata = DocumentMetadataExtractor.Extract(text, lines, segments, options, cancellationToken);
            var found = StatementExtractor.Extract(text, lines, segments, metadata, cancellationToken);
            if (found.Statements.Count == 0)
            {
                issues.Add(new ExtractionIssue(IssueKind.NoStatements, $"No statements were found in '{fileName}'", 0));
            }
            return new ExtractedDocument(id, fileName, path, metadata.Language, metadata.Title, metadata.Source,
                metadata.Published, metadata.Url, found.Statements, found.Speakers, metadata.Dates, metadata.Comments,
                issues.ToEquatableArray(), text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Empty(id, fileName, path, options,
                new ExtractionIssue(IssueKind.ExtractionFailed, $"Extraction of '{fileName}' failed: {ex.GetType().Name}: {ex.Message}", 0));
        }
    }

    /// <summary>
    /// The document of a file longer than <see cref="MaxFileChars"/>, which is left out unread. Public so a
    /// caller that knows the length before it has the text as one string (the generator) need not build it.
    /// </summary>
    public static ExtractedDocument TooLarge(string path, int length, DocumentOptions? options = null)
    {
        var fileName = FileNameOf(path);
        var id = IdOf(fileName);
        var message = "it has " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters, more than the " +
                      MaxFileChars.ToString("N0", CultureInfo.InvariantCulture) + " a seed file may have; split it into articles of their own";
        return Empty(id, fileName, path, options ?? DocumentOptions.None, new ExtractionIssue(IssueKind.FileTooLarge, message, 0));
    }

    /// <summary>A metadata override that does not parse is reported and ignored, never silently dropped.</summary>
    private static List<ExtractionIssue> OptionIssues(string fileName, DocumentOptions options)
    {
        var issues = new List<ExtractionIssue>();
        if (!string.IsNullOrWhiteSpace(options.Published) && !PartialDate.TryParse(options.Published, out _))
        {
            issues.Add(new ExtractionIssue(IssueKind.InvalidMetadata,
                $"DatasetSdkPublished='{options.Published}' on '{fileName}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY); the date in the text is used", 0));
        }
        if (!string.IsNullOrWhiteSpace(options.Language) && !IsLanguageCode(options.Language!))
        {
            issues.Add(new ExtractionIssue(IssueKind.InvalidMetadata,
                $"DatasetSdkLanguage='{options.Language}' on '{fileName}' is not an ISO 639 code such as 'en' or 'ru'; the language is detected from the text", 0));
        }
        return issues;
    }

    private static bool IsLanguageCode(string code)
    {
        code = code.Trim();
        if (code.Length is < 2 or > 3) return false;
        foreach (var c in code)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z')) return false;
        }
        return true;
    }

    private static ExtractedDocument Empty(string id, string fileName, string path, DocumentOptions options, ExtractionIssue issue) =>
        new(id, fileName, path, options.Language ?? "und", null, options.Source,
            PartialDate.TryParse(options.Published, out var published) ? published : null, null,
            EquatableArray<ExtractedStatement>.Empty, EquatableArray<DocumentSpeaker>.Empty,
            EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty,
            new EquatableArray<ExtractionIssue>(new[] { issue }));

    private static string IdOf(string fileName) => fileName.LastIndexOf('.') is var dot and > 0 ? fileName.Substring(0, dot) : fileName;

    private static string FileNameOf(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
