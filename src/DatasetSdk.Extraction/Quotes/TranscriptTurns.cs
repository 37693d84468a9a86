using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Quotes;

/// <summary>
/// Transcript turns: a paragraph opening with "Sergei Lavrov: …" or "Question: …" starts a turn, and the
/// body paragraphs after it continue that speaker until another turn or the end of the body. One statement
/// per paragraph. Press conferences print the label on a line of its own ("Иван Петров, главный тренер:") and
/// the turns under it dash-led; there a dash-led question belongs to the unnamed journalist.
/// </summary>
internal static class TranscriptTurns
{
    private const int MaxLabelWords = 8;
    private const int MaxLabelChars = 100;

    /// <summary>Adds the turns of the document; returns the paragraphs they took.</summary>
    public static HashSet<Paragraph> Find(IReadOnlyList<Paragraph> paragraphs, List<Candidate> output)
    {
        var taken = new HashSet<Paragraph>();
        Mention? speaker = null;
        // Under a label on its own line the turns are dash-led; a paragraph without the dash ends them.
        var dashTurns = false;
        var lastTurn = -1;
        // Named speakers of the transcript, for labels that give only their initials ("А.П.:").
        var named = new List<Mention>();
        Paragraph? narrative = null;
        var afterQuestion = false;
        Mention? answerer = null;
        foreach (var p in paragraphs)
        {
            switch (p.Block.Kind)
            {
                case BlockKind.Body:
                    break;
                // A short line opening with "- " looks like a list item to the segmenter; under a turn label it is a turn.
                case BlockKind.Boilerplate when dashTurns && speaker is not null && DashTurnStart(p) is not null && EndsWithSentenceMark(p.Text, p.Block.End):
                    break;
                // A labelled paragraph right after a turn is the last turn, cut off mid-sentence where the page ends;
                // a short question ("Вопрос: Когда откроют мост?") looks like a heading to the segmenter.
                case BlockKind.Boilerplate or BlockKind.Heading when lastTurn == p.Index - 1 && Label(p, true) is not null:
                    break;
                case BlockKind.Boilerplate:
                case BlockKind.Caption:
                    continue;
                default:
                    speaker = null;
                    continue;
            }
            var start = p.Block.Start;
            var turnSpeaker = speaker;
            // "(The briefing was concluded.)", "[Laughter]": a stage note of the transcriber, not speech.
            if (IsStageNote(p)) continue;
            if (HeadingLabel(p) is { } heading)
            {
                speaker = heading;
                dashTurns = true;
                continue;
            }
            if (Label(p, speaker is not null) is { } label)
            {
                // "A: …" answers for the one being questioned: the last named speaker of the transcript.
                var answer = label.Mention.Kind == MentionKind.Journalist && Vocabulary.IsAnswerLabel(label.Mention.Surface.ToLowerInvariant());
                if (answer && answerer is null) continue;
                speaker = turnSpeaker = answer ? answerer : ByInitials(label.Mention, named);
                if (speaker!.Kind == MentionKind.Name) answerer = speaker;
                start = label.TextStart;
                dashTurns = false;
            }
            else if (speaker is null && Interviewee(paragraphs, p, narrative) is { } interviewee)
            {
                speaker = interviewee;
                dashTurns = true;
            }
            if (speaker is null)
            {
                if (p.Block.Kind == BlockKind.Body) narrative = p;
                continue;
            }
            if (dashTurns && start == p.Block.Start)
            {
                if (DashTurnStart(p) is { } dashEnd)
                {
                    start = dashEnd;
                    // The reporters' questions sit between the answers without a label of their own.
                    afterQuestion = EndsWithQuestion(p.Text, p.Block.End);
                    if (afterQuestion) turnSpeaker = Journalist(p.Text, p.Block.Start, dashEnd);
                }
                else if (afterQuestion || p.Block.Kind != BlockKind.Body || HasCuedQuote(p))
                {
                    // An answer goes on over paragraphs without a dash; anything else is narration again.
                    speaker = null;
                    narrative = p;
                    continue;
                }
            }
            else if (!dashTurns && start == p.Block.Start && HasCuedQuote(p))
            {
                // The writer is quoting someone: narration has resumed, the transcript is over.
                speaker = null;
                continue;
            }
            var (s, e) = TextRange.TrimClause(p.Text, start, p.Block.End);
            if (e <= s) continue;
            // Keep the paragraph's own final punctuation: a transcript statement is the whole paragraph.
            e = p.Block.End;
            output.Add(new Candidate(s, e, StatementKind.Transcript, new Cue(turnSpeaker!, VerbFrame.That), SpeakerSource.Cue, p));
            taken.Add(p);
            lastTurn = p.Index;
        }
        return taken;
    }

