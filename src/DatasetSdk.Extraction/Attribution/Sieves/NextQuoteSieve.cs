using System.Collections.Generic;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution.Sieves;

/// <summary>
/// A quote running over paragraphs is attributed where it closes ("… full.¶"Nobody … ¶"So we will," Hill
/// said.): a paragraph left open with no speaker of its own takes the speaker of the quote continuing it.
/// It runs backwards once every statement has been through <see cref="AttributionPipeline.Sieves"/>, since
/// the speaker comes from a later statement.
/// </summary>
internal static class NextQuoteSieve
{
    public const string Rule = "next-quote";

    public static void Apply(IReadOnlyList<Candidate> candidates, Person?[] people, string[] rules)
    {
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var c = candidates[i];
            var next = candidates[i + 1];
            if (people[i] is not null || people[i + 1] is null || !c.Unclosed || c.Kind != StatementKind.Direct || next.Kind != StatementKind.Direct) continue;
            if (next.Paragraph.Index != c.Paragraph.Index + 1 || !OpensParagraph(next)) continue;
            people[i] = people[i + 1];
            rules[i] = Rule;
        }
    }

    /// <summary>True when only an opening mark and white space stand before the statement in its paragraph.</summary>
    private static bool OpensParagraph(Candidate c)
    {
        for (var i = c.Paragraph.Block.Start; i < c.Start; i++)
        {
            if (char.IsLetterOrDigit(c.Paragraph.Text[i])) return false;
        }
        return true;
    }
}
