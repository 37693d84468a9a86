using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DatasetSdk.Extraction.Dates;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Segment;

/// <summary>A reader comment located in the file, with the lines it covers.</summary>
/// <param name="FirstLine">Index (0-based, into the line list) of the comment's first line.</param>
/// <param name="LastLine">Index of its last non-blank line.</param>
/// <param name="Comment">The parsed comment, or null for a placeholder such as a deleted comment.</param>
/// <param name="PostedDate">The day of its timestamp, if parsed.</param>
public sealed record CommentItem(int FirstLine, int LastLine, ReaderComment? Comment, PartialDate? PostedDate);

/// <summary>
/// Finds a reader-comment thread: items whose header is an author followed by a timestamp
/// ("name 22 September 2015 06: 45 New"), often after a numbered line repeating the author. Nesting comes
/// from the indentation of the items (each deeper indent is one reply level); "Quote: name" blocks, lines
/// starting with "&gt;" and [quote]…[/quote] are split off as the comment's quotes.
/// </summary>
public static class CommentThreadParser
{
    private const int MinComments = 2;
    private const int MaxFirstComment = 3000;
    private static readonly char[] Separators = { '|', '-', '—', '–', '·', '•', ':', ',' };

    /// <summary>The comment items of the file, in file order (empty when it has no thread).</summary>
    public static List<CommentItem> Parse(string text, IReadOnlyList<SourceLine> lines)
    {
        var headers = new List<Header>();
        for (var k = 0; k < lines.Count; k++)
        {
            if (ParseHeader(text, lines, k) is { } h) headers.Add(h);
        }
        // under a "Comments (5)" heading, timestamped lines above it are the article's own (a byline with its time)
        var marker = ThreadMarker(text, lines);
        if (marker >= 0 && headers.Count > 0 && headers[headers.Count - 1].FirstLine > marker)
            headers = headers.FindAll(h => h.FirstLine > marker);
        var items = new List<CommentItem>();
        // an author-and-time line whose "comment" runs on for a whole article is the article's byline
        var skip = 0;
        while (skip + 1 < headers.Count && lines[headers[skip + 1].FirstLine].Start - lines[headers[skip].HeaderLine].End > MaxFirstComment) skip++;
        if (skip > 0) headers = headers.GetRange(skip, headers.Count - skip);
        // one timestamped line is not a thread: a lone "Posted by X, date time" is the article's own byline
        if (headers.Count < MinComments) return items;

        var indents = new List<int>();
        foreach (var h in headers)
        {
            if (!indents.Contains(lines[h.FirstLine].Indent)) indents.Add(lines[h.FirstLine].Indent);
        }
        indents.Sort();

        // placeholders: numbered lines at an item indent that carry no header (e.g. a deleted comment)
        var starts = new List<(int Line, Header? Header)>();
        var next = 0;
        for (var k = headers[0].FirstLine; k < lines.Count; k++)
        {
            if (next < headers.Count && headers[next].FirstLine == k)
            {
                starts.Add((k, headers[next]));
                k = headers[next].HeaderLine;
                next++;
            }
            else if (next < headers.Count && !lines[k].IsBlank && IsNumbered(text, lines[k], out _) && indents.Contains(lines[k].Indent))
            {
                starts.Add((k, null));
            }
        }

        var parents = new List<int?>();
        var texts = new List<string>();
        var count = 0;
        for (var s = 0; s < starts.Count; s++)
        {
            var (first, header) = starts[s];
            var depth = indents.IndexOf(lines[first].Indent);
            var body = header?.HeaderLine + 1 ?? first + 1;
            var stop = s + 1 < starts.Count ? starts[s + 1].Line : End(text, lines, body, lines[first].Indent);
            var last = stop - 1;
            while (last > first && lines[last].IsBlank) last--;
            while (parents.Count <= depth) parents.Add(null);
            int? parent = depth > 0 ? parents[depth - 1] : null;
            if (header is null)
            {
                parents[depth] = null;
                items.Add(new CommentItem(first, last, null, null));
                continue;
            }
            var quotes = new List<string>();
            var own = Split(text, lines, body, stop, quotes, parent is { } p ? texts[p] : null);
            texts.Add(own);
            var index = count++;
            parents[depth] = index;
            for (var d = depth + 1; d < parents.Count; d++) parents[d] = null;
            var comment = new ReaderComment(header.Author, header.Posted, parent, depth, own, quotes.ToEquatableArray(), lines[first].Number);
            items.Add(new CommentItem(first, last, comment, header.Date));
        }
        return items;
    }

