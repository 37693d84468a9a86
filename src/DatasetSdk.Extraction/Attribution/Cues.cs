using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Speakers;

using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>A speech cue: the verb and who it says speaks (null when the cue names nobody readable).</summary>
internal sealed record Cue(Mention? Speaker, VerbFrame Frame);

/// <summary>Finds speech cues around quotations and reported clauses.</summary>
internal static class Cues
{
    /// <summary>How far into its sentence a subject is looked for when it is not next to its verb.</summary>
    private const int MaxSubjectDistance = 30;

    /// <summary>
    /// The cue right after a quotation, in either word order: "…," he said / "…," said the Russian minister /
    /// "…", - заявил он / "…," RIA says Lavrova. <paramref name="first"/> is the first word after the quote,
    /// <paramref name="limit"/> the first word not to look at.
    /// </summary>
    public static Cue? After(string text, IReadOnlyList<Word> words, int first, int limit)
    {
        if (first >= limit) return null;
        if (Quoting(text, words, first, limit) is { } quoted) return quoted;
        var n = Vocabulary.SpeechVerbs.MatchAt(words, first, out var frame);
        if (n > 0)
        {
            return new Cue(Inverted(text, words, SkipAdverbs(words, first + n, limit), limit), frame);
        }
        // A quote closed by a comma ("…,” Olsen said") hands over to its cue: a verb found there keeps the quote
        // even when the speaker phrase cannot be read.
        var handsOver = CommaBefore(text, words[first].Start);
        for (var v = first + 1; v < limit && v <= first + MaxAsideWords; v++)
        {
            n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
            if (n == 0) continue;
            var beforeVerb = SkipAdverbsBack(words, v - 1, first);
            var aside = beforeVerb >= first && HasComma(text, words[beforeVerb].End, words[v].Start);
            if (v > first + MaxPlainSubjectWords && !aside && !handsOver) continue;
            var subject = aside ? AsideSubject(text, words, first, beforeVerb) : MentionReader.EndingAt(text, words, beforeVerb);
            // "…,” it said": the body the text has been quoting; only here, where nothing else can be the speaker.
            if (subject is null && beforeVerb == first && Vocabulary.IsBodyPronoun(words[first].Lower))
            {
                subject = new Mention(MentionKind.BodyPronoun, words[first].Start, words[first].End, words[first].Text, Array.Empty<string>(), null);
            }
            if (subject is not null && !StartsSpeakerPhrase(text, words, first, subject) && !LedByDescription(text, words, first, subject)) subject = null;
            if (subject is null && !aside) subject = Description(text, words, first, beforeVerb);
            // "RIA says Lavrova": an outlet in front, the person after the verb.
            var after = v + n < limit ? MentionReader.StartingAt(text, words, v + n) : null;
            if (after is { Kind: MentionKind.Name } && subject is null && AllCapitalized(words, first, v)) subject = after;
            // "…” and urged Nordic governments": words that are no speaker make no cue.
            if (subject is null && !AllCapitalized(words, first, v)) return handsOver ? new Cue(null, frame) : null;
            return new Cue(subject, frame);
        }
        return null;
    }

    /// <summary>
    /// True when the mention opens the words after the quote, titles aside, or is a named body after only an
    /// article there: "…,” the Foreign Ministry said" reads the body without its "the".
    /// </summary>
    private static bool StartsSpeakerPhrase(string text, IReadOnlyList<Word> words, int first, Mention subject)
    {
        var lead = MentionReader.SkipTitles(text, words, first);
        if (subject.Start == words[lead].Start) return true;
        // A bare "the agency" stays a description for the attribution to resolve; a named body is the body.
        return subject.Kind == MentionKind.Organization && MentionReader.IsDeterminer(words[lead].Lower) && lead + 1 < words.Count && subject.Start == words[lead + 1].Start
               && words[lead + 1].IsCapitalized;
    }

    /// <summary>
    /// "«…», — цитирует Рябова агентство", "«…», — приводит пресс-служба слова Рябова": the outlet quoting is
    /// the subject, the person quoted the speaker. Null unless a quoting verb opens the cue and names a person.
    /// </summary>
    private static Cue? Quoting(string text, IReadOnlyList<Word> words, int first, int limit)
    {
        var verb = words[first].Lower;
        var cites = verb.StartsWith("цитиру", StringComparison.Ordinal) || verb.StartsWith("процитировал", StringComparison.Ordinal);
        var reports = verb is "приводит" or "приводят" or "привел" or "привёл" or "привела" or "привели";
        if (!cites && !reports) return null;
        var namesWords = false;
        for (var k = first + 1; k < limit && k <= first + MaxQuotingWords; k++)
        {
            if (words[k].Lower is "слова" or "высказывание") { namesWords = true; continue; }
            if (MentionReader.StartingAt(text, words, k) is not { Kind: MentionKind.Name } person) continue;
            return cites || namesWords ? new Cue(person, VerbFrame.That) : null;
        }
        return null;
    }

