using System.Text;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Attribution.Sieves;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Tests.Attribution.Sieves;

/// <summary>
/// A document of body paragraphs with its names registered, and statements made by hand, so that one sieve
/// can be asked about one statement without the finders that would make it. A quote's cue is read by the
/// real cue reader from the words after its closing mark.
/// </summary>
internal sealed class SieveFixture
{
    private readonly string _text;
    private readonly List<Paragraph> _paragraphs = new();

    public SieveFixture(params string[] bodyParagraphs)
    {
        var builder = new StringBuilder();
        var blocks = new List<TextBlock>();
        foreach (var paragraph in bodyParagraphs)
        {
            blocks.Add(new TextBlock(builder.Length, paragraph.Length, blocks.Count * 2 + 1, BlockKind.Body));
            builder.Append(paragraph).Append("\n\n");
        }
        _text = builder.ToString();
        var registry = new SpeakerRegistry();
        foreach (var block in blocks)
        {
            var p = new Paragraph(_text, block, _paragraphs.Count);
            _paragraphs.Add(p);
            registry.NoteForms(p.Words);
        }
        foreach (var p in _paragraphs) registry.RegisterNames(_text, p.Words);
        Context = new AttributionContext(_paragraphs, registry);
    }

    public AttributionContext Context { get; }

    /// <summary>The direct quote <paramref name="quoted"/>, with the cue written after it (null when none is).</summary>
    public Candidate Quote(string quoted, SpeakerSource source = SpeakerSource.Cue, bool unclosed = false)
    {
        var start = _text.IndexOf(quoted, StringComparison.Ordinal);
        Assert.True(start >= 0, "not in the text: " + quoted);
        var end = start + quoted.Length;
        var p = _paragraphs.Single(x => x.Block.Start <= start && start < x.Block.End);
        var cue = source == SpeakerSource.Cue ? Cues.After(_text, p.Words, p.WordAt(end), p.Words.Count) : null;
        return new Candidate(start, end, StatementKind.Direct, cue, source, p, unclosed);
    }

    /// <summary>The direct quote <paramref name="quoted"/> with a cue whose speaker phrase could not be read.</summary>
    public Candidate QuoteWithUnreadableCue(string quoted) => Quote(quoted, SpeakerSource.Previous) with { Cue = new Cue(null, VerbFrame.That), Source = SpeakerSource.Cue };

    /// <summary>Attributes <paramref name="c"/> through every sieve, as the document's statements before the one a test asks about.</summary>
    public Person? Said(Candidate c) => AttributionPipeline.Attribute(c, Context).Speaker;

    /// <summary>What <see cref="Ask"/> answers when the sieve claims a statement and finds nobody.</summary>
    public const string Nobody = "";

    /// <summary>Asks <paramref name="sieve"/> alone about <paramref name="c"/>: null when it does not claim it, else the speaker's name or <see cref="Nobody"/>.</summary>
    public string? Ask(AttributionSieve sieve, Candidate c)
    {
        if (!sieve.Claims(c)) return null;
        Context.State.Enter(c);
        return sieve.Speaker(c, Context)?.DisplayName() ?? Nobody;
    }
}