    /// <summary>Index of the first line that heads a comment thread ("Комментарии (5)", "12 comments"), or -1.</summary>
    private static int ThreadMarker(string text, IReadOnlyList<SourceLine> lines)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            if (lines[k].IsBlank || lines[k].End - lines[k].Start > MaxMarkerLength) continue;
            var norm = BoilerplateClassifier.Normalize(lines[k].Text(text)).Trim('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ');
            if (DateLexicon.Instance.IsCommentWord("thread-marker", norm)) return k;
        }
        return -1;
    }

    private const int MaxMarkerLength = 40;

    /// <summary>
    /// Where the last comment ends: at the first line indented no deeper than its item when its text is
    /// indented, else at the first line of site chrome (a footer, a "read also" block) after it.
    /// </summary>
    private static int End(string text, IReadOnlyList<SourceLine> lines, int body, int indent)
    {
        var k = body;
        while (k < lines.Count && lines[k].IsBlank) k++;
        var indented = k < lines.Count && lines[k].Indent > indent;
        for (; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.IsBlank) continue;
            if (indented ? line.Indent <= indent : IsChrome(text, line)) return k;
        }
        return lines.Count;
    }

    private static bool IsChrome(string text, SourceLine line)
    {
        var cues = BoilerplateClassifier.Cues(text, line.Start, line.End, null);
        // "© 2003–2026 «Site». 16+": the copyright footer closes the thread even where no year ends it
        return cues.Chrome || cues.SectionMarker || text[line.Start + line.Indent] == '©';
    }

    private sealed record Header(int FirstLine, int HeaderLine, string Author, string Posted, PartialDate? Date);

    private static Header? ParseHeader(string text, IReadOnlyList<SourceLine> lines, int k)
    {
        var line = lines[k];
        if (line.IsBlank || line.End - line.Start > 120) return null;
        var start = IsNumbered(text, line, out var afterNumber) ? afterNumber : line.Start;
        var dates = DateFinder.Find(text, start, line.End);
        if (dates.Count == 0) return null;
        var stamp = dates[0];
        string posted;
        PartialDate? date = null;
        int stampEnd;
        if (stamp is { IsFullDate: true, Hour: { } hour, Minute: { } minute })
        {
            date = PartialDate.Of(stamp.Year!.Value, stamp.Month!.Value, stamp.Day!.Value);
            posted = date + "T" + hour.ToString("D2", CultureInfo.InvariantCulture) + ":" + minute.ToString("D2", CultureInfo.InvariantCulture);
            stampEnd = stamp.End;
        }
        else if ((stamp.Form == DateForm.RelativeDays || stamp is { Form: DateForm.Calendar, Year: null, Month: not null, Day: not null })
                 && (stamp.Hour is not null ? stamp.End : TimeAfter(text, stamp.End, line.End)) is { } timeEnd)
        {
            // "Сегодня, 10:15", "Yesterday at 9:40", "5 марта в 15:30": kept as written, the day or its year is only
            // known relative to the page
            posted = text.Substring(stamp.Start, timeEnd - stamp.Start);
            stampEnd = timeEnd;
        }
        else
        {
            return null;
        }
        var author = Name(text, start, stamp.Start);
        var first = k;
        if (author.Length == 0 && !OnlyTail(text, stampEnd, line.End))
        {
            // "22.09.2015 06:45 Иван": the author after the timestamp
            author = Name(text, stampEnd, line.End);
        }
        else if (!OnlyTail(text, stampEnd, line.End))
        {
            return null;
        }
        else if (author.Length == 0)
        {
            // the author stands alone on the line above the timestamp
            if (k == 0 || lines[k - 1].IsBlank) return null;
            first = k - 1;
            var above = lines[first];
            author = WithoutSaysWord(Name(text, IsNumbered(text, above, out var a) ? a : above.Start, above.End));
        }
        else if (k > 0 && !lines[k - 1].IsBlank && IsNumbered(text, lines[k - 1], out var n)
                 && string.Equals(Name(text, n, lines[k - 1].End), author, StringComparison.Ordinal))
        {
            first = k - 1;
        }
        if (!LooksLikeName(author) || BoilerplateClassifier.IsStampLabel(author)) return null;
        return new Header(first, k, author, posted, date);
    }

    /// <summary>"John Smith says:", "Иван пишет:": the name without its speech word.</summary>
    private static string WithoutSaysWord(string author)
    {
        var space = author.LastIndexOf(' ');
        return space > 0 && DateLexicon.Instance.IsCommentWord("author-tail", author.Substring(space + 1).ToLowerInvariant())
            ? author.Substring(0, space).TrimEnd()
            : author;
    }

    private static string Name(string text, int from, int to) => text.Substring(from, to - from).Trim().Trim(Separators).Trim();

    /// <summary>End of a time of day ("10:15", ", в 10:15", " at 9:40") right after <paramref name="from"/>, or null.</summary>
    private static int? TimeAfter(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] is ' ' or ',') i++;
        foreach (var word in new[] { "в ", "at " })
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0) i += word.Length;
        }
        var digits = i;
        while (i < end && i - digits < 2 && char.IsDigit(text[i])) i++;
        if (i == digits || i >= end || text[i] != ':') return null;
        i++;
        while (i < end && text[i] == ' ') i++;
        var minutes = i;
        while (i < end && i - minutes < 2 && char.IsDigit(text[i])) i++;
        return i - minutes == 2 ? i : null;
    }

    /// <summary>True when only a couple of header words ("New", "Reply") follow the timestamp.</summary>
    private static bool OnlyTail(string text, int from, int end)
    {
        var rest = text.Substring(from, end - from).Trim();
        if (rest.Length == 0) return true;
        foreach (var word in rest.Split(' '))
        {
            if (word.Length > 0 && !DateLexicon.Instance.IsCommentWord("header-tail", word.ToLowerInvariant().Trim('|', '·', '•'))) return false;
        }
        return true;
    }

    private static bool LooksLikeName(string author)
    {
        if (author.Length is 0 or > 40) return false;
        var words = 0;
        foreach (var part in author.Split(' ')) if (part.Length > 0) words++;
        if (words > 4) return false;
        // a name carries no sentence marks, and no field separators: "Общество | Просмотров: 2417" is page furniture
        foreach (var c in author) if (c is '!' or '?' or ',' or ';' or '"' or '«' or '“' or '|' or ':' or '·') return false;
        return true;
    }

    /// <summary>True for "12. text" or "12) text"; <paramref name="after"/> is where the text begins.</summary>
    internal static bool IsNumbered(string text, SourceLine line, out int after)
    {
        after = line.Start;
        var i = line.Start;
        while (i < line.End && i - line.Start < 4 && text[i] is >= '0' and <= '9') i++;
        if (i == line.Start || i >= line.End - 1 || text[i] is not ('.' or ')') || text[i + 1] != ' ') return false;
        after = i + 2;
        while (after < line.End && text[after] == ' ') after++;
        return after < line.End;
    }

    /// <summary>
    /// The comment's own text; quoted blocks go to <paramref name="quotes"/>. A "Quote: name" block runs to the
    /// next blank line when the reply follows that line; a reply may also go on right under it, and the block
    /// then holds only the lines that repeat the text of <paramref name="replyTo"/>, or without that text its first line. Button lines
    /// ("Reply", "Ответить") are no one's text.
    /// </summary>
    private static string Split(string text, IReadOnlyList<SourceLine> lines, int from, int stop, List<string> quotes, string? replyTo)
    {
        var own = new StringBuilder();
        var quote = new StringBuilder();
        var inQuote = false;
        var wholeBlock = false;
        for (var k = from; k < stop; k++)
        {
            var line = lines[k];
            if (line.IsBlank)
            {
                if (inQuote) Flush(quote, quotes);
                inQuote = false;
                continue;
            }
            var s = line.Text(text);
            if (IsButtonRow(s)) continue;
            if (inQuote && (wholeBlock || quote.Length == 0 || (replyTo is not null && replyTo.IndexOf(s, StringComparison.Ordinal) >= 0)))
            {
                Append(quote, s);
                continue;
            }
            if (inQuote)
            {
                Flush(quote, quotes);
                inQuote = false;
            }
            if (IsQuoteLabel(s))
            {
                inQuote = true;
                wholeBlock = TextAfterBlock(text, lines, k + 1, stop);
                continue;
            }
            if (s[0] == '>')
            {
                quotes.Add(s.Substring(1).Trim());
                continue;
            }
            Append(own, BbQuotes(s, quotes));
        }
        if (inQuote) Flush(quote, quotes);
        return own.ToString();
    }

    /// <summary>True when the comment has text of its own after the blank line that closes the block at <paramref name="k"/>.</summary>
    private static bool TextAfterBlock(string text, IReadOnlyList<SourceLine> lines, int k, int stop)
    {
        while (k < stop && !lines[k].IsBlank) k++;
        for (; k < stop; k++)
        {
            if (!lines[k].IsBlank && !IsButtonRow(lines[k].Text(text))) return true;
        }
        return false;
    }

    /// <summary>"Ответить", "Reply | Report", "Like 3": only the buttons under a comment.</summary>
    private static bool IsButtonRow(string line)
    {
        var norm = BoilerplateClassifier.Normalize(line);
        if (norm.Length == 0) return false;
        var words = 0;
        foreach (var token in norm.Split(' '))
        {
            if (token.Length > 0 && char.IsDigit(token[0])) continue;
            if (!DateLexicon.Instance.IsCommentWord("button", token)) return false;
            words++;
        }
        return words > 0;
    }

    private static bool IsQuoteLabel(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 12) return false;
        var label = line.Substring(0, colon).Trim().ToLowerInvariant();
        return DateLexicon.Instance.IsCommentWord("quote", label) && line.Length - colon < 45;
    }

    /// <summary>Removes [quote]…[/quote] spans (spaces allowed inside the brackets) into <paramref name="quotes"/>.</summary>
    private static string BbQuotes(string line, List<string> quotes)
    {
        var open = line.IndexOf("[quote", StringComparison.OrdinalIgnoreCase);
        if (open < 0) return line;
        var openEnd = line.IndexOf(']', open);
        if (openEnd < 0) return line;
        var close = openEnd;
        while ((close = line.IndexOf('[', close + 1)) >= 0)
        {
            var end = line.IndexOf(']', close);
            if (end < 0) break;
            var tag = line.Substring(close + 1, end - close - 1).Replace(" ", string.Empty);
            if (string.Equals(tag, "/quote", StringComparison.OrdinalIgnoreCase))
            {
                quotes.Add(line.Substring(openEnd + 1, close - openEnd - 1).Trim());
                return (line.Substring(0, open) + line.Substring(end + 1)).Trim();
            }
        }
        return line;
    }

    private static void Append(StringBuilder sb, string s)
    {
        if (s.Length == 0) return;
        if (sb.Length > 0) sb.Append('\n');
        sb.Append(s);
    }

    private static void Flush(StringBuilder quote, List<string> quotes)
    {
        if (quote.Length > 0) quotes.Add(quote.ToString());
        quote.Clear();
    }
}
