using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// Reads a speaker mention next to a speech verb: ending just before it ("the Russian foreign minister
/// stressed") or starting just after it ("said the Russian minister", "- заявил он").
/// </summary>
internal static class MentionReader
{
    private const int MaxWords = 9;

    /// <summary>The mention whose last word is <paramref name="last"/>, or null.</summary>
    public static Mention? EndingAt(string text, IReadOnlyList<Word> words, int last)
    {
        if (last < 0 || last >= words.Count) return null;
        var collective = Vocabulary.Collectives.MatchEndingAt(words, last, out _);
        if (collective > 0) return Make(MentionKind.Collective, text, words, last - collective + 1, last, Array.Empty<string>(), null);
        if (Vocabulary.IsPronoun(words[last].Lower, out var group))
        {
            return Make(group ? MentionKind.GroupPronoun : MentionKind.Pronoun, text, words, last, last, Array.Empty<string>(), null);
        }
        var first = last;
        while (first > 0 && last - first < MaxWords && Joined(text, words[first - 1], words[first]) && IsChainWord(text, words, first - 1, first - 1 == 0 ? -1 : first - 2))
        {
            first--;
            // "Governor of the Arkhangelsk Region": a determiner after "of" is inside the role.
            if (IsDeterminer(words[first].Lower) && !(first > 0 && words[first - 1].Lower == "of")) break;
        }
        return FromChain(text, words, first, last);
    }

    /// <summary>The mention whose first word is <paramref name="first"/>, or null.</summary>
    public static Mention? StartingAt(string text, IReadOnlyList<Word> words, int first)
    {
        if (first < 0 || first >= words.Count) return null;
        var collective = Vocabulary.Collectives.MatchAt(words, first, out _);
        if (collective > 0) return Make(MentionKind.Collective, text, words, first, first + collective - 1, Array.Empty<string>(), null);
        if (Vocabulary.IsPronoun(words[first].Lower, out var group))
        {
            return Make(group ? MentionKind.GroupPronoun : MentionKind.Pronoun, text, words, first, first, Array.Empty<string>(), null);
        }
        if (!IsDeterminer(words[first].Lower) && !IsChainWord(text, words, first, first - 1)) return null;
        var last = first;
        while (last + 1 < words.Count && last - first < MaxWords && Joined(text, words[last], words[last + 1])
               && !IsDeterminer(words[last + 1].Lower) && IsChainWord(text, words, last + 1, last))
        {
            last++;
        }
        // A chain must end on a name or a role head: "the Russian minister", not "the Russian"; a body keeps
        // what qualifies it ("Министерство обороны").
        var body = false;
        for (var k = first; k <= last && !body; k++) body = Vocabulary.IsOrganization(words[k].Lower);
        while (!body && last > first && !IsNameWord(words[last]) && !IsRoleHead(words[last])) last--;
        return FromChain(text, words, first, last);
    }

    /// <summary>Splits a chain of role words and name words into its role part and its name part.</summary>
    private static Mention? FromChain(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var nameStart = last + 1;
        while (nameStart - 1 >= first && (IsNameWord(words[nameStart - 1]) || IsInitialWithDot(text, words[nameStart - 1]))) nameStart--;
        // "Putin’s spokesman Dmitry Peskov": the possessive belongs to the role, not the name.
        if (nameStart <= last && IsPossessive(words[nameStart].Text)) nameStart = last + 1;
        // "Foreign Minister of Norway Ingrid Berg": the word after "of" is the place of the role.
        if (last - nameStart >= 2 && nameStart > first && words[nameStart - 1].Lower == "of") nameStart++;
        var nameWords = new List<string>();
        for (var k = nameStart; k <= last; k++) nameWords.Add(words[k].Text);
        var roleStart = first;
        while (roleStart < nameStart && IsDeterminer(words[roleStart].Lower)) roleStart++;
        string? role = null;
        var hasHead = false;
        for (var k = roleStart; k < nameStart; k++) hasHead |= IsRoleHead(words[k]);
        if (hasHead) role = text.Substring(words[roleStart].Start, words[nameStart - 1].End - words[roleStart].Start);
        if (nameWords.Count > 0)
        {
            if (nameWords.Count > 4) return null;
            // "The Finnish road association": a lone capitalized word after "the" is a modifier, not a person.
            if (nameWords.Count == 1 && role is null && nameStart > 0 && IsDeterminer(words[nameStart - 1].Lower)) return null;
            var start = role is null ? nameStart : first;
            return Make(MentionKind.Name, text, words, start, last, nameWords, role);
        }
        if (role is null && IsBody(words, roleStart, last))
        {
            // "Russia's Foreign Ministry said": the body itself speaks ("представитель Кремля" is a role).
            return Make(MentionKind.Organization, text, words, roleStart, last, nameWords, null);
        }
        return role is null ? null : Make(MentionKind.Role, text, words, first, last, nameWords, role);
    }

