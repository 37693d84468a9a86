using System;
using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Segment;

/// <summary>
/// Splits a file into blocks and says what each is: the reader-comment thread first
/// (<see cref="CommentThreadParser"/>), then paragraphs (a line, or wrapped lines joined), classified by
/// <see cref="BoilerplateClassifier"/>. The article runs from the first to the last prose paragraph; its
/// headline is found by <see cref="TitleFinder"/>; what lies outside is chrome, captions or date stamps.
/// </summary>
public static class DocumentSegmenter
{
    // news pages print the date just above the headline too ("12 марта 2026, 14:05" over the title), or, without
    // a headline, just above the text
    private const int DateAboveTitle = 2;

    /// <summary>Segments <paramref name="text"/>.</summary>
    public static SegmentedText Segment(string text, LineMap lines, CancellationToken cancellationToken)
    {
        var source = SourceLine.Split(text);
        cancellationToken.ThrowIfCancellationRequested();
        var thread = CommentThreadParser.Parse(text, source);
        cancellationToken.ThrowIfCancellationRequested();

        var spans = new List<(int Start, int End, int Line, CommentItem? Item)>();
        var nextItem = 0;
        for (var k = 0; k < source.Count; k++)
        {
            if (nextItem < thread.Count && thread[nextItem].FirstLine == k)
            {
                var item = thread[nextItem++];
                spans.Add((source[k].Start, source[item.LastLine].End, source[k].Number, item));
                k = item.LastLine;
                continue;
            }
            if (source[k].IsBlank) continue;
            var first = k;
            while (k + 1 < source.Count && Continues(text, source[k], source[k + 1])
                   && !(nextItem < thread.Count && thread[nextItem].FirstLine == k + 1)) k++;
            spans.Add((source[first].Start, source[k].End, source[first].Number, null));
        }

        var cues = new List<BlockCues>(spans.Count);
        var texts = new List<string>(spans.Count);
        var isComment = new List<bool>(spans.Count);
        string? previousCaption = null;
        foreach (var span in spans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = BoilerplateClassifier.Cues(text, span.Start, span.End, previousCaption);
            previousCaption = c.Caption ? text.Substring(span.Start, span.End - span.Start) : null;
            cues.Add(c);
            texts.Add(span.Item is null ? text.Substring(span.Start, span.End - span.Start) : string.Empty);
            isComment.Add(span.Item is not null);
        }

        var firstBody = -1;
        var lastBody = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            // the reader comments close the article: prose under them is the site's footer
            if (isComment[i] && firstBody >= 0) break;
            if (isComment[i] || !cues[i].BodyLike) continue;
            if (firstBody < 0) firstBody = i;
            lastBody = i;
        }
        // a very short article (a headline and one quoted sentence) has no paragraph long enough to anchor it
        if (firstBody < 0)
        {
            for (var i = 0; i < spans.Count && firstBody < 0; i++)
            {
                if (!isComment[i] && cues[i].ShortProse) firstBody = lastBody = i;
            }
        }
        // the line above the first turn of an interview that ends in a colon is its speaker's label ("Иван Петров, тренер:")
        if (firstBody > 0 && cues[firstBody].Dialogue && !isComment[firstBody - 1] && cues[firstBody - 1].Introduces && !cues[firstBody - 1].Bullet) firstBody--;
        // a closing sentence too short to anchor the body still belongs to it when nothing else comes between
        while (lastBody >= 0 && lastBody + 1 < spans.Count && !isComment[lastBody + 1] && ClosesBody(cues[lastBody + 1])) lastBody++;
        var (title, decks) = firstBody >= 0 ? TitleFinder.Find(cues, texts, isComment, firstBody) : FirstHeading(cues, isComment);

        // short lines printed several times on the page are navigation, wherever they stand
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in texts) if (t.Length > 0) seen[t] = seen.TryGetValue(t, out var n) ? n + 1 : 1;

        var kinds = new BlockKind[spans.Count];
        var inLinks = false;
        for (var i = 0; i < spans.Count; i++)
        {
            var c = cues[i];
            if (isComment[i]) kinds[i] = BlockKind.Comment;
            else if (i == title) kinds[i] = BlockKind.Title;
            else if (decks.Contains(i)) kinds[i] = BlockKind.Heading;
            else if (c.Caption) kinds[i] = BlockKind.Caption;
            else if (c.DateOnly && c.Stamp != StampKind.None) kinds[i] = BlockKind.DateLine;
            else if (i < firstBody || firstBody < 0)
                kinds[i] = c.DateOnly && (title >= 0 && (i > title || title - i <= DateAboveTitle) || firstBody - i <= DateAboveTitle)
                    ? BlockKind.DateLine : BlockKind.Boilerplate;
            else if (i > lastBody) kinds[i] = BlockKind.Boilerplate;
            else kinds[i] = !c.Sentence && c.Words <= 8 && seen[texts[i]] > 1 ? BlockKind.Boilerplate : InArticle(c, ref inLinks);
        }

        var blocks = new List<TextBlock>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            blocks.Add(new TextBlock(spans[i].Start, spans[i].End - spans[i].Start, spans[i].Line, kinds[i]));
        }
        var comments = new List<ReaderComment>();
        foreach (var item in thread)
        {
            if (item.Comment is not null) comments.Add(item.Comment);
        }
        var posted = new List<PartialDate>();
        foreach (var item in thread)
        {
            if (item.PostedDate is { } d) posted.Add(d);
        }
        return new SegmentedText(blocks.ToEquatableArray(), comments.ToEquatableArray(), posted.ToEquatableArray());
    }

    private static bool ClosesBody(BlockCues c) => c.ShortProse;

    private static BlockKind InArticle(BlockCues c, ref bool inLinks)
    {
        if (c.SectionMarker)
        {
            inLinks = true;
            return BlockKind.Boilerplate;
        }
        if (c.BodyLike) inLinks = false;
        if (inLinks || c.Chrome) return BlockKind.Boilerplate;
        if (c.DateOnly) return BlockKind.DateLine;
        if (c.Bullet) return c.Words >= 8 && c.Sentence ? BlockKind.Body : BlockKind.Boilerplate;
        if (c.Heading) return BlockKind.Heading;
        return c.Sentence || c.Introduces || c.Words >= 12 ? BlockKind.Body : BlockKind.Boilerplate;
    }

    /// <summary>Without any prose, the first headline-shaped block is the title.</summary>
    private static (int, List<int>) FirstHeading(List<BlockCues> cues, List<bool> isComment)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (!isComment[i] && cues[i].Heading) return (i, new List<int>());
        }
        return (-1, new List<int>());
    }

    /// <summary>A hard-wrapped line goes on when the line before has no closing mark and the next starts in lower case.</summary>
    private static bool Continues(string text, SourceLine line, SourceLine next)
    {
        if (line.IsBlank || next.IsBlank) return false;
        var last = text[line.End - 1];
        if (last is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '»') return false;
        var first = text[next.Start];
        return char.IsLower(first) && !BoilerplateClassifier.IsBullet(line.Text(text)) && !BoilerplateClassifier.IsBullet(next.Text(text));
    }
}
