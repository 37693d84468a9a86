using System.Collections.Generic;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>A speech cue: the verb and who it says speaks (null when the cue names nobody readable).</summary>
internal sealed record Cue(Mention? Speaker, VerbFrame Frame);

/// <summary>Finds speech cues around quotations and reported clauses.</summary>
internal static class Cues
{
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
            if (subject is not null && subject.Start != words[first].Start) subject = null;
            // "RIA says Lavrova": an outlet in front, the person after the verb.
            var after = v + n < limit ? MentionReader.StartingAt(text, words, v + n) : null;
            if (after is { Kind: MentionKind.Name } && (subject is null || !IsPersonLike(subject))) subject = after;
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
            // "Как заявил Лавров, «…»": the speaker after the verb.
            if (v < last && MentionReader.StartingAt(text, words, v + 1) is { } inverted && inverted.End == words[last].End) return new Cue(inverted, frame);
            return new Cue(Subject(text, words, verbStart, floor), frame);
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
        if (before >= sentenceFirst && (inQuote is null || !inQuote[before]) && MentionReader.EndingAt(text, words, before) is { } m) return m;
        for (var k = sentenceFirst; k < verbStart; k++)
        {
            if (inQuote is not null && inQuote[k]) continue;
            if (MentionReader.StartingAt(text, words, k) is { Kind: not MentionKind.GroupPronoun } found) return found;
        }
        return null;
    }

    /// <summary>The mention right before a verb (adverbs aside), or null: a subject in its usual place.</summary>
    public static Mention? DirectSubject(string text, IReadOnlyList<Word> words, int verbStart, int sentenceFirst, bool[] inQuote)
    {
        var before = SkipAdverbsBack(words, verbStart - 1, sentenceFirst);
        return before >= sentenceFirst && !inQuote[before] ? MentionReader.EndingAt(text, words, before) : null;
    }

    private static bool IsPersonLike(Mention m) => m.Kind is not MentionKind.Name || m.Role is not null || m.NameWords.Count > 1;

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
