using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// Russian word order lets circumstances of the speech stand between an inverted verb and its subject:
/// "…, сообщил в своём канале губернатор Олег Рябов", "Как заявил в беседе с корреспондентом «…» министр …,".
/// The verb is still the cue; its speaker is the first name (or, failing one, the first role or body) the
/// circumstance is followed by, within a few words and before any comma.
/// </summary>
internal static class Circumstance
{
    /// <summary>How many words a circumstance may take before the subject.</summary>
    private const int MaxWords = 10;

    private static readonly Lazy<PhraseSet<bool>> Openers = new(() =>
    {
        var set = new PhraseSet<bool>();
        foreach (var line in Lexicon.Load("circumstance-openers-ru.txt")) set.Add(line, true);
        return set;
    });

    /// <summary>True when word <paramref name="at"/> opens a circumstance ("в", "на", "вчера", "в ходе").</summary>
    public static bool OpensAt(IReadOnlyList<Word> words, int at) => Openers.Value.MatchAt(words, at, out _) > 0;

    /// <summary>
    /// The subject after the circumstance opening at word <paramref name="at"/>, accepted by
    /// <paramref name="endsCue"/>; null when none follows before a comma or <paramref name="limit"/>.
    /// </summary>
    public static Mention? SubjectAfter(Paragraph p, int at, int limit, Func<Mention, bool> endsCue)
    {
        if (!OpensAt(p.Words, at)) return null;
        var words = p.Words;
        var text = p.Text;
        Mention? other = null;
        var last = Math.Min(limit - 1, at + MaxWords);
        for (var k = at + 1; k <= last; k++)
        {
            if (HasClauseBreak(text, words[k - 1].End, words[k].Start)) break;
            // "в беседе с корреспондентом": whom the speaker talked with is not the speaker.
            if (words[k - 1].Lower is "с" or "со") continue;
            // The subject opens with its role or its name, never inside the circumstance ("в своём канале губернатор …").
            if (!words[k].IsCapitalized && !MentionReader.IsRoleWord(words[k])) continue;
            if (MentionReader.StartingAt(text, words, k) is not { } m || !endsCue(m)) continue;
            m = FromHead(p, k, m);
            if (m.Kind == MentionKind.Name) return m;
            other ??= m.Kind is MentionKind.Role or MentionKind.Organization ? m : null;
        }
        return other;
    }

    /// <summary>
    /// A modifier of the circumstance may run into the mention ("в среду министр …"): the mention starts at its
    /// first role head or name word.
    /// </summary>
    private static Mention FromHead(Paragraph p, int k, Mention m)
    {
        var words = p.Words;
        var end = p.WordAt(m.End);
        for (var j = k; j < end; j++)
        {
            if (!MentionReader.IsRoleHead(words[j]) && !MentionReader.IsNameWord(words[j])) continue;
            return j > k && MentionReader.StartingAt(p.Text, words, j) is { } shorter && shorter.End == m.End ? shorter : m;
        }
        return m;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            // "«Газеты.Ru»": a full stop inside a name is no sentence end.
            if (text[i] is ',' or ';' or ':' || (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))) return true;
        }
        return false;
    }
}
