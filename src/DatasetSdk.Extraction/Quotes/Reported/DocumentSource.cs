using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// A document as the source of reported words ("говорится в сообщении министерства", "according to a joint
/// statement"): its owner speaks, and a document nobody is named for is the word of the group last quoted.
/// </summary>
internal static class DocumentSource
{
    /// <summary>
    /// "according to a joint statement", "по данным совместного заявления": a statement nobody is named for
    /// is the word of the group the story last quoted, so it reads like "they".
    /// </summary>
    internal static Mention? StatementSource(Paragraph p, int at, int limit)
    {
        var words = p.Words;
        var k = at;
        if (k < limit && MentionReader.IsDeterminer(words[k].Lower)) k++;
        for (var adjectives = 0; k < limit && adjectives <= 2; k++, adjectives++)
        {
            if (p.InQuote[k] || words[k].IsCapitalized) return null;
            if (StatementNouns.Contains(words[k].Lower))
            {
                // "according to a statement from the union": the author the phrase names speaks.
                if (Author(p, at, k, limit) is { } author) return author;
                return new Mention(MentionKind.GroupPronoun, words[at].Start, words[k].End, p.Text.Substring(words[at].Start, words[k].End - words[at].Start), Array.Empty<string>(), null);
            }
        }
        return null;
    }

    /// <summary>
    /// Who wrote an unowned document: "the Northwind Institute report" (a name right before the noun) or "a survey
    /// by the Northwind Institute" (a name after "by"); null when the phrase names nobody.
    /// </summary>
    internal static Mention? Author(Paragraph p, int at, int noun, int end)
    {
        var words = p.Words;
        if (noun > at && words[noun - 1].IsCapitalized && MentionReader.EndingAt(p.Text, words, noun - 1) is { Kind: MentionKind.Name or MentionKind.Organization } named
            && named.Start >= words[at].Start)
        {
            return named;
        }
        var by = noun + 1;
        if (by + 1 < end && words[by].Lower is "by" or "from" && OnlySpace(p.Text, words[by - 1].End, words[by].Start)
            && MentionReader.StartingAt(p.Text, words, by + 1) is { Kind: MentionKind.Name or MentionKind.Organization or MentionKind.Role } author)
        {
            return author;
        }
        return null;
    }

    internal static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "statement", "communique", "communiqué", "declaration", "заявлению", "заявления", "коммюнике", "декларации",
    };

    internal static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "заявлении", "сообщении", "пресс-релизе", "коммюнике", "декларации", "документе", "публикации", "обращении",
        "материалах", "отчете", "отчёте", "отчетности", "отчётности", "докладе", "письме", "релизе", "исследовании", "обзоре",
        "презентации", "приказе", "постановлении", "документах",
    };

    /// <summary>The same documents in the genitive, after "следует из": "следует из отчетности компании".</summary>
    private static readonly HashSet<string> DocumentNounsGenitive = new(StringComparer.Ordinal)
    {
        "заявления", "сообщения", "пресс-релиза", "документа", "документов", "публикации", "обращения", "материалов", "отчета",
        "отчёта", "отчетности", "отчётности", "доклада", "письма", "релиза", "исследования", "обзора", "презентации", "данных",
    };

    /// <summary>Impersonal verbs a document speaks with: "…, говорится (отмечается, указано) в сообщении …".</summary>
    private static readonly HashSet<string> DocumentVerbs = new(StringComparer.Ordinal)
    {
        "говорится", "отмечается", "подчеркивается", "подчёркивается", "указывается", "сообщается", "утверждается", "сказано", "указано",
    };

    /// <summary>
    /// "…, говорится в сообщении пресс-службы министерства.", "…, следует из отчетности компании." — the document's owner speaks; a document with no
    /// owner ("в совместном заявлении") is the word of the group last quoted.
    /// </summary>
    internal static Cue? DocumentCue(Paragraph p, int k, int limit, int end)
    {
        var words = p.Words;
        if (k + 2 >= limit) return null;
        // "…, следует из отчетности компании": the document in the genitive after "из".
        var follows = words[k].Lower == "следует" && words[k + 1].Lower == "из";
        if (!follows && (!DocumentVerbs.Contains(words[k].Lower) || words[k + 1].Lower is not ("в" or "во"))) return null;
        var nouns = follows ? DocumentNounsGenitive : DocumentNouns;
        var noun = k + 2;
        while (noun < limit && noun <= k + 4 && !nouns.Contains(words[noun].Lower)) noun++;
        if (noun >= limit || !nouns.Contains(words[noun].Lower)) return null;
        var owner = noun + 1 < limit ? MentionReader.StartingAt(p.Text, words, noun + 1) : null;
        // "пресс-службы Минтранса": a body in the genitive up to the sentence end is the owner as written.
        if (noun + 1 < limit && Vocabulary.IsOrganization(words[noun + 1].Lower) && limit - noun - 1 <= 4 && !HasStop(p.Text, words[noun + 1].Start, words[limit - 1].End))
        {
            owner = new Mention(MentionKind.Organization, words[noun + 1].Start, words[limit - 1].End, p.Text.Substring(words[noun + 1].Start, words[limit - 1].End - words[noun + 1].Start), Array.Empty<string>(), null);
        }
        if (owner is not null && owner.End <= end && EndsCue(p, owner, end)) return new Cue(owner, VerbFrame.That);
        if (owner is not null) return null;
        var source = StatementSource(p, k + 2, noun + 1) ?? new Mention(MentionKind.GroupPronoun, words[k + 2].Start, words[noun].End, p.Text.Substring(words[k + 2].Start, words[noun].End - words[k + 2].Start), Array.Empty<string>(), null);
        return EndsCue(p, source, end) ? new Cue(source, VerbFrame.That) : null;
    }
}
