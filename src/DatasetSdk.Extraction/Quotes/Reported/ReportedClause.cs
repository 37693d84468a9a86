using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>A sentence, or one half of a sentence split at a semicolon, as the reported-speech sieves read it.</summary>
internal sealed class ReportedClause
{
    public ReportedClause(Paragraph paragraph, int sentence, int start, int end, Paragraph? lead, bool headline)
    {
        P = paragraph;
        Sentence = sentence;
        End = end;
        Lead = lead;
        Headline = headline;
        ContentStart = SkipDateline(paragraph.Text, start, end);
        First = paragraph.WordAt(ContentStart);
        Limit = paragraph.WordAt(end);
    }

    public Paragraph P { get; }

    /// <summary>Index of the sentence in its paragraph; -1 for the half after a semicolon, which has no sentence before it of its own.</summary>
    public int Sentence { get; }

    /// <summary>Offset just past the clause.</summary>
    public int End { get; }

    /// <summary>Where the clause's words begin, past a dateline ("OSLO (Agency) — …").</summary>
    public int ContentStart { get; }

    /// <summary>Index of the clause's first word.</summary>
    public int First { get; }

    /// <summary>Index just past the clause's last word.</summary>
    public int Limit { get; }

    /// <summary>The one-sentence paragraph before, when it gave no statement of its own: "Об этом сообщил …" may report it.</summary>
    public Paragraph? Lead { get; }

    /// <summary>In a headline any cue takes what follows it.</summary>
    public bool Headline { get; }
}
