using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// What attribution remembers while it reads a document's statements in text order: the sieves read it, and
/// only <see cref="AttributionPipeline"/> moves it on, once per statement, after its speaker is decided.
/// </summary>
internal sealed class AttributionState
{
    /// <summary>The statement attributed just before, or null at the first.</summary>
    public Candidate? Previous { get; private set; }

    /// <summary>The speaker of <see cref="Previous"/>, or null when it has none.</summary>
    public Person? PreviousSpeaker { get; private set; }

    /// <summary>The last person who spoke in the current paragraph: the first candidate for "he"/"she".</summary>
    public Person? LastInParagraph { get; private set; }

    /// <summary>The last person who spoke anywhere, unless only as the object of a verb ("invited X to …").</summary>
    public Person? LastPerson { get; private set; }

    /// <summary>The last person whose own words were quoted (a direct, partial or transcript statement).</summary>
    public Person? LastQuoted { get; private set; }

    /// <summary>The last group or body that spoke: what "they" stands for.</summary>
    public Person? LastGroup { get; private set; }

    /// <summary>Called before <paramref name="c"/> is attributed: a new paragraph forgets who spoke in the last one.</summary>
    public void Enter(Candidate c)
    {
        if (!ReferenceEquals(c.Paragraph, Previous?.Paragraph)) LastInParagraph = null;
    }

    /// <summary>Called once <paramref name="c"/>'s speaker is decided.</summary>
    public void Record(Candidate c, Person? speaker)
    {
        Previous = c;
        PreviousSpeaker = speaker;
        if (speaker is null) return;
        if (speaker.GroupName is not null)
        {
            LastGroup = speaker;
            return;
        }
        LastInParagraph = speaker;
        // An invitation ("Putin has invited Abe to …") reports an act, not the speaker the story follows.
        if (c.Cue?.Frame != VerbFrame.Object) LastPerson = speaker;
        if (c.Kind is StatementKind.Direct or StatementKind.Partial or StatementKind.Transcript) LastQuoted = speaker;
    }
}
