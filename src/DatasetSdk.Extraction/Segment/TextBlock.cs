using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Segment;

/// <summary>What a block of the file is, as far as statements and dates are concerned.</summary>
public enum BlockKind
{
    /// <summary>The article's headline.</summary>
    Title,
    /// <summary>A sub-headline or section heading inside the article.</summary>
    Heading,
    /// <summary>Article prose: the only place statements come from (with the title).</summary>
    Body,
    /// <summary>Menus, share links, footers, widgets: ignored.</summary>
    Boilerplate,
    /// <summary>Photo captions and credits: never statements, never the document date.</summary>
    Caption,
    /// <summary>Reader comments: parsed apart, never statements.</summary>
    Comment,
    /// <summary>A line holding only a date: the header date under a headline, or a labelled stamp ("Last updated at …"). Never statements.</summary>
    DateLine,
}

/// <summary>A paragraph-sized span of the file.</summary>
/// <param name="Start">UTF-16 offset of the first non-blank character.</param>
/// <param name="Length">Length up to the last non-blank character.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
public sealed record TextBlock(int Start, int Length, int Line, BlockKind Kind)
{
    /// <summary>Offset just past the block.</summary>
    public int End => Start + Length;
}

/// <summary>The file split into blocks, in file order.</summary>
/// <param name="Blocks">Every non-blank paragraph, line or comment of the file.</param>
/// <param name="Comments">The reader comments, in file order.</param>
/// <param name="CommentDates">The days of the comments' timestamps, in file order.</param>
public sealed record SegmentedText(EquatableArray<TextBlock> Blocks, EquatableArray<ReaderComment> Comments = default,
    EquatableArray<PartialDate> CommentDates = default);
