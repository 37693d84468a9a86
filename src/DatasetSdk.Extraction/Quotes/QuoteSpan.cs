using System.Collections.Generic;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>A top-level quotation in a paragraph.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or the paragraph end when the quote is never closed.</param>
/// <param name="Unclosed">True when the paragraph ends before a closing mark.</param>
internal sealed record QuoteSpan(int Open, int Close, bool Unclosed)
{
    /// <summary>Words inside the marks, counted once: rules ask it of the same quote many times.</summary>
    public int WordCount { get; init; }

    /// <summary>First character inside the marks.</summary>
    public int ContentStart => Open + 1;

    /// <summary>Offset just past the last character inside the marks.</summary>
    public int ContentEnd => Close;

    /// <summary>Offset just past the closing mark.</summary>
    public int After => Unclosed ? Close : Close + 1;
}

/// <summary>
/// Finds quotations in every quote style: straight "…", curly “…”, guillemets «…», low-high „…“, and the
/// mismatched pairs scraped text is full of (“…" or "…”). Nested quotes stay inside their outer quote; a quote
/// whose closing mark never comes ends with its paragraph (the convention for quotes running over several
/// paragraphs, each of which opens again).
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(string text, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        var stack = new List<(char Mark, int At)>();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!IsQuoteMark(c)) continue;
            var opening = IsOpeningContext(text, i, start, end);
            var top = stack.Count > 0 ? stack[stack.Count - 1].Mark : '\0';
            var close = false;
            var open = false;
            switch (c)
            {
                case '«':
                case '„':
                    open = true;
                    break;
                case '»':
                    close = stack.Count > 0;
                    break;
                case '“':
                    if (top == '„' || (stack.Count > 0 && !opening)) close = true;
                    else open = true;
                    break;
                case '”':
                    if (stack.Count > 0) close = true;
                    else open = opening;
                    break;
                default: // '"'
                    if (stack.Count == 0) open = opening || !IsClosingContext(text, i, start, end);
                    else if (opening && top != '"') open = true;
                    else close = true;
                    break;
            }
            if (open)
            {
                stack.Add((c, i));
            }
            else if (close)
            {
                var opened = stack[stack.Count - 1].At;
                stack.RemoveAt(stack.Count - 1);
                if (stack.Count == 0) spans.Add(new QuoteSpan(opened, i, false) { WordCount = TextRange.WordCount(text, opened + 1, i) });
            }
        }
        if (stack.Count > 0)
        {
            var last = end;
            while (last > stack[0].At + 1 && char.IsWhiteSpace(text[last - 1])) last--;
            spans.Add(new QuoteSpan(stack[0].At, last, true) { WordCount = TextRange.WordCount(text, stack[0].At + 1, last) });
        }
        spans.RemoveAll(s => s.WordCount == 0 || !HasLetter(text, s.ContentStart, s.ContentEnd));
        return spans;
    }

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    private static bool IsOpeningContext(string text, int i, int start, int end)
    {
        var prev = i > start ? text[i - 1] : ' ';
        var next = i + 1 < end ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or '/' || IsQuoteMark(prev)) && !char.IsWhiteSpace(next);
    }

    private static bool IsClosingContext(string text, int i, int start, int end)
    {
        var prev = i > start ? text[i - 1] : ' ';
        var next = i + 1 < end ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next));
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return true;
        }
        return false;
    }
}