    /// <summary>How many words after a quoting verb the person quoted may stand: "цитирует агентство «Вестник» Анну Белкину".</summary>
    private const int MaxQuotingWords = 6;

    /// <summary>How far after a quote a verb is looked for when the words before it are a plain speaker phrase.</summary>
    private const int MaxPlainSubjectWords = 8;

    /// <summary>How far when a comma closes an aside before the verb ("…,” Ann Lee, a farmer near the river, said).</summary>
    private const int MaxAsideWords = 25;

    /// <summary>
    /// The speaker after a verb that follows its quote: "said the harbour master", or a description of someone
    /// the text has named ("says the laid-back local resident").
    /// </summary>
    private static Mention? Inverted(string text, IReadOnlyList<Word> words, int from, int limit) =>
        MentionReader.StartingAt(text, words, from) ?? Description(text, words, from, DescriptionEnd(text, words, from, limit));

    /// <summary>Most words a description of a person takes: "the laid-back local resident".</summary>
    private const int MaxDescriptionWords = 6;

    /// <summary>
    /// "said the laid-back Oslo resident", "the lanky, bespectacled professor said": a definite description
    /// of a person, words [<paramref name="first"/>, <paramref name="last"/>] opened by "the" and closed by
    /// a lowercase noun; null for anything else. Who it is the attribution decides.
    /// </summary>
    private static Mention? Description(string text, IReadOnlyList<Word> words, int first, int last)
    {
        if (last <= first || last - first >= MaxDescriptionWords || words[first].Lower != "the" || words[last].IsCapitalized) return null;
        for (var k = first + 1; k <= last; k++)
        {
            if (!char.IsLetter(words[k].Text[0]) || Vocabulary.SpeechVerbs.MatchAt(words, k, out _) > 0) return null;
            for (var i = words[k - 1].End; i < words[k].Start; i++)
            {
                if (!(char.IsWhiteSpace(text[i]) || text[i] == ',')) return null;
            }
        }
        var surface = text.Substring(words[first].Start, words[last].End - words[first].Start);
        return new Mention(MentionKind.Role, words[first].Start, words[last].End, surface, Array.Empty<string>(), surface.Substring(4));
    }

    /// <summary>The last word of a phrase after a verb: before the first comma or mark, or the sentence's end.</summary>
    private static int DescriptionEnd(string text, IReadOnlyList<Word> words, int from, int limit)
    {
        for (var k = from; k < limit && k < from + MaxDescriptionWords; k++)
        {
            if (k + 1 == limit || !OnlySpace(text, words[k].End, words[k + 1].Start)) return k;
        }
        return -1;
    }

    /// <summary>
    /// Who speaks when a comma closes an aside right before the verb: "Ann Lee, a farmer near the river, said"
    /// (the mention before the aside) or "a local farmer, Ann Lee, said" (a full name as the aside itself).
    /// <paramref name="last"/> is the last word before the closing comma.
    /// </summary>
    private static Mention? AsideSubject(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var opening = FirstMention(text, words, first, last);
        var apposed = MentionReader.EndingAt(text, words, last);
        var open = last - 1;
        while (open >= first && !HasComma(text, words[open].End, words[open + 1].Start)) open--;
        if (apposed is { Kind: MentionKind.Name } a && (a.NameWords.Count > 1 || a.Role is not null) && open >= first && a.Start > words[open].End
            && CapitalizedFrom(words, open + 1, a.Start)
            && opening is not { Kind: MentionKind.Name, NameWords.Count: > 1 })
        {
            return a;
        }
        if (opening is not null && opening.End < text.Length && text[opening.End] == ',') return opening;
        return null;
    }

    /// <summary>True when every word from <paramref name="from"/> up to the offset <paramref name="before"/> is capitalized ("Ohio Sen." before a name).</summary>
    private static bool CapitalizedFrom(IReadOnlyList<Word> words, int from, int before)
    {
        for (var k = from; k < words.Count && words[k].Start < before; k++)
        {
            if (!words[k].IsCapitalized) return false;
        }
        return true;
    }

    /// <summary>The first mention starting in [<paramref name="first"/>, <paramref name="last"/>], or null.</summary>
    private static Mention? FirstMention(string text, IReadOnlyList<Word> words, int first, int last)
    {
        for (var k = first; k <= last && k < first + MaxSubjectDistance; k++)
        {
            if (MentionReader.StartingAt(text, words, k) is { Kind: not MentionKind.GroupPronoun } found) return found;
        }
        return null;
    }

