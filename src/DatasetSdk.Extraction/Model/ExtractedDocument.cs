namespace DatasetSdk.Extraction.Model;

/// <summary>How a statement is given in the text.</summary>
public enum StatementKind
{
    /// <summary>A full quoted utterance.</summary>
    Direct,
    /// <summary>A quoted fragment inside the writer's own sentence.</summary>
    Partial,
    /// <summary>Reported speech after a speech verb: the reported clause.</summary>
    Indirect,
    /// <summary>Speech introduced as "Name: ..." (one statement per paragraph).</summary>
    Transcript,
}

/// <summary>What the generator or CLI knows about a file beyond its text (MSBuild item metadata).</summary>
public sealed record DocumentOptions(string? Published = null, string? Source = null, string? Language = null)
{
    /// <summary>No overrides.</summary>
    public static DocumentOptions None { get; } = new();
}

/// <summary>One statement found in a document.</summary>
/// <param name="Start">UTF-16 offset of the text in the file (after a BOM).</param>
/// <param name="Length">UTF-16 length of the text.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Kind">How the statement is given.</param>
/// <param name="Text">The statement, without its quote marks (the file's characters from Start, Length long).</param>
/// <param name="Speaker">The <see cref="DocumentSpeaker.Name"/> of its speaker in this document, or null.</param>
/// <param name="Date">The date stated in its sentence, else the document's; null when neither is known.</param>
/// <param name="Language">ISO 639-1 language of the statement's paragraph.</param>
/// <param name="Rule">
/// Which stage found the statement and how its speaker was decided, as "finder/attribution"
/// (e.g. "quote/cue-name", "reported/cue-pronoun", "quote/previous"): what error analysis counts by.
/// </param>
/// <param name="CueStart">UTF-16 offset of the words that named the speaker ("Lavrov said": "Lavrov"), or -1 when no cue of its own did (a continuation, a manifest correction).</param>
/// <param name="CueLength">UTF-16 length of those words; 0 with no cue.</param>
public sealed record ExtractedStatement(
    int Start,
    int Length,
    int Line,
    StatementKind Kind,
    string Text,
    string? Speaker,
    PartialDate? Date,
    string Language,
    string Rule = "",
    int CueStart = -1,
    int CueLength = 0);

/// <summary>A person (or collective such as "the sides") who speaks in one document.</summary>
/// <param name="Name">The fullest name the document gives, in its own script.</param>
/// <param name="Role">A role phrase the document gives (e.g. "Russian Foreign Minister"), or null.</param>
/// <param name="Aliases">Every surface form the document uses for this speaker (names, role phrases).</param>
/// <param name="IsCollective">True for non-person speakers ("the sides", "Стороны").</param>
public sealed record DocumentSpeaker(string Name, string? Role, EquatableArray<string> Aliases, bool IsCollective);

/// <summary>A date mention in the text.</summary>
/// <param name="Text">The mention exactly as in the file.</param>
/// <param name="Value">Its value at its true precision, or null when the text cannot resolve it.</param>
public sealed record DateMention(string Text, PartialDate? Value, int Start, int Length, int Line);

/// <summary>A reader comment, kept apart from the article.</summary>
/// <param name="Author">The commenter's name, when shown.</param>
/// <param name="Posted">Timestamp normalized to <c>YYYY-MM-DDTHH:MM</c> when possible, else as written, or null.</param>
/// <param name="Parent">Index of the comment it replies to in the document's comment list, or null.</param>
/// <param name="Depth">Reply depth, 0 for a top-level comment.</param>
/// <param name="Text">The comment's own text, without quoted blocks.</param>
/// <param name="Quotes">Text the commenter quoted ("Quote: x" blocks).</param>
/// <param name="Line">1-based line where the comment starts.</param>
public sealed record ReaderComment(string? Author, string? Posted, int? Parent, int Depth, string Text, EquatableArray<string> Quotes, int Line);

/// <summary>Something wrong with an input file; becomes a DSDK diagnostic in the generator.</summary>
public enum IssueKind
{
    /// <summary>The file has no text.</summary>
    EmptyFile,
    /// <summary>The file is not text: binary data, UTF-16 without a byte order mark, or bytes that are not UTF-8. Stray control characters in a text are not this.</summary>
    BinaryContent,
    /// <summary>The file has text but no statement was found (informational).</summary>
    NoStatements,
    /// <summary>A metadata override could not be parsed.</summary>
    InvalidMetadata,
    /// <summary>The extractor failed on this file; the rest of the corpus is still built.</summary>
    ExtractionFailed,
    /// <summary>The corpus manifest (corpus.json) is malformed or holds an unknown setting.</summary>
    InvalidManifest,
    /// <summary>An entry of the corpus manifest matches no file, statement or speaker of the corpus.</summary>
    UnmatchedManifestEntry,
    /// <summary>The file is longer than <see cref="DocumentExtractor.MaxFileChars"/>; it is not read.</summary>
    FileTooLarge,
}

/// <summary>A problem found while extracting one file.</summary>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
public sealed record ExtractionIssue(IssueKind Kind, string Message, int Line);

/// <summary>Everything extracted from one file. Equatable, so it can flow through an incremental pipeline.</summary>
/// <param name="Id">File name without extension; unique in a corpus.</param>
/// <param name="FileName">File name with extension.</param>
/// <param name="Path">Path the file was read from, for diagnostics.</param>
/// <param name="Text">
/// The text the statements' offsets index (BOM removed). Kept so the manifest's "add" entries are found in
/// the words themselves, wherever the extractor did or did not place statements.
/// </param>
public sealed record ExtractedDocument(
    string Id,
    string FileName,
    string Path,
    string Language,
    string? Title,
    string? Source,
    PartialDate? Published,
    string? Url,
    EquatableArray<ExtractedStatement> Statements,
    EquatableArray<DocumentSpeaker> Speakers,
    EquatableArray<DateMention> Dates,
    EquatableArray<ReaderComment> Comments,
    EquatableArray<ExtractionIssue> Issues,
    string Text = "");
