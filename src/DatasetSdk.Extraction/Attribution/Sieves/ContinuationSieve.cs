using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// A statement whose finder says it takes its speaker from the statement before it: the second half of a
/// split quote ("“We are ready,” Lee said. “The bridge opens Monday.”"), a quote paragraph with no cue after
/// a paragraph that gave one. It keeps the previous speaker when it goes on with that statement; a quote
/// standing alone after the writer's sentence about someone ("Lee has seen it before. “…”") is that
/// person's.
/// </summary>
internal sealed class ContinuationSieve : AttributionSieve
{
    public ContinuationSieve()
        : base("previous", "no-previous")
    {
    }

    public override bool Claims(Candidate c) => c.Source == SpeakerSource.Previous;

    public override Person? Speaker(Candidate c, AttributionContext context) =>
        context.FollowsPrevious(c)
            ? context.State.PreviousSpeaker
            : context.Registry.LastNamedBetween(c.Paragraph.Block.Start, c.Start, '\0', c.Paragraph.InQuoteAt);
}