    /// <summary>
    /// An interview printed as dash-led questions and answers under a lead that names who answers ("В интервью
    /// корреспонденту академик Петров рассказал о …"): a dash-led question followed by a dash-led answer opens
    /// it, and the answers belong to the subject of the lead's speech verb.
    /// </summary>
    private static Mention? Interviewee(IReadOnlyList<Paragraph> paragraphs, Paragraph p, Paragraph? lead)
    {
        if (lead is null || lead.Index != p.Index - 1 || DashTurnStart(p) is null || !EndsWithQuestion(p.Text, p.Block.End)) return null;
        if (p.Index + 1 >= paragraphs.Count || paragraphs[p.Index + 1] is not { } answer || DashTurnStart(answer) is null || EndsWithQuestion(answer.Text, answer.Block.End)) return null;
        // The subject stands before the verb, maybe with an adverbial between ("Анна Петрова в интервью журналу
        // «Вестник» рассказала"); the interviewer is named earlier, in the dative.
        var v = lead.LastSpeechVerbBefore(lead.Words.Count);
        if (v < 0) return null;
        var first = v - Vocabulary.SpeechVerbs.MatchEndingAt(lead.Words, v, out _) + 1;
        var subject = first > 0 ? Cues.Subject(lead.Text, lead.Words, first, lead.WordAt(lead.SentenceAt(lead.Words[first].Start).Start), lead.InQuote) : null;
        subject ??= MentionReader.StartingAt(lead.Text, lead.Words, v + 1);
        return subject is { Kind: MentionKind.Name } ? subject : null;
    }

    /// <summary>
    /// A label of initials only ("А.П.:") stands for the speaker labelled earlier whose name they abbreviate;
    /// other labels join the named speakers.
    /// </summary>
    private static Mention ByInitials(Mention label, List<Mention> named)
    {
        if (label.Kind != MentionKind.Name || label.NameWords.Count == 0) return label;
        if (!label.NameWords.All(w => w.Length == 1))
        {
            named.Add(label);
            return label;
        }
        for (var i = named.Count - 1; i >= 0; i--)
        {
            var full = Given(named[i].NameWords);
            if (full.Count != label.NameWords.Count) continue;
            var same = true;
            for (var k = 0; k < full.Count && same; k++) same = char.ToUpperInvariant(full[k][0]) == char.ToUpperInvariant(label.NameWords[k][0]);
            if (same) return label with { NameWords = named[i].NameWords };
        }
        return label;
    }

    /// <summary>The given name and surname of a full name: a Russian patronymic is not in the initials of a label.</summary>
    private static List<string> Given(IReadOnlyList<string> words) =>
        words.Count == 3 && IsPatronymic(words[1]) ? new List<string> { words[0], words[2] } : words.ToList();

    private static bool IsPatronymic(string word) =>
        word.EndsWith("вич", System.StringComparison.Ordinal) || word.EndsWith("вна", System.StringComparison.Ordinal) || word.EndsWith("ична", System.StringComparison.Ordinal);

    private static bool IsStageNote(Paragraph p)
    {
        var (s, e) = TextRange.TrimClause(p.Text, p.Block.Start, p.Block.End);
        e = p.Block.End;
        while (e > s && char.IsWhiteSpace(p.Text[e - 1])) e--;
        return e > s && ((p.Text[s] == '(' && p.Text[e - 1] == ')') || (p.Text[s] == '[' && p.Text[e - 1] == ']'));
    }

    private static bool HasCuedQuote(Paragraph p)
    {
        var quotes = new List<Candidate>();
        QuoteStatements.Find(p, quotes);
        return quotes.Exists(c => c.Cue is not null);
    }

