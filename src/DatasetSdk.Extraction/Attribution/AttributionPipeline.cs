using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction.Attribution.Sieves;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// Decides every statement's speaker, in text order, by the first sieve of <see cref="Sieves"/> that claims
/// it; that sieve's id is the second half of the exported rule ("quote/cue-pronoun"). Then, backwards, a
/// quote running over paragraphs takes the speaker named where it closes (<see cref="NextQuoteSieve"/>).
/// </summary>
internal static class AttributionPipeline
{
    /// <summary>
    /// The order: a statement with no cue of its own continues the one before it even when a verb stands near
    /// it; then a cue's mention, by kind (a name, a role, a body, a group, a pronoun); then a cue nobody can be
    /// read from; then nothing.
    /// </summary>
    internal static readonly IReadOnlyList<AttributionSieve> Sieves = new AttributionSieve[]
    {
        new ContinuationSieve(),
        ExplicitCueSieve.Name,
        new RoleCueSieve(),
        new OrganizationCueSieve(),
        ExplicitCueSieve.Collective,
        ExplicitCueSieve.Journalist,
        new GroupPronounSieve(),
        new BodyPronounSieve(),
        new PronounSieve(),
        new UnreadableCueSieve(),
        new NoCueSieve(),
    };

    /// <summary>The speaker (or null) and the attribution id of each candidate, in the candidates' order.</summary>
    public static (Person?[] People, string[] Rules) Run(IReadOnlyList<Candidate> candidates, IReadOnlyList<Paragraph> paragraphs, SpeakerRegistry registry, CancellationToken cancellationToken)
    {
        var context = new AttributionContext(paragraphs, registry);
        var people = new Person?[candidates.Count];
        var rules = new string[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (people[i], rules[i]) = Attribute(candidates[i], context);
        }
        NextQuoteSieve.Apply(candidates, people, rules);
        return (people, rules);
    }

    /// <summary>Attributes one candidate, the next in text order, and remembers the result in <paramref name="context"/>.</summary>
    public static (Person? Speaker, string Rule) Attribute(Candidate c, AttributionContext context)
    {
        context.State.Enter(c);
        // NoCueSieve, the last, claims whatever is left.
        var sieve = Sieves.First(s => s.Claims(c));
        var speaker = sieve.Speaker(c, context);
        context.State.Record(c, speaker);
        return (speaker, speaker is null ? sieve.NoSpeakerRule : sieve.Rule);
    }
}