    /// <summary>
    /// "…,” Lakeside Trust volunteer coordinator Ann Hobbs said: words written straight before a named
    /// speaker, with no punctuation between, describe the speaker.
    /// </summary>
    private static bool LedByDescription(string text, IReadOnlyList<Word> words, int first, Mention subject)
    {
        if (subject.Kind != MentionKind.Name || subject.Start < words[first].Start) return false;
        for (var i = words[first].Start; i < subject.Start; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || char.IsWhiteSpace(text[i]) || text[i] is '-' or '\'' or '’' or '.')) return false;
        }
        return true;
    }

    /// <summary>True when a comma ends the text before <paramref name="offset"/>, closing marks and spaces aside.</summary>
    private static bool CommaBefore(string text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '”' or '“' or '’' or '»' or '\'') continue;
            return c == ',';
        }
        return false;
    }

    /// <summary>
    /// The cue ending just before a quotation or a reported clause: "Lavrov said: …", "He added, …".
    /// <paramref name="last"/> is the last word before it.
    /// </summary>
    public static Cue? Before(string text, IReadOnlyList<Word> words, int last, int floor)
    {
        for (var v = last; v >= floor && v >= last - 2; v--)
        {
            var n = Vocabulary.SpeechVerbs.MatchEndingAt(words, v, out var frame);
            if (n == 0) continue;
            var verbStart = v - n + 1;
            if (verbStart < floor) return null;
            // "Как заявил Лавров, «…»": the speaker after the verb, when none stands before it ("she told
            // Reuters:" names the listener).
            var subject = Subject(text, words, verbStart, floor);
            if (subject is null && v < last && MentionReader.StartingAt(text, words, v + 1) is { } inverted && inverted.End == words[last].End) return new Cue(inverted, frame);
            return new Cue(subject, frame);
        }
        return null;
    }

    /// <summary>
    /// Who speaks in a verb's sentence: the mention right before the verb ("Lavrov has also said"), else the
    /// first mention of the sentence, for verbs without their own subject ("…, добавив, что").
    /// </summary>
    public static Mention? Subject(string text, IReadOnlyList<Word> words, int verbStart, int sentenceFirst, bool[]? inQuote = null)
    {
        var before = SkipAdverbsBack(words, verbStart - 1, sentenceFirst);
        // "…by Lena Ortiz, who said", "…встретился Олег Рябов, который заявил": the relative pronoun stands for the
        // mention the comma closes.
        if (before > sentenceFirst && RelativePronouns.Contains(words[before].Lower) && HasComma(text, words[before - 1].End, words[before].Start)
            && (inQuote is null || !inQuote[before - 1])
            && MentionReader.EndingAt(text, words, before - 1) is { Kind: MentionKind.Name or MentionKind.Role } antecedent)
        {
            return antecedent;
        }
        Mention? near = null;
        // "Putin, speaking in Vladivostok, said": a comma before the verb closes an aside, not the subject.
        if (before >= sentenceFirst && (inQuote is null || !inQuote[before]) && !HasComma(text, words[before].End, words[verbStart].Start))
        {
            near = MentionReader.EndingAt(text, words, before);
        }
        Mention? opening = null;
        var openFrom = AfterFrontedClause(text, words, sentenceFirst, verbStart);
        for (var k = openFrom; k < verbStart && k < openFrom + MaxSubjectDistance; k++)
        {
            if (inQuote is not null && inQuote[k]) continue;
            if (MentionReader.StartingAt(text, words, k) is { Kind: not MentionKind.GroupPronoun } found) { opening = found; break; }
        }
        // "Fishermen in Tromsø said": a lone name after a preposition is a place, not the subject.
        if (IsPlace(words, near, before, sentenceFirst)) near = null;
        if (near is null)
        {
            var apposed = Apposition(text, words, opening, sentenceFirst, verbStart);
            if (apposed is not null) return apposed;
            var asideClosed = before >= sentenceFirst && HasComma(text, words[before].End, words[verbStart].Start);
            if (!asideClosed) return opening;
            if (AsideSubject(text, words, sentenceFirst, before) is { } named) return named;
            return BeforeAside(text, words, before, sentenceFirst, inQuote) ?? opening;
        }
        // "Игорь Моргулов в интервью РИА Новости отметил": a lone capitalized word after other words is the
        // end of an adverbial, and the named person opening the sentence is the subject.
        var nearIsLoneWord = near.Kind == MentionKind.Name && near.NameWords.Count == 1 && near.Role is null && near.Start > words[sentenceFirst].Start
                             && !HasComma(text, near.Start - 2 < 0 ? 0 : near.Start - 2, near.Start);
        if (nearIsLoneWord && opening is { } o && o.Start < near.Start && (o.Kind is MentionKind.Role || o.NameWords.Count > 1 || o.Role is not null)) return opening;
        return near;
    }

    /// <summary>
    /// "While investigators do not know who sent it, the agency said …": a fronted adverbial clause is not where
    /// the subject stands; the main clause opens after its comma. The sentence's first word when there is none.
    /// </summary>
    private static int AfterFrontedClause(string text, IReadOnlyList<Word> words, int sentenceFirst, int verbStart)
    {
        if (Vocabulary.Subordinators.MatchAt(words, sentenceFirst, out _) == 0 && words[sentenceFirst].Lower is not ("although" or "though" or "whereas" or "хотя")) return sentenceFirst;
        for (var k = sentenceFirst + 1; k < verbStart; k++)
        {
            if (HasComma(text, words[k - 1].End, words[k].Start)) return k;
        }
        return sentenceFirst;
    }

    /// <summary>
    /// "For his part, Olsen, who still runs the shop, said": the mention written just before the comma that opens
    /// the aside closed by the comma before the verb; <paramref name="last"/> is the aside's last word.
    /// </summary>
    private static Mention? BeforeAside(string text, IReadOnlyList<Word> words, int last, int sentenceFirst, bool[]? inQuote)
    {
        for (var k = last - 1; k >= sentenceFirst && k > last - MaxAsideWords; k--)
        {
            if (!HasComma(text, words[k].End, words[k + 1].Start)) continue;
            if (inQuote is not null && inQuote[k]) return null;
            return MentionReader.EndingAt(text, words, k) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Pronoun } m ? m : null;
        }
        return null;
    }

    private static bool IsPlace(IReadOnlyList<Word> words, Mention? near, int before, int sentenceFirst) =>
        near is { Kind: MentionKind.Name, Role: null } && near.NameWords.Count == 1 && before > sentenceFirst && Locatives.Contains(words[before - 1].Lower);

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "который", "которая", "которые" };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "from", "near", "в", "на", "из", "под" };

    /// <summary>The mention right before a verb (adverbs and asides aside), or null: a subject in its usual place.</summary>
    public static Mention? DirectSubject(string text, IReadOnlyList<Word> words, int verbStart, int sentenceFirst, bool[] inQuote)
    {
        var before = SkipAdverbsBack(words, verbStart - 1, sentenceFirst);
        if (before < sentenceFirst || inQuote[before]) return null;
        if (HasComma(text, words[before].End, words[verbStart].Start)) return Subject(text, words, verbStart, sentenceFirst, inQuote);
        var near = MentionReader.EndingAt(text, words, before);
        return IsPlace(words, near, before, sentenceFirst) ? Subject(text, words, verbStart, sentenceFirst, inQuote) : near;
    }

    /// <summary>
    /// "The ministry's spokeswoman, Yekaterina Lobova, said": a full name set off by commas names the person a
    /// weak opening (a role, a body, a lone word) describes.
    /// </summary>
    private static Mention? Apposition(string text, IReadOnlyList<Word> words, Mention? opening, int sentenceFirst, int verbStart)
    {
        if (opening is { Kind: MentionKind.Name } o && (o.NameWords.Count > 1 || o.Role is not null)) return null;
        if (opening is { Kind: MentionKind.Pronoun or MentionKind.Collective }) return null;
        for (var k = Math.Max(sentenceFirst, verbStart - MaxSubjectDistance); k < verbStart; k++)
        {
            if (k == 0 || (opening is not null && words[k].Start < opening.End) || !HasComma(text, words[k - 1].End, words[k].Start)) continue;
            if (MentionReader.StartingAt(text, words, k) is { Kind: MentionKind.Name } name && name.NameWords.Count > 1
                && name.End < text.Length && text[name.End] == ',')
            {
                return name;
            }
        }
        return null;
    }


    private static bool AllCapitalized(IReadOnlyList<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!words[k].IsCapitalized) return false;
        }
        return to > from;
    }

    private static int SkipAdverbs(IReadOnlyList<Word> words, int i, int limit)
    {
        while (i < limit)
        {
            var n = Vocabulary.CueAdverbs.MatchAt(words, i, out _);
            if (n == 0) break;
            i += n;
        }
        return i;
    }

    private static int SkipAdverbsBack(IReadOnlyList<Word> words, int i, int floor)
    {
        while (i >= floor)
        {
            var n = Vocabulary.CueAdverbs.MatchEndingAt(words, i, out _);
            if (n == 0) break;
            i -= n;
        }
        return i;
    }
}
