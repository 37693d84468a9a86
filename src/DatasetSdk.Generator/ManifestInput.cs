using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>
/// The corpus manifest (an AdditionalFile with <c>DatasetSdkManifest="true"</c>, by default
/// <c>seeds/corpus.json</c>) parsed into values. Parsing happens here, once per edit of the manifest.
/// </summary>
internal sealed record ManifestInput(string Path, CorpusManifest Manifest)
{
    /// <summary>No manifest in the project.</summary>
    public static ManifestInput None { get; } = new(string.Empty, CorpusManifest.None);

    /// <summary>Reads and parses <paramref name="file"/> when it is marked as the manifest; null otherwise.</summary>
    public static ManifestInput? From(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.DatasetSdkManifest", out var flag)
            || !string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new ManifestInput(file.Path, ManifestParser.Parse(text));
    }

    /// <summary>The manifest with the ordinally first path; a project has one, and the choice must not depend on item order.</summary>
    public static ManifestInput Choose(ImmutableArray<ManifestInput?> manifests) =>
        manifests.Where(m => m is not null).OrderBy(m => m!.Path, StringComparer.Ordinal).FirstOrDefault() ?? None;
}
