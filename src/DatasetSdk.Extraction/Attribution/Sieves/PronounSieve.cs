using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// "“…,” she said", "заявил он": the nearest person the pronoun's gender allows (see
/// <see cref="AttributionContext.NearestPerson"/>), else the last person the text named before it. The
/// gender is remembered for the person, so a later pronoun of the other gender passes them by. With nobody
/// found, an unnamed voice ("“…,” – сказал собеседник" after "заявили в компании") goes on speaking for the
/// body the text has been quoting.
/// </summary>
internal sealed class PronounSieve : CueMentionSieve
{
    public PronounSieve()
        : base(MentionKind.Pronoun, "cue-pronoun")
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context)
    {
        var gender = Vocabulary.PronounGender(mention.Surface);
        var antecedent = context.NearestPerson(c, mention.Start, gender) ?? context.Registry.LastNamedBefore(mention.Start, gender);
        var person = context.Registry.Resolve(mention, antecedent, context.State.LastGroup);
        if (person is null && context.State.PreviousSpeaker?.GroupName is not null && context.FollowsPrevious(c)) person = context.State.PreviousSpeaker;
        if (person is not null && gender != '\0') person.NoteGender(gender);
        return person;
    }
}
