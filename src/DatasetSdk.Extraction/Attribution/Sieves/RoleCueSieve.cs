using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// A cue naming a role ("said the harbour master", "заявил министр"): the person introduced with that role,
/// else the role phrase itself as the speaker. A definite description with no role of the lexicon ("says the
/// laid-back local resident") redescribes the person the writer has just named instead.
/// </summary>
internal sealed class RoleCueSieve : CueMentionSieve
{
    public RoleCueSieve()
        : base(MentionKind.Role, "cue-role")
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context)
    {
        var redescribed = SpeakerRegistry.IsRedescription(mention) ? context.LastNamedNear(c.Paragraph, mention.Start) : null;
        return context.Registry.Resolve(mention, redescribed, null);
    }
}
