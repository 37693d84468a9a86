using DatasetSdk.Extraction.Quotes;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// Russian writes the names of companies, outlets, parties and works in quotation marks («Роснефть»,
/// АФК «Система», «Концерн «Созвездие»»): a short quotation opening with a capital Cyrillic letter is such a
/// name, not anyone's words. It neither counts as a partial statement nor stops a reported clause around it.
/// </summary>
internal static class QuotedName
{
    /// <summary>The most words a quoted name takes ("Российские железные дороги").</summary>
    private const int MaxWords = 4;

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