    private static bool EndsWithSentenceMark(string text, int end)
    {
        var i = end - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i]) || QuoteSpans.IsQuoteMark(text[i]) || text[i] == ')')) i--;
        return text[i] is '.' or '!' or '?' or '…';
    }

    private static (Mention Mention, int TextStart)? Label(Paragraph p, bool inTranscript)
    {
        if (CapitalsLabel(p) is { } caps) return caps;
        var text = p.Text;
        // "Q Will the mayor sign it?": inside a transcript a bare "Q" before a capital labels a question.
        if (inTranscript && p.Block.Length > 3 && text[p.Block.Start] == 'Q' && text[p.Block.Start + 1] == ' ' && char.IsUpper(text[p.Block.Start + 2]))
        {
            return (new Mention(MentionKind.Journalist, p.Block.Start, p.Block.Start + 1, "Q", System.Array.Empty<string>(), null), p.Block.Start + 2);
        }
        var limit = System.Math.Min(p.Block.End, p.Block.Start + MaxLabelChars);
        var colon = -1;
        for (var i = p.Block.Start; i < limit; i++)
        {
            var c = text[i];
            if (c == ':') { colon = i; break; }
            // "Ж.Ларше (как переведено):": a note of the transcriber between the name and the colon.
            if (c is '(' or '[' && AsideEnd(text, i, limit) is { } close && close + 1 < limit && text[close + 1] == ':')
            {
                colon = close + 1;
                break;
            }
            // The full stop of an initial ("С.В.Лавров:") is part of a name.
            var initial = c == '.' && i > p.Block.Start && char.IsUpper(text[i - 1]) && (i - 1 == p.Block.Start || !char.IsLetter(text[i - 2]));
            if ((c is '.' && !initial) || c is '!' or '?' or ',' or ';' || QuoteSpans.IsQuoteMark(c)) return null;
        }
        if (colon < 0 || colon + 1 >= p.Block.End) return null;
        // A turn is spoken prose; "Name: words" without a closing full stop is a headline, unless turns came
        // before it: then it is the last turn, cut off where the page or the excerpt ends.
        if (!inTranscript && !EndsWithSentenceMark(text, p.Block.End)) return null;
        var last = p.WordAt(NameEnd(text, p.Block.Start, colon)) - 1;
        if (last < 0 || last >= MaxLabelWords) return null;
        var words = p.Words;
        if (last == 0 && (Vocabulary.IsJournalistLabel(words[0].Lower) || Vocabulary.IsAnswerLabel(words[0].Lower)))
        {
            return (new Mention(MentionKind.Journalist, words[0].Start, words[0].End, words[0].Text, System.Array.Empty<string>(), null), colon + 1);
        }
        if (last == 0 && Vocabulary.IsVoiceLabel(words[0].Lower))
        {
            // "Remark: …", "Реплика: …": someone in the room the transcript does not name.
            return (new Mention(MentionKind.Collective, words[0].Start, words[0].End, words[0].Text, System.Array.Empty<string>(), null), colon + 1);
        }
        if (MentionReader.EndingAt(text, words, last) is { Kind: MentionKind.Name } m && m.Start == words[0].Start)
        {
            return (m, colon + 1);
        }
        // "President of Russia: …": inside a transcript a role labels the turn of the person who holds it.
        if (inTranscript && MentionReader.EndingAt(text, words, last) is { Kind: MentionKind.Role } role && role.Start == words[0].Start)
        {
            return (role, colon + 1);
        }
        return null;
    }

    /// <summary>
    /// Official transcripts label turns with a courtesy title or rank and the surname in capitals
    /// ("MS. HOLT:", "DEPUTY MINISTER FERRIS:", "Г-Н ИВАНОВ:"), or with initials ("Д.ИВАНОВ:"), or with the
    /// full name and a note of who it is ("ИВАН ПЕТРОВ [директор завода]:"). A bare capitalized name would be
    /// a shouted headline. With a title or a rank the surname alone names the speaker, and the registry joins
    /// it to the full name the text introduced.
    /// </summary>
    private static (Mention Mention, int TextStart)? CapitalsLabel(Paragraph p)
    {
        var text = p.Text;
        var limit = System.Math.Min(p.Block.End, p.Block.Start + MaxLabelChars);
        var colon = text.IndexOf(':', p.Block.Start, limit - p.Block.Start);
        if (colon < 0 || colon + 1 >= p.Block.End) return null;
        var nameEnd = NameEnd(text, p.Block.Start, colon);
        var words = Word.In(text, p.Block.Start, nameEnd);
        if (words.Count < 2 || words.Count > MaxLabelWords) return null;
        for (var i = p.Block.Start; i < nameEnd; i++)
        {
            var c = text[i];
            if (char.IsLower(c) || !(char.IsLetter(c) || c is ' ' or '.' or '-')) return null;
        }
        var surname = words[words.Count - 1];
        if (surname.Text.Length < 2) return null;
        var titled = IsCourtesyTitle(words[0].Lower);
        var ranked = words.GetRange(0, words.Count - 1).Exists(w => RoleVocabulary.RoleConcept(w.Lower) is not null);
        string[] names;
        string? role = null;
        if (titled || ranked)
        {
            names = new[] { Cased(surname.Text) };
            if (!titled) role = Cased(text.Substring(words[0].Start, words[words.Count - 2].End - words[0].Start));
        }
        else if (IsInitial(text, words[0]) || (nameEnd < colon && char.IsLower(text[nameEnd + 1])))
        {
            names = words.Where(w => !IsInitial(text, w)).Select(w => Cased(w.Text)).ToArray();
        }
        else
        {
            return null;
        }
        var mention = new Mention(MentionKind.Name, words[0].Start, surname.End, text.Substring(p.Block.Start, colon - p.Block.Start).TrimEnd(), names, role);
        return (mention, colon + 1);
    }

    private static bool IsInitial(string text, Word w) => w.Text.Length == 1 && w.End < text.Length && text[w.End] == '.';

    /// <summary>
    /// "Иван Петров, главный тренер сборной:" alone on its line: the label of the dash-led turns below it.
    /// The name opens the line, a role may follow after a comma, and nothing follows the colon.
    /// </summary>
    private static Mention? HeadingLabel(Paragraph p)
    {
        var text = p.Text;
        var end = p.Block.End;
        while (end > p.Block.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - p.Block.Start > MaxHeadingChars || end <= p.Block.Start || text[end - 1] != ':' || p.Words.Count < 2) return null;
        var comma = text.IndexOf(',', p.Block.Start, end - p.Block.Start);
        var nameLast = p.WordAt(comma < 0 ? end - 1 : comma) - 1;
        if (nameLast < 0 || nameLast >= MaxLabelWords) return null;
        // "Иван Петров, глава района, сказал:" introduces a quotation, not turns.
        if (p.LastSpeechVerbBefore(p.Words.Count) > nameLast) return null;
        return MentionReader.EndingAt(text, p.Words, nameLast) is { Kind: MentionKind.Name } m && m.Start == p.Words[0].Start ? m : null;
    }

    /// <summary>How long a label on its own line may be, with the role after the name.</summary>
    private const int MaxHeadingChars = 160;

    /// <summary>Where the words of a dash-led turn begin, or null when the paragraph does not open with a dash.</summary>
    private static int? DashTurnStart(Paragraph p)
    {
        var text = p.Text;
        var i = p.Block.Start;
        while (i < p.Block.End && char.IsWhiteSpace(text[i])) i++;
        if (i + 1 >= p.Block.End || text[i] is not ('—' or '–' or '-') || !char.IsWhiteSpace(text[i + 1])) return null;
        return i + 1;
    }

    private static bool EndsWithQuestion(string text, int end)
    {
        var i = end - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i]) || QuoteSpans.IsQuoteMark(text[i]))) i--;
        return text[i] == '?';
    }

    private static Mention Journalist(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return new Mention(MentionKind.Journalist, start, start + 1, text.Substring(start, 1), System.Array.Empty<string>(), null);
    }

    /// <summary>The end of the name in a label: before a bracketed note that closes it ("Ж.Ларше (как переведено):").</summary>
    private static int NameEnd(string text, int start, int colon)
    {
        if (colon <= start) return colon;
        var j = colon - 1;
        while (j > start && char.IsWhiteSpace(text[j])) j--;
        var open = text[j] switch { ')' => '(', ']' => '[', _ => '\0' };
        if (open == '\0') return colon;
        var k = text.LastIndexOf(open, j, j - start + 1);
        return k > start ? k : colon;
    }

    /// <summary>The closing bracket of the note opened at <paramref name="open"/>, before <paramref name="limit"/>.</summary>
    private static int? AsideEnd(string text, int open, int limit)
    {
        var close = text[open] == '(' ? ')' : ']';
        var k = text.IndexOf(close, open + 1, limit - open - 1);
        return k < 0 ? null : k;
    }

    private static bool IsCourtesyTitle(string lower) => lower is "mr" or "ms" or "mrs" or "miss" or "dr" or "г-н" or "г-жа" or "господин" or "госпожа";

    private static string Cased(string capitals)
    {
        var chars = capitals.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || !char.IsLetter(chars[i - 1])) chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }
}
