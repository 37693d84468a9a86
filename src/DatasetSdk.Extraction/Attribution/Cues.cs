using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Speakers;

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
        var n = Vocabulary.SpeechVerbs.MatchAt(words, first, out var frame);
        if (n > 0)
        {
            return new Cue(MentionReader.StartingAt(text, words, SkipAdverbs(words, first + n, limit)), frame);
        }
        for (var v = first + 1; v < limit && v <= first + 8; v++)
        {
            n = Vocabulary.SpeechVerbs.MatchAt(words, v, out frame);
            if (n == 0) continue;
            var subject = MentionReader.EndingAt(text, words, SkipAdverbsBack(words, v - 1, first));
            if (subject is not null && subject.Start != words[MentionReader.SkipTitles(text, words, first)].Start) subject = null;
            // "RIA says Lavrova": an outlet in front, the person after the verb.
            var after = v + n < limit ? MentionReader.StartingAt(text, words, v + n) : null;
            if (after is { Kind: MentionKind.Name } && subject is null && AllCapitalized(words, first, v)) subject = after;
            // "…” and urged Nordic governments": words that are no speaker make no cue.
            if (subject is null && !AllCapitalized(words, first, v)) return null;
            return new Cue(subject, frame);
        }
        return null;
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
        Mention? near = null;
        // "Putin, speaking in Vladivostok, said": a comma before the verb closes an aside, not the subject.
        if (before >= sentenceFirst && (inQuote is null || !inQuote[before]) && !HasComma(text, words[before].End, words[verbStart].Start))
        {
            near = MentionReader.EndingAt(text, words, before);
        }
        Mention? opening = null;
        for (var k = sentenceFirst; k < verbStart && k < sentenceFirst + MaxSubjectDistance; k++)
        {
            if (inQuote is not null && inQuote[k]) continue;
            if (MentionReader.StartingAt(text, words, k) is { Kind: not MentionKind.GroupPronoun } found) { opening = found; break; }
        }
        // "Fishermen in Tromsø said": a lone name after a preposition is a place, not the subject.
        if (IsPlace(words, near, before, sentenceFirst)) near = null;
        if (near is null) return Apposition(text, words, opening, sentenceFirst, verbStart) ?? opening;
        // "Игорь Моргулов в интервью РИА Новости отметил": a lone capitalized word after other words is the
        // end of an adverbial, and the named person opening the sentence is the subject.
        var nearIsLoneWord = near.Kind == MentionKind.Name && near.NameWords.Count == 1 && near.Role is null && near.Start > words[sentenceFirst].Start
                             && !HasComma(text, near.Start - 2 < 0 ? 0 : near.Start - 2, near.Start);
        if (nearIsLoneWord && opening is { } o && o.Start < near.Start && (o.Kind is MentionKind.Role || o.NameWords.Count > 1 || o.Role is not null)) return opening;
        return near;
    }

    private static bool IsPlace(IReadOnlyList<Word> words, Mention? near, int before, int sentenceFirst) =>
        near is { Kind: MentionKind.Name, Role: null } && near.NameWords.Count == 1 && before > sentenceFirst && Locatives.Contains(words[before - 1].Lower);

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "from", "near", "в", "на", "из", "под" };

    private static bool HasComma(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',') return true;
        }
        return false;
    }

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