    /// <summary>A chain naming a body: a body noun with no role head before it.</summary>
    private static bool IsBody(IReadOnlyList<Word> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsRoleHead(words[k])) return false;
            if (Vocabulary.IsOrganization(words[k].Lower)) return true;
        }
        return false;
    }

    private static Mention Make(MentionKind kind, string text, IReadOnlyList<Word> words, int first, int last, IReadOnlyList<string> nameWords, string? role) =>
        new(kind, words[first].Start, words[last].End, text.Substring(words[first].Start, words[last].End - words[first].Start), nameWords, role);

    /// <summary>
    /// Only white space between two words: a mention never crosses punctuation, except the full stop of an
    /// initial ("S. Lavrov", "С.В.Лавров").
    /// </summary>
    private static bool Joined(string text, Word left, Word right)
    {
        var initial = IsInitial(left);
        for (var i = left.End; i < right.Start; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (text[i] == '.' && initial && i == left.End) continue;
            return false;
        }
        return true;
    }

    private static bool IsInitial(Word w) => w.Text.Length == 1 && char.IsUpper(w.Text[0]);

    private static bool IsInitialWithDot(string text, Word w) => IsInitial(w) && w.End < text.Length && text[w.End] == '.';

    private static bool IsChainWord(string text, IReadOnlyList<Word> words, int index, int before)
    {
        var w = words[index];
        if (IsNameWord(w) || IsInitialWithDot(text, w) || IsRoleWord(w) || IsDeterminer(w.Lower) || Vocabulary.IsOrganization(w.Lower)) return true;
        if (IsPlaceGenitive(w)) return true;
        // "Prime Minister of Japan Naoto Kan"
        return w.Lower == "of" && before >= 0 && IsRoleWord(words[before]);
    }

    public static bool IsDeterminer(string lower) => lower is "the" or "a" or "an";

    public static bool IsRoleWord(Word w) => RoleVocabulary.RoleConcept(w.Text) is not null || RoleVocabulary.Country(w.Text) is not null
        || RoleVocabulary.IsModifier(w.Text);

    public static bool IsRoleHead(Word w) => RoleVocabulary.RoleConcept(w.Text) is { } c && RoleVocabulary.IsHead(c);

    /// <summary>A capitalized word that can be part of a person's name.</summary>
    public static bool IsNameWord(Word w)
    {
        if (!w.IsCapitalized || IsRoleWord(w) || Vocabulary.IsNameStopword(w.Lower) || Vocabulary.IsOrganization(w.Lower)) return false;
        if (Vocabulary.IsPronoun(w.Lower, out _) || char.IsDigit(w.Text[0])) return false;
        if (IsPlaceGenitive(w)) return false;
        // All-capital words are acronyms of outlets and bodies (RIA, TASS, UN), not names.
        var upper = 0;
        foreach (var c in w.Text) if (char.IsUpper(c)) upper++;
        return !(w.Text.Length > 1 && upper == w.Text.Length);
    }

    /// <summary>"Норвегии", "Финляндии": the genitive of a country in -ия, part of a role, not of a name.</summary>
    private static bool IsPlaceGenitive(Word w) => w.IsCapitalized && w.Text.EndsWith("ии", StringComparison.Ordinal);

    public static bool IsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);
}
