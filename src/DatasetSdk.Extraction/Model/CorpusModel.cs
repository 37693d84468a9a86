namespace DatasetSdk.Extraction.Model;

/// <summary>A speaker merged across the whole corpus.</summary>
/// <param name="Id">A valid, unique C# identifier (e.g. <c>SergeiLavrov</c>).</param>
/// <param name="Name">Canonical display name in Latin script.</param>
/// <param name="Aliases">Every other surface form, in either script, sorted ordinally.</param>
public sealed record CorpusSpeaker(string Id, string Name, string? Role, EquatableArray<string> Aliases, bool IsCollective);

/// <summary>A statement placed in the corpus.</summary>
/// <param name="Id">"documentId#hash", anchored to the statement's text (see <see cref="Corpus.StatementIds"/>).</param>
/// <param name="Document">Index into <see cref="CorpusModel.Documents"/>.</param>
/// <param name="Speaker">Index into <see cref="CorpusModel.Speakers"/>, or -1 when unknown.</param>
public sealed record CorpusStatement(string Id, int Document, int Speaker, ExtractedStatement Statement);

/// <summary>The whole corpus: documents sorted by id, speakers merged, statements in document order.</summary>
public sealed record CorpusModel(
    EquatableArray<ExtractedDocument> Documents,
    EquatableArray<CorpusSpeaker> Speakers,
    EquatableArray<CorpusStatement> Statements);
