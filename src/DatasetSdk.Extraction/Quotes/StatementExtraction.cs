using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>The statements of one document and the speakers they are attributed to.</summary>
public sealed record StatementExtraction(EquatableArray<ExtractedStatement> Statements, EquatableArray<DocumentSpeaker> Speakers);
