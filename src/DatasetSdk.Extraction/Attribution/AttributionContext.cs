using System.Collections.Generic;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// Resolves statement speakers in text order, remembering who spoke last: a pronoun of the right gender
/// stands for the last person speaking in its paragraph, else the first person the paragraph names outside
/// quotes (its subject), else the last person who spoke, else the last person quoted, else the last person the text named;
/// the second half of a split quote keeps the first half's speaker, and a quote paragraph with no cue the
/// speaker of the statement before it. What no cue names goes to the person the writer named last: a verb
/// whose speaker phrase cannot be read, a description with no role of the lexicon ("the laid-back resident"),
/// a quote standing alone after a sentence about someone.
/// </summary>
internal sealed class AttributionContext
{
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private Paragraph? _paragraph;
    private Person? _lastInParagraph;
    private Candidate? _previous;
    private Person? _previousSpeaker;
    private Person? _lastQuoted;
    private Person? _lastPerson;
    private Person? _lastGroup;

    /// <param name="paragraphs">The document's blocks in order, by <see cref="Paragraph.Index"/>.</param>
    public AttributionContext(IReadOnlyList<Paragraph> paragraphs) => _paragraphs = paragraphs;

    public Person? Attribute(Candidate c, SpeakerRegistry registry)
    {
        var sameParagraph = ReferenceEquals(c.Paragraph, _paragraph);
        if (!sameParagraph) _lastInParagraph = null;
        Person? person = null;
        if (c.Source == SpeakerSource.Previous)
        {
            var continues = _previous is not null && (sameParagraph || ContinuesQuote(_previous, c));
            // A quote standing alone after the writer's sentence about someone ("Lee has seen it before. “…”") is theirs.
            person = continues ? _previousSpeaker : registry.LastNamedBetween(c.Paragraph.Block.Start, c.Start, '\0', c.Paragraph.InQuoteAt);
        }
        else if (c.Cue?.Speaker is { } mention)
        {
            var owner = mention.Kind == MentionKind.Organization ? OwnerPronoun(mention.Surface) : null;
            var pronounLike = mention.Kind == MentionKind.Pronoun || owner is not null;
            var gender = mention.Kind == MentionKind.Pronoun ? Vocabulary.PronounGender(mention.Surface) : owner is null ? '\0' : Vocabulary.PronounGender(owner);
            var antecedent = Compatible(_lastInParagraph, gender);
            if (antecedent is null && pronounLike)
            {
                antecedent = registry.FirstNamedBetween(c.Paragraph.Block.Start, mention.Start, gender, offset => c.Paragraph.InQuoteAt(offset));
            }
            antecedent ??= Compatible(_lastPerson, gender) ?? Compatible(_lastQuoted, gender);
            if (antecedent is null && mention.Kind == MentionKind.Pronoun) antecedent = registry.LastNamedBefore(mention.Start, gender);
            if (SpeakerRegistry.IsRedescription(mention)) antecedent = LastNamedNear(c.Paragraph, mention.Start, registry);
            var group = mention.Kind == MentionKind.BodyPronoun ? LastBodyNamed(c.Paragraph, mention.Start, registry) : _lastGroup;
            person = registry.Resolve(mention, antecedent, group);
            // "“…,” – заявили в компании. “…,” – сказал собеседник": with no person named before, the one
            // speaking is the body's voice the text has been quoting.
            if (person is null && mention.Kind == MentionKind.Pronoun && _previousSpeaker?.GroupName is not null && _previous is not null && (sameParagraph || ContinuesQuote(_previous, c))) person = _previousSpeaker;
            if (person is not null && gender != '\0' && owner is null) person.NoteGender(gender);
        }
        else if (c.Cue is not null)
        {
            // "“…,” the tired owner of the corner shop said": a verb whose speaker phrase cannot be read still
            // says someone spoke, most often the person the text has just named.
            person = LastNamedNear(c.Paragraph, c.Start, registry);
        }

        _paragraph = c.Paragraph;
        _previous = c;
        _previousSpeaker = person;
        if (person is null) return null;
        if (person.GroupName is not null)
        {
            _lastGroup = person;
            return person;
        }
        _lastInParagraph = person;
        // An invitation ("Putin has invited Abe to …") reports an act, not the speaker the story follows.
        if (c.Cue?.Frame != VerbFrame.Object) _lastPerson = person;
        if (c.Kind is StatementKind.Direct or StatementKind.Partial or StatementKind.Transcript) _lastQuoted = person;
        return person;
    }

