using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>What a document says about itself, plus every date it mentions.</summary>
public sealed record DocumentMetadata(
    string Language,
    string? Title,
    string? Source,
    string? Url,
    PartialDate? Published,
    EquatableArray<DateMention> Dates,
    EquatableArray<ReaderComment> Comments);
