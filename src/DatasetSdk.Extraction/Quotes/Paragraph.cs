using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>One block prepared for the statement stages: its words, quotations and sentences.</summary>
internal sealed class Paragraph
{
    private string? _language;

    /// <summary>Per word rule, where the next word passing it is: see <see cref="NextWord"/>.</summary>
    private readonly Dictionary<Func<Paragraph, int, bool>, int[]> _next = new();

    private int[]? _lastSpeechVerb;

    private List<int>? _separators;

    private readonly Dictionary<int, int[]> _longQuotes = new();

    public Paragraph(string text, TextBlock block, int index)
    {
        Text = text;
        Block = block;
        Index = index;
        Words = Word.In(text, block.Start, block.End);
        Quotes = QuoteSpans.Find(text, block.Start, block.End);
        InQuote = new bool[Words.Count];
        var q = 0;
        for (var w = 0; w < Words.Count; w++)
        {
            while (q < Quotes.Count && Quotes[q].ContentEnd <= Words[w].Start) q++;
            InQuote[w] = q < Quotes.Count && Words[w].Start >= Quotes[q].ContentStart;
        }
        Sentences = SentenceSplitter.Split(text, block.Start, block.End, Quotes);
    }

    public string Text { get; }

    public TextBlock Block { get; }

    /// <summary>The language of the paragraph, which is the language of its statements.</summary>
    public string Language => _language ??= LanguageDetector.Detect(Text, Block.Start, Block.Length);

    /// <summary>Position of the block in the document.</summary>
    public int Index { get; }

    public List<Word> Words { get; }

    public bool[] InQuote { get; }

    public List<QuoteSpan> Quotes { get; }

    /// <summary>Sentence ranges [start, end) of the writer's text; a quotation never splits a sentence.</summary>
    public List<(int Start, int End)> Sentences { get; }

    public (int Start, int End) SentenceAt(int offset)
    {
        if (Sentences.Count == 0) return (Block.Start, Block.End);
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return Sentences[lo];
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation of this paragraph.</summary>
    public bool InQuoteAt(int offset) => QuoteEndingAfter(offset) is { } q && offset >= q.ContentStart && offset < q.ContentEnd;

    /// <summary>The first quotation that ends after <paramref name="offset"/>, or null.</summary>
    public QuoteSpan? QuoteEndingAfter(int offset) => QuoteIndexEndingAfter(offset) is var i && i < Quotes.Count ? Quotes[i] : null;

    /// <summary>Index of the first word starting at or after <paramref name="offset"/>.</summary>
    public int WordAt(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The first word at or after <paramref name="from"/> that <paramref name="rule"/> accepts, or
    /// <see cref="Words"/>.Count. Rules that search forward to the end of a clause ask this instead of
    /// scanning, so a sentence of any length costs one pass per rule (pass a static delegate: it is the key).
    /// </summary>
    public int NextWord(int from, Func<Paragraph, int, bool> rule)
    {
        if (!_next.TryGetValue(rule, out var next))
        {
            next = new int[Words.Count + 1];
            next[Words.Count] = Words.Count;
            for (var k = Words.Count - 1; k >= 0; k--) next[k] = rule(this, k) ? k : next[k + 1];
            _next[rule] = next;
        }
        return from < 0 ? next[0] : from >= Words.Count ? Words.Count : next[from];
    }

    /// <summary>The last word before <paramref name="limit"/> that ends a speech verb outside quotes, or -1.</summary>
    public int LastSpeechVerbBefore(int limit)
    {
        if (_lastSpeechVerb is null)
        {
            _lastSpeechVerb = new int[Words.Count + 1];
            _lastSpeechVerb[0] = -1;
            for (var w = 0; w < Words.Count; w++)
            {
                _lastSpeechVerb[w + 1] = !InQuote[w] && Vocabulary.SpeechVerbs.MatchEndingAt(Words, w, out _) > 0 ? w : _lastSpeechVerb[w];
            }
        }
        return limit <= 0 ? -1 : _lastSpeechVerb[Math.Min(limit, Words.Count)];
    }

    /// <summary>
    /// The last colon, semicolon or spaced dash in (<paramref name="from"/>, <paramref name="before"/>), or -1:
    /// where a reported clause may end before a quotation.
    /// </summary>
    public int LastSeparatorBetween(int from, int before)
    {
        if (_separators is null)
        {
            _separators = new List<int>();
            for (var i = Block.Start + 1; i < Block.End; i++)
            {
                var c = Text[i];
                if (c is ':' or ';' || (c is '—' or '–' or '-' && char.IsWhiteSpace(Text[i - 1]) && i + 1 < Text.Length && char.IsWhiteSpace(Text[i + 1]))) _separators.Add(i);
            }
        }
        var at = _separators.BinarySearch(before);
        if (at < 0) at = ~at;
        return at > 0 && _separators[at - 1] > from ? _separators[at - 1] : -1;
    }

    /// <summary>Index of the first quotation that ends after <paramref name="offset"/>, or Quotes.Count.</summary>
    public int QuoteIndexEndingAfter(int offset)
    {
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Quotes[mid].After <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first quotation from <paramref name="from"/> on with more than <paramref name="words"/> words, or Quotes.Count.</summary>
    public int NextQuoteLongerThan(int from, int words)
    {
        if (!_longQuotes.TryGetValue(words, out var next))
        {
            next = new int[Quotes.Count + 1];
            next[Quotes.Count] = Quotes.Count;
            for (var k = Quotes.Count - 1; k >= 0; k--) next[k] = Quotes[k].WordCount > words ? k : next[k + 1];
            _longQuotes[words] = next;
        }
        return from >= Quotes.Count ? Quotes.Count : next[Math.Max(0, from)];
    }

    /// <summary>True when a letter stands in [<paramref name="from"/>, <paramref name="to"/>), found through the word index.</summary>
    public bool HasLetter(int from, int to)
    {
        var w = NextWord(WordAt(from), HasLetterRule);
        return w < Words.Count && Words[w].Start < to;
    }

    private static readonly Func<Paragraph, int, bool> HasLetterRule = (p, k) =>
    {
        foreach (var c in p.Words[k].Text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    };
}
