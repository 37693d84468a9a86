using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>"“…,” they said", "заявили они": the group or body that spoke last.</summary>
internal sealed class GroupPronounSieve : CueMentionSieve
{
    public GroupPronounSieve()
        : base(MentionKind.GroupPronoun, "cue-group-pronoun")
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context) =>
        context.Registry.Resolve(mention, null, context.State.LastGroup);
}
