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

/// <summary>A statement whose speaker the user sets: an existing speaker named by name or alias, else a new one.</summary>
/// <param name="StatementId">The statement's content-anchored id (<c>docId#8hex</c>).</param>
/// <param name="Speaker">The speaker's name as the user writes it.</param>
public sealed record ManifestSpeakerFix(string StatementId, string Speaker, int Line);

/// <summary>A statement the extractor missed, named by its exact words in one document.</summary>
/// <param name="Document">The document's id (file name without extension) or file name.</param>
/// <param name="Text">The statement's exact words as they stand in the file.</param>
/// <param name="Speaker">Its speaker's name, or null when unknown.</param>
public sealed record ManifestAddition(string Document, string Text, string? Speaker, StatementKind Kind, int Line);

/// <summary>
/// What the user corrects that no extractor can know (<c>seeds/corpus.json</c>): speaker names, aliases and
/// roles, files or statements to leave out, statements' speakers and statements the extractor missed. The schema is in docs/configuration.md.
/// </summary>
public sealed record CorpusManifest(
    EquatableArray<ManifestSpeaker> Speakers,
    EquatableArray<ManifestItem> ExcludedFiles,
    EquatableArray<ManifestItem> ExcludedStatements,
    EquatableArray<ManifestSpeakerFix> SpeakerFixes,
    EquatableArray<ManifestAddition> Additions,
    EquatableArray<ExtractionIssue> Issues)
{
    /// <summary>No manifest: the corpus as extracted.</summary>
    public static CorpusManifest None { get; } = new(
        EquatableArray<ManifestSpeaker>.Empty, EquatableArray<ManifestItem>.Empty, EquatableArray<ManifestItem>.Empty,
        EquatableArray<ManifestSpeakerFix>.Empty, EquatableArray<ManifestAddition>.Empty, EquatableArray<ExtractionIssue>.Empty);
}
