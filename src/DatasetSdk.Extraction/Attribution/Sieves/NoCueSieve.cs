using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// The last sieve: a statement with no cue and nothing to continue has no speaker ("The word “reform” is
/// everywhere." quotes a word, and nobody says it).
/// </summary>
internal sealed class NoCueSieve : AttributionSieve
{
    public NoCueSieve()
        : base("no-cue", "no-cue")
    {
    }

    public override bool Claims(Candidate c) => true;

    public override Person? Speaker(Candidate c, AttributionContext context) => null;
}
