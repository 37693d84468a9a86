using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>A person the user names in the manifest: the canonical name wins over what extraction chose.</summary>
/// <param name="Name">Canonical display name.</param>
/// <param name="Role">Role to show, or null to keep the extracted one.</param>
/// <param name="Aliases">Other forms that refer to the same person, in any script.</param>
/// <param name="Line">Its line in the manifest, for diagnostics; 0 when unknown.</param>
public sealed record ManifestSpeaker(string Name, string? Role, EquatableArray<string> Aliases, int Line = 0);

/// <summary>One string of a manifest list (a file glob, a statement id) with its line, for diagnostics.</summary>
public sealed record ManifestItem(string Value, int Line);

/// <summary>
/// What the user corrects that no extractor can know (<c>seeds/corpus.json</c>): speaker names, aliases and
/// roles, and files or statements to leave out. The schema is in docs/configuration.md.
/// </summary>
public sealed record CorpusManifest(
    EquatableArray<ManifestSpeaker> Speakers,
    EquatableArray<ManifestItem> ExcludedFiles,
    EquatableArray<ManifestItem> ExcludedStatements,
    EquatableArray<ExtractionIssue> Issues)
{
    /// <summary>No manifest: the corpus as extracted.</summary>
    public static CorpusManifest None { get; } = new(
        EquatableArray<ManifestSpeaker>.Empty, EquatableArray<ManifestItem>.Empty, EquatableArray<ManifestItem>.Empty, EquatableArray<ExtractionIssue>.Empty);
}
