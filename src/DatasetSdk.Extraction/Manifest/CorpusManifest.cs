using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>A person the user names in the manifest: the canonical name wins over what extraction chose.</summary>
/// <param name="Name">Canonical display name.</param>
/// <param name="Role">Role to show, or null to keep the extracted one.</param>
/// <param name="Aliases">Other forms that refer to the same person, in any script.</param>
public sealed record ManifestSpeaker(string Name, string? Role, EquatableArray<string> Aliases);

/// <summary>
/// What the user corrects that no extractor can know (<c>seeds/corpus.json</c>): speaker names, aliases and
/// roles, and files or statements to leave out. The schema is in docs/configuration.md.
/// </summary>
public sealed record CorpusManifest(
    EquatableArray<ManifestSpeaker> Speakers,
    EquatableArray<string> ExcludedFiles,
    EquatableArray<string> ExcludedStatements,
    EquatableArray<ExtractionIssue> Issues)
{
    /// <summary>No manifest: the corpus as extracted.</summary>
    public static CorpusManifest None { get; } = new(
        EquatableArray<ManifestSpeaker>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<ExtractionIssue>.Empty);
}
