using System.Collections.Generic;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// What an attribution sieve reads: the document's paragraphs, its speakers, what attribution remembers so
/// far, and the look-ups more than one sieve needs.
/// </summary>
internal sealed class AttributionContext
{
    /// <param name="paragraphs">The document's blocks in order, by <see cref="Paragraph.Index"/>.</param>
    /// <param name="registry">The document's people, every name already registered.</param>
    public AttributionContext(IReadOnlyList<Paragraph> paragraphs, SpeakerRegistry registry)
    {
        Paragraphs = paragraphs;
        Registry = registry;
    }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public SpeakerRegistry Registry { get; }

    public AttributionState State { get; } = new();

    /// <summary>
    /// The person a pronoun-like word of <paramref name="gender"/> ("she", the "his" of "his ministry") at
    /// <paramref name="mentionStart"/> most likely stands for: the last person speaking in the paragraph, else
    /// the first person the paragraph names outside quotes (its subject), else the last person who spoke, else
    /// the last person quoted. Null when none of them can be of that gender.
    /// </summary>
    public Person? NearestPerson(Candidate c, int mentionStart, char gender) =>
        Compatible(State.LastInParagraph, gender)
        ?? Registry.FirstNamedBetween(c.Paragraph.Block.Start, mentionStart, gender, c.Paragraph.InQuoteAt)
        ?? Compatible(State.LastPerson, gender)
        ?? Compatible(State.LastQuoted, gender);

    /// <summary>The person named last outside quotes before <paramref name="offset"/>, in its paragraph or the prose paragraph before.</summary>
    public Person? LastNamedNear(Paragraph p, int offset)
    {
        var named = Registry.LastNamedBetween(p.Block.Start, offset, '\0', p.InQuoteAt);
        if (named is not null) return named;
        for (var i = p.Index - 1; i >= 0; i--)
        {
            var before = Paragraphs[i];
            if (before.Block.Kind != BlockKind.Body) continue;
            return Registry.LastNamedBetween(before.Block.Start, before.Block.End, '\0', before.InQuoteAt);
        }
        return null;
    }

    /// <summary>True when <paramref name="c"/> goes on with the statement before it: in its paragraph, or as a quote continuing it.</summary>
    public bool FollowsPrevious(Candidate c) =>
        State.Previous is { } previous && (ReferenceEquals(previous.Paragraph, c.Paragraph) || ContinuesQuote(previous, c));

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
            if (Paragraphs[i].Block.Kind is BlockKind.Body or BlockKind.Heading or BlockKind.Title) return false;
        }
        return true;
    }
}