    /// <summary>The person named last outside quotes before <paramref name="offset"/>, in its paragraph or the prose paragraph before.</summary>
    private Person? LastNamedNear(Paragraph p, int offset, SpeakerRegistry registry)
    {
        var named = registry.LastNamedBetween(p.Block.Start, offset, '\0', p.InQuoteAt);
        if (named is not null) return named;
        for (var i = p.Index - 1; i >= 0; i--)
        {
            var before = _paragraphs[i];
            if (before.Block.Kind != BlockKind.Body) continue;
            return registry.LastNamedBetween(before.Block.Start, before.Block.End, '\0', before.InQuoteAt);
        }
        return null;
    }

    /// <summary>How many prose paragraphs back, and how many words, the body "it" stands for is looked for.</summary>
    private const int BodyParagraphsBack = 3;
    private const int BodyWordsBack = 200;

    /// <summary>
    /// The body the writer last named outside quotes before <paramref name="offset"/> ("the Defense Department
    /// released a statement. “…,” it said"), read back over the paragraph and the prose before it; null when none is near.
    /// </summary>
    private Person? LastBodyNamed(Paragraph p, int offset, SpeakerRegistry registry)
    {
        var seen = 0;
        var paragraphs = 0;
        for (var i = p.Index; i >= 0 && paragraphs < BodyParagraphsBack; i--)
        {
            var para = _paragraphs[i];
            if (para.Block.Kind != BlockKind.Body) continue;
            paragraphs++;
            var last = ReferenceEquals(para, p) ? para.WordAt(offset) - 1 : para.Words.Count - 1;
            for (var w = last; w >= 0; w--)
            {
                if (++seen > BodyWordsBack) return null;
                if (para.InQuote[w] || !Vocabulary.IsOrganization(para.Words[w].Lower)) continue;
                if (MentionReader.EndingAt(para.Text, para.Words, w) is not { Kind: MentionKind.Organization } body) continue;
                // "the Defense Department": the article belongs to the body's name as the text writes it.
                var k = para.WordAt(body.Start) - 1;
                if (k >= 0 && MentionReader.IsDeterminer(para.Words[k].Lower)) body = body with { Start = para.Words[k].Start, Surface = para.Text.Substring(para.Words[k].Start, body.End - para.Words[k].Start) };
                return registry.Resolve(body, null, null);
            }
        }
        return null;
    }

    /// <summary>"his" of "his ministry", or null when the body has no possessive owner.</summary>
    private static string? OwnerPronoun(string surface)
    {
        var space = surface.IndexOf(' ');
        var first = space < 0 ? null : surface.Substring(0, space).ToLowerInvariant();
        return first is not null && MentionReader.IsPossessivePronoun(first) ? first : null;
    }

    private static Person? Compatible(Person? p, char gender) => p is not null && p.CanBe(gender) ? p : null;

    /// <summary>
    /// An unattributed quote opening a paragraph goes on with the statement that ended the paragraph before,
    /// whatever its kind ("Lee said the plan works.¶"It does."): the convention for quotes running over
    /// paragraphs, and for a speaker's quotes in a row. Captions and page furniture between the two do not
    /// part them; a prose paragraph or a heading does.
    /// </summary>
    private bool ContinuesQuote(Candidate previous, Candidate current) =>
        current.Kind == StatementKind.Direct
        && ((previous.Unclosed && previous.Kind == StatementKind.Direct) || NoProseBetween(previous.Paragraph.Index, current.Paragraph.Index));

    private bool NoProseBetween(int before, int after)
    {
        if (after <= before) return false;
        for (var i = before + 1; i < after; i++)
        {
            if (_paragraphs[i].Block.Kind is BlockKind.Body or BlockKind.Heading or BlockKind.Title) return false;
        }
        return true;
    }
}
