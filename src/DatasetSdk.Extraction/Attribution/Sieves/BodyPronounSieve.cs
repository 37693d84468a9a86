using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// "The Defense Department released a statement. “…,” it said": "it" is the body the writer last named
/// outside quotes, read back over its paragraph and the prose before it; nobody when no body is near.
/// </summary>
internal sealed class BodyPronounSieve : CueMentionSieve
{
    /// <summary>How many prose paragraphs back, and how many words, the body "it" stands for is looked for.</summary>
    private const int BodyParagraphsBack = 3;
    private const int BodyWordsBack = 200;

    public BodyPronounSieve()
        : base(MentionKind.BodyPronoun, "cue-body-pronoun")
    {
    }

    protected override Person? Speaker(Candidate c, Mention mention, AttributionContext context) =>
        context.Registry.Resolve(mention, null, LastBodyNamed(c.Paragraph, mention.Start, context));

    private static Person? LastBodyNamed(Paragraph p, int offset, AttributionContext context)
    {
        var seen = 0;
        var paragraphs = 0;
        for (var i = p.Index; i >= 0 && paragraphs < BodyParagraphsBack; i--)
        {
            var para = context.Paragraphs[i];
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
                return context.Registry.Resolve(body, null, null);
            }
        }
        return null;
    }
}
