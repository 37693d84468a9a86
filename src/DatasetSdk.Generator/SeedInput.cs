using System;
using System.Threading;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>
/// One seed file as values: its path, its text and its per-file metadata. The only place the generator
/// reads an <see cref="AdditionalText"/>; nothing after this step holds one.
/// </summary>
/// <param name="Text">The decoded text, or null when the file could not be read.</param>
internal sealed record SeedInput(string Path, string? Text, DocumentOptions Options)
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
        return new SeedInput(file.Path, file.GetText(cancellationToken)?.ToString(), documentOptions);
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
