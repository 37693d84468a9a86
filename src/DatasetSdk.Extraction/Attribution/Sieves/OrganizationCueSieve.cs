using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// A cue naming a body ("the Defense Ministry said", "в ведомстве подчеркнули"): the body itself, or the body
/// last named for a bare noun ("the agency added"). A body owned by a pronoun ("his ministry said") is named
/// after the role of the person the pronoun stands for ("the Swedish Foreign Ministry" of "Swedish Foreign
/// Minister Lena Holm").
/// </summary>
internal sealed class OrganizationCueSieve : CueMentionSieve
{
    public OrganizationCueSieve()
        : base(MentionKind.Organization, "cue-organization")
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context)
    {
        var owner = OwnerPronoun(mention.Surface) is { } pronoun ? context.NearestPerson(c, mention.Start, Vocabulary.PronounGender(pronoun)) : null;
        return context.Registry.Resolve(mention, owner, null);
    }

    /// <summary>"his" of "his ministry", or null when the body has no possessive owner.</summary>
    private static string? OwnerPronoun(string surface)
    {
        var space = surface.IndexOf(' ');
        var first = space < 0 ? null : surface.Substring(0, space).ToLowerInvariant();
        return first is not null && MentionReader.IsPossessivePronoun(first) ? first : null;
    }
}
