using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// One way a statement finds its speaker. The first sieve of <see cref="AttributionPipeline.Sieves"/> that
/// claims a statement decides it, and stamps its id even when it finds nobody: a claimed statement never falls
/// through to a later sieve.
/// </summary>
internal abstract class AttributionSieve
{
    protected AttributionSieve(string rule, string noSpeakerRule)
    {
        Rule = rule;
        NoSpeakerRule = noSpeakerRule;
    }

    /// <summary>The attribution id of a statement this sieve gave a speaker ("cue-pronoun").</summary>
    public string Rule { get; }

    /// <summary>The attribution id of a statement this sieve claimed but found nobody for ("unresolved").</summary>
    public string NoSpeakerRule { get; }

    /// <summary>True when this sieve decides <paramref name="c"/>'s speaker, should no earlier sieve.</summary>
    public abstract bool Claims(Candidate c);

    /// <summary>The speaker of a claimed statement, or null.</summary>
    public abstract Person? Speaker(Candidate c, AttributionContext context);
}

/// <summary>A sieve reading the speaker off the cue's mention of one kind; a mention resolving to nobody is "unresolved".</summary>
internal abstract class CueMentionSieve : AttributionSieve
{
    private readonly MentionKind _kind;

    protected CueMentionSieve(MentionKind kind, string rule)
        : base(rule, "unresolved") => _kind = kind;

    public override bool Claims(Candidate c) => c.Cue?.Speaker?.Kind == _kind;

    public override Person? Speaker(Candidate c, AttributionContext context) => Speaker(c, c.Cue!.Speaker!, context);

    protected abstract Person? Speaker(Candidate c, Mention mention, AttributionContext context);
}
