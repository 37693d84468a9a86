using System;
using System.Threading;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>
/// One seed file as values: its path, its text and its per-file metadata. The only place the generator
/// reads an <see cref="AdditionalText"/>; nothing after this step holds one.
/// </summary>
/// <param name="Text">The decoded text, or null when the file could not be read or is too large to read.</param>
/// <param name="TooLargeLength">
/// The length of a file past <see cref="DocumentExtractor.MaxFileChars"/>, whose text is then not read; 0 otherwise.
/// </param>
internal sealed record SeedInput(string Path, string? Text, DocumentOptions Options, int TooLargeLength = 0)
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    /// <summary>Reads <paramref name="file"/> when its item has <c>DatasetSdkSeed="true"</c>; null for any other additional file.</summary>
    public static SeedInput? From(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var metadata = options.GetOptions(file);
        if (!IsTrue(Read(metadata, "DatasetSdkSeed"))) return null;
        var documentOptions = new DocumentOptions(
            Read(metadata, "DatasetSdkPublished"),
            Read(metadata, "DatasetSdkSource"),
            Read(metadata, "DatasetSdkLanguage"));
        var text = file.GetText(cancellationToken);
        // A huge file's SourceText is held in chunks; one string of it could be too large for memory, and the
        // extractor would skip it anyway.
        if (text is { Length: > DocumentExtractor.MaxFileChars }) return new SeedInput(file.Path, null, documentOptions, text.Length);
        return new SeedInput(file.Path, text?.ToString(), documentOptions);
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
