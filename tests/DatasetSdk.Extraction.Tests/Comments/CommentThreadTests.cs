using System.Linq;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Comments;

public class CommentThreadTests
{
    private static readonly string Page = Lines(
        "Port reopens after storm",
        "",
        "The port reopened on Monday after a three-day closure caused by the storm, the harbour master said.",
        "Dear reader, to leave comments you must register.",
        "",
        "  1. old_sailor",
        "    old_sailor 4 March 2019 08: 05 New",
        "    Finally, they took long enough.",
        "    1. The comment was deleted.",
        "    2. harbour_fan",
        "      harbour_fan 4 March 2019 08: 20 New",
        "      Quote: old_sailor",
        "      they took long enough",
        "",
        "      Storms are no joke, on Friday it was worse.",
        "      1. Мария К",
        "        Мария К 4 March 2019 09: 00 New",
        "        > Storms are no joke",
        "        Согласна полностью.",
        "  2. anon42",
        "    anon42 5 March 2019 17: 45 New",
        "    Good.");

    private static Model.ExtractedDocument Doc => DocumentExtractor.Extract("port.txt", Page);

    [Fact]
    public void Each_comment_has_its_author_and_normalized_timestamp()
    {
        var comments = Doc.Comments;
        Assert.Equal(new[] { "old_sailor", "harbour_fan", "Мария К", "anon42" }, comments.Select(c => c.Author).ToArray());
        Assert.Equal(new[] { "2019-03-04T08:05", "2019-03-04T08:20", "2019-03-04T09:00", "2019-03-05T17:45" },
            comments.Select(c => c.Posted).ToArray());
    }

    [Fact]
    public void Indentation_gives_depth_and_parent_and_a_deleted_comment_is_skipped()
    {
        var comments = Doc.Comments;
        Assert.Equal(new[] { 0, 1, 2, 0 }, comments.Select(c => c.Depth).ToArray());
        Assert.Equal(new int?[] { null, 0, 1, null }, comments.Select(c => c.Parent).ToArray());
        Assert.Equal(new[] { 6, 10, 16, 20 }, comments.Select(c => c.Line).ToArray());
    }

    [Fact]
    public void Quoted_blocks_are_split_from_the_comment_text()
    {
        var reply = Doc.Comments[1];
        Assert.Equal("Storms are no joke, on Friday it was worse.", reply.Text);
        Assert.Equal(new[] { "they took long enough" }, reply.Quotes.ToArray());
        Assert.Equal("Согласна полностью.", Doc.Comments[2].Text);
        Assert.Equal(new[] { "Storms are no joke" }, Doc.Comments[2].Quotes.ToArray());
    }

    [Fact]
    public void Comments_are_comment_blocks_and_their_dates_are_not_mentions()
    {
        var segments = DocumentSegmenter.Segment(Page, new LineMap(Page), default);
        Assert.Equal(4 + 1, segments.Blocks.Count(b => b.Kind == BlockKind.Comment));
        Assert.DoesNotContain(Doc.Dates, d => d.Line > 4);
        Assert.Equal(BlockKind.Boilerplate, KindOf(Page, "Dear reader"));
    }

    [Fact]
    public void The_first_comment_dates_the_page_and_resolves_its_weekday()
    {
        Assert.Equal("2019-03-04", Doc.Published?.ToString());
        Assert.Contains(Doc.Dates, d => d.Text == "on Monday" && d.Value?.ToString() == "2019-03-04");
    }

    [Fact]
    public void A_single_labelled_stamp_is_not_a_comment_thread()
    {
        var text = Lines("The port reopened on Monday after a three-day closure caused by the storm.", "",
            "Last updated at March 4, 2019 08:05");
        var doc = DocumentExtractor.Extract("p.txt", text);
        Assert.Empty(doc.Comments);
        Assert.Null(doc.Published);
    }
}
