using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// "“…,” the tired owner of the corner shop said": a verb whose speaker phrase cannot be read still says
/// someone spoke, most often the person the text has just named (in the paragraph, else the prose paragraph
/// before it).
/// </summary>
internal sealed class UnreadableCueSieve : AttributionSieve
{
    public UnreadableCueSieve()
        : base("cue", "no-cue")
    {
    }

    public override bool Claims(Candidate c) => c.Cue is { Speaker: null };

    public override Person? Speaker(Candidate c, AttributionContext context) => context.LastNamedNear(c.Paragraph, c.Start);
}
