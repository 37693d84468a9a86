using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// A cue whose mention names its speaker by itself, with no antecedent to look for: a person's name ("“…,”
/// said Mayor Ellen Brandt", "заявил Иван Петров"), a group speaking together ("the two sides said",
/// "рыбаки заявили"), or the unnamed journalist of a transcript ("Question:").
/// </summary>
internal sealed class ExplicitCueSieve : CueMentionSieve
{
    public static readonly ExplicitCueSieve Name = new(MentionKind.Name, "cue-name");

    public static readonly ExplicitCueSieve Collective = new(MentionKind.Collective, "cue-collective");

    public static readonly ExplicitCueSieve Journalist = new(MentionKind.Journalist, "cue-journalist");

    private ExplicitCueSieve(MentionKind kind, string rule)
        : base(kind, rule)
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context) => context.Registry.Resolve(mention, null, null);
}
