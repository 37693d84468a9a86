using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// An interview printed as dialogue without labels, the Russian convention: a lead names the guest
/// ("В интервью агентству профессор Анна Петрова рассказала о …"), then each turn is a paragraph opened by a
/// dash, the interviewer's ending in a question mark ("— Когда начнутся работы?") and the guest's answering
/// ("— Думаю, весной."). An answer may run on over paragraphs without a dash. Questions belong to the
/// journalist; answers and their runs to the guest, who is whoever the lead reports speaking.
/// </summary>
internal static class InterviewTurns
{
    /// <summary>Turns needed before dashed paragraphs count as an interview: at least one question and one answer.</summary>
    private const int MinTurns = 2;

    /// <summary>
    /// Adds the questions (attributed to the journalist) and the answers (with no cue yet: <see cref="AssignGuest"/>
    /// gives them the lead's speaker) to <paramref name="output"/>; returns the paragraphs they took.
    /// </summary>
    public static HashSet<Paragraph> Find(IReadOnlyList<Paragraph> paragraphs, ISet<Paragraph> taken, List<Candidate> output)
    {
        var found = new HashSet<Paragraph>();
        var questions = 0;
        var answers = 0;
        foreach (var p in paragraphs)
        {
            if (p.Block.Kind != BlockKind.Body || taken.Contains(p) || !IsDashed(p)) continue;
            if (IsQuestion(p)) questions++;
            else answers++;
        }
        if (questions == 0 || answers == 0 || questions + answers < MinTurns) return found;

        var inAnswer = false;
        Cue? lead = null;
        Paragraph? before = null;
        foreach (var p in paragraphs)
        {
            if (lead is null && before is not null && IsDashed(p)) lead = LeadCue(before);
            if (p.Block.Kind == BlockKind.Body && !IsDashed(p) && found.Count == 0) before = p;
            if (p.Block.Kind != BlockKind.Body || taken.Contains(p)) continue;
            var dashed = IsDashed(p);
            if (!dashed && !inAnswer) continue;
            var (s, _) = TextRange.TrimClause(p.Text, p.Block.Start, p.Block.End);
            var e = p.Block.End;
            while (e > s && char.IsWhiteSpace(p.Text[e - 1])) e--;
            if (e <= s) continue;
            if (dashed && IsQuestion(p))
            {
                var journalist = new Mention(MentionKind.Journalist, s, s, string.Empty, System.Array.Empty<string>(), null);
                output.Add(new Candidate(s, e, StatementKind.Transcript, new Cue(journalist, VerbFrame.That), SpeakerSource.Cue, p) { Rule = "interview" });
                inAnswer = false;
            }
            else
            {
                output.Add(new Candidate(s, e, StatementKind.Transcript, lead, SpeakerSource.Cue, p) { Rule = "interview" });
                inAnswer = true;
            }
            found.Add(p);
        }
        return found;
    }

    /// <summary>"… академик Петров рассказал о …": the subject of the lead's first speech verb, when it names a person.</summary>
    private static Cue? LeadCue(Paragraph lead)
    {
        var sentence = lead.SentenceAt(lead.Block.Start);
        var cue = QuoteStatements.SentenceCue(lead, sentence.Start, lead.WordAt(sentence.End));
        return cue?.Speaker is { Kind: MentionKind.Name } ? cue : null;
    }

    /// <summary>
    /// Gives every answer still without a speaker the speaker of the last statement found before the first turn (the lead's "рассказал"),
    /// or leaves it without one when the lead reports nobody.
    /// </summary>
    public static void AssignGuest(List<Candidate> candidates)
    {
        Cue? guest = null;
        var started = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Rule != "interview")
            {
                if (!started && c.Cue?.Speaker is { Kind: MentionKind.Name }) guest = c.Cue;
                continue;
            }
            started = true;
            if (c.Cue is null && guest is not null) candidates[i] = c with { Cue = guest };
        }
    }

    /// <summary>A paragraph opened by a dash and a space, unless it is speech with its own cue ("— Да, — сказал он.").</summary>
    private static bool IsDashed(Paragraph p)
    {
        var text = p.Text;
        var s = p.Block.Start;
        if (p.Block.End - s <= 2 || text[s] is not ('-' or '–' or '—') || text[s + 1] != ' ') return false;
        var cued = new List<Candidate>();
        DashQuotes.Find(p, cued);
        return cued.Count == 0;
    }

    private static bool IsQuestion(Paragraph p)
    {
        var e = p.Block.End;
        while (e > p.Block.Start && char.IsWhiteSpace(p.Text[e - 1])) e--;
        return e > p.Block.Start && p.Text[e - 1] == '?';
    }
}
