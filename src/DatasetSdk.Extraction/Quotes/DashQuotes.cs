using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Russian direct speech set off by dashes instead of quote marks:
/// "— Мы готовы к диалогу, — сказал Лавров. — Но не любой ценой." Only a paragraph that opens with a dash
/// and has a cue between dashes counts; a dash-led list item without a cue is not speech.
/// </summary>
internal static class DashQuotes
{
    public static void Find(Paragraph p, List<Candidate> output)
    {
        var text = p.Text;
        var start = p.Block.Start;
        if (p.Quotes.Count > 0 || !IsDash(text[start]) || start + 1 >= p.Block.End || !char.IsWhiteSpace(text[start + 1])) return;
        var speechStart = Skip(text, start + 1, p.Block.End);
        for (var i = speechStart; i < p.Block.End; i++)
        {
            if (text[i] is not (',' or '.' or '!' or '?' or '…')) continue;
            var dash = Skip(text, i + 1, p.Block.End);
            if (dash >= p.Block.End || !IsDash(text[dash]) || dash == i + 1) continue;
            var w = p.WordAt(dash);
            var n = Vocabulary.SpeechVerbs.MatchAt(p.Words, w, out var frame);
            if (n == 0 || MentionReader.StartingAt(text, p.Words, w + n) is not { } speaker) continue;
            var cue = new Cue(speaker, frame);
            var firstEnd = text[i] is ',' or '.' ? i : i + 1;
            // "— , — сказал он.": nothing stands before the cue, and an empty span is no statement.
            if (firstEnd > speechStart) output.Add(new Candidate(speechStart, firstEnd, StatementKind.Direct, cue, SpeakerSource.Cue, p));
            var k = speaker.End;
            while (k < p.Block.End && text[k] != '.' && !IsDash(text[k])) k++;
            var next = Skip(text, k + 1, p.Block.End);
            if (k < p.Block.End && next < p.Block.End && IsDash(text[next]))
            {
                var restStart = Skip(text, next + 1, p.Block.End);
                if (restStart < p.Block.End) output.Add(new Candidate(restStart, p.Block.End, StatementKind.Direct, cue, SpeakerSource.Cue, p));
            }
            return;
        }
    }

    private static bool IsDash(char c) => c is '—' or '–' or '-';

    private static int Skip(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
