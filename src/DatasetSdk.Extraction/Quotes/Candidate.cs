using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>How a statement finds its speaker.</summary>
internal enum SpeakerSource
{
    /// <summary>From its own cue (which may name nobody).</summary>
    Cue,
    /// <summary>From the statement before it: the second half of a split quote, a continued quote.</summary>
    Previous,
}

/// <summary>A statement found by a stage, before its speaker is resolved.</summary>
/// <param name="Start">Offset of the statement text.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Paragraph">The paragraph it is in.</param>
/// <param name="Unclosed">A quote whose paragraph ends before its closing mark: the next paragraph may continue it.</param>
internal sealed record Candidate(int Start, int End, StatementKind Kind, Cue? Cue, SpeakerSource Source, Paragraph Paragraph, bool Unclosed = false)
{
    /// <summary>The stage that found it ("quote", "reported" …), the first half of the exported rule.</summary>
    public string Rule { get; init; } = "";
}
