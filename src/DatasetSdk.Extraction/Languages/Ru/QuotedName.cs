using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// Russian writes the names of companies, outlets, parties and works in quotation marks («Северная нефть»,
/// АО «Ромашка», «Завод «Заря»»): a short quotation opening with a capital Cyrillic letter is such a
/// name, not anyone's words. It neither counts as a partial statement nor stops a reported clause around it.
/// </summary>
internal static class QuotedName
{
    /// <summary>The most words a quoted name takes ("Российские железные дороги").</summary>
    private const int MaxWords = 4;

    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "газета", "издание", "агентство", "телеканал", "радиостанция", "портал", "журнал", "сайт",
    };

    /// <summary>
    /// An outlet after a verb of reporting ("пишет «Северная газета»", "сообщает издание «Ведомости»"): the
    /// quoted name, with its outlet noun, as a body mention named without the marks; null when none is at
    /// word <paramref name="at"/>.
    /// </summary>
    public static Mention? Outlet(Paragraph p, int at, int limit)
    {
        if (at >= limit) return null;
        var words = p.Words;
        var start = words[at].Start;
        var from = OutletNouns.Contains(words[at].Lower) && !p.InQuote[at] ? words[at].End : start;
        if (p.QuoteEndingAfter(from) is not { } q || !Is(p.Text, q)) return null;
        for (var i = from; i < q.Open; i++)
        {
            if (!char.IsWhiteSpace(p.Text[i])) return null;
        }
        var name = p.Text.Substring(q.ContentStart, q.ContentEnd - q.ContentStart).Trim();
        return new Mention(MentionKind.Organization, start, q.After, name, Array.Empty<string>(), null);
    }

    /// <summary>"«Ромашка» заявила, что …": a quoted name right before the speech verb at word <paramref name="verb"/> is its subject, a body.</summary>
    public static Mention? SubjectBefore(Paragraph p, int verb)
    {
        if (verb <= 0 || !p.InQuote[verb - 1] || p.InQuote[verb]) return null;
        if (p.QuoteEndingAfter(p.Words[verb - 1].Start) is not { } q || !Is(p.Text, q)) return null;
        for (var i = q.After; i < p.Words[verb].Start; i++)
        {
            if (!char.IsWhiteSpace(p.Text[i])) return null;
        }
        var name = p.Text.Substring(q.ContentStart, q.ContentEnd - q.ContentStart).Trim();
        return new Mention(MentionKind.Organization, q.Open, q.After, name, Array.Empty<string>(), null);
    }

    public static bool Is(string text, QuoteSpan q)
    {
        if (q.WordCount > MaxWords) return false;
        var i = q.ContentStart;
        while (i < q.ContentEnd && !char.IsLetterOrDigit(text[i])) i++;
        if (i >= q.ContentEnd || !char.IsUpper(text[i]) || text[i] is < '\u0400' or > '\u04FF') return false;
        // "«А как вы думаете?»": a sentence of someone's, not a name.
        var e = q.ContentEnd - 1;
        while (e > i && (char.IsWhiteSpace(text[e]) || text[e] is '»' or '"' or '“' or '”')) e--;
        return text[e] is not ('?' or '!' or '.' or '…' or ',');
    }
}
