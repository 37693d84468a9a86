using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Speakers;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>
/// Reads a speaker mention next to a speech verb: ending just before it ("the Russian foreign minister
/// stressed") or starting just after it ("said the Russian minister", "- заявил он").
/// </summary>
internal static class MentionReader
{
    private const int MaxWords = 9;

    /// <summary>The mention whose last word is <paramref name="last"/>, or null.</summary>
    public static Mention? EndingAt(string text, IReadOnlyList<Word> words, int last) => EndingAt(text, words, last, true);

    /// <summary>
    /// <paramref name="affiliation"/> allows reading "X of Y" as X: one level only, so that a long run of
    /// "of" phrases costs linear time.
    /// </summary>
    private static Mention? EndingAt(string text, IReadOnlyList<Word> words, int last, bool affiliation)
    {
        if (last < 0 || last >= words.Count) return null;
        var collective = Vocabulary.Collectives.MatchEndingAt(words, last, out _);
        if (collective > 0) return Make(MentionKind.Collective, text, words, last - collective + 1, last, Array.Empty<string>(), null);
        if (Vocabulary.IsPronoun(words[last].Lower, out var group))
        {
            return Make(group ? MentionKind.GroupPronoun : MentionKind.Pronoun, text, words, last, last, Array.Empty<string>(), null);
        }
        // "negotiators said", "Environmental groups warned", "рыбаки заявили": people known by what they do, together.
        if (IsPluralAgent(text, words, last))
        {
            var start = last;
            while (start > 0 && last - start < 3 && Joined(text, words[start - 1], words[start]) && ModifiesBackwards(words, start - 1)) start--;
            if (start > 0 && Joined(text, words[start - 1], words[start]) && words[start - 1].IsCapitalized && IsSentenceInitial(text, words, start - 1)
                && !Vocabulary.IsNameStopword(words[start - 1].Lower))
            {
                start--;
            }
            if (start > 0 && Joined(text, words[start - 1], words[start]) && IsDeterminer(words[start - 1].Lower)) start--;
            return Make(MentionKind.Collective, text, words, start, last, Array.Empty<string>(), null);
        }
        // "the road transport association SKAL": a body followed by its acronym.
        if (IsAcronym(words[last]) && last > 0 && Joined(text, words[last - 1], words[last]) && Vocabulary.IsOrganization(words[last - 1].Lower)
            && EndingAt(text, words, last - 1, false) is { Kind: MentionKind.Organization } body)
        {
            return body with { End = words[last].End, Surface = text.Substring(body.Start, words[last].End - body.Start) };
        }
        var first = last;
        while (first > 0 && last - first < MaxWords && Joined(text, words[first - 1], words[first]) && IsChainWord(text, words, first - 1, first - 1 == 0 ? -1 : first - 2))
        {
            first--;
            // "Governor of the Arkhangelsk Region": a determiner after "of" is inside the role.
            if (IsArticle(text, words[first]) && !(first > 0 && words[first - 1].Lower == "of")) break;
        }
        var chain = FromChain(text, words, first, last);
        if (affiliation && chain is { Kind: MentionKind.Name or MentionKind.Organization } && Affiliated(text, words, chain) is { } person) return person;
        if (chain is { Kind: MentionKind.Name } && NamedOf(text, words, chain) is { } namedBody)
        {
            // "a spokesman for the Bank of Northwind said": the body is where the speaker works.
            return ComplementOwner(text, words, namedBody.Start) is var worksAt and >= 0 ? RolePhrase(text, words, worksAt, last) : namedBody;
        }
        if (chain is { Kind: MentionKind.Name, Role: null } && chain.Start == words[first].Start && first > 0 && Joined(text, words[first - 1], words[first]))
        {
            // "harbour master Ellen Marsh": lowercase role words written straight before the name.
            var roleStart = LowercaseRoleStart(text, words, first - 1);
            if (roleStart >= 0)
            {
                // "Local resident Mary Olsen": the capital opening the sentence belongs to the lowercase role after it.
                var k = roleStart - 1;
                if (k >= 0 && !IsDeterminer(words[roleStart].Lower) && words[k].IsCapitalized && (IsSentenceInitial(text, words, k) || !IsNameWord(words[k - 1]) || !Joined(text, words[k - 1], words[k]))
                    && !Vocabulary.IsNameStopword(words[k].Lower) && Joined(text, words[k], words[roleStart]))
                {
                    roleStart = k;
                }
                return WithRole(text, words, chain, roleStart, first - 1);
            }
        }
        if (chain is { Kind: MentionKind.Name, Role: not null } && IndexAt(words, chain.Start) is var rs && rs > 0 && !words[rs].IsCapitalized
            && !IsDeterminer(words[rs].Lower) && Joined(text, words[rs - 1], words[rs]) && IsLowercaseContentWord(words[rs - 1]))
        {
            // "fire chief Miguel Torres": lowercase words before a lowercase role belong to it.
            var s = rs;
            while (s > 0 && rs - s < 3 && Joined(text, words[s - 1], words[s]) && ModifiesBackwards(words, s - 1)) s--;
            return WithRole(text, words, chain, s, IndexAt(words, chain.End) - chain.NameWords.Count - 1);
        }
        if (chain is { Kind: MentionKind.Role or MentionKind.Organization } && chain.Start == words[first].Start && first > 0 && !IsDeterminer(words[first].Lower)
            && Joined(text, words[first - 1], words[first]) && (IsLowercaseContentWord(words[first - 1]) || IsDeterminer(words[first - 1].Lower)))
        {
            // "a police spokesman", "the coast guard": lowercase words and a determiner before a role or a body.
            var s = first;
            while (s > 0 && first - s < 3 && Joined(text, words[s - 1], words[s]) && ModifiesBackwards(words, s - 1)) s--;
            if (s > 0 && Joined(text, words[s - 1], words[s]) && IsDeterminer(words[s - 1].Lower)) s--;
            return chain.Kind == MentionKind.Role ? RolePhrase(text, words, s, last) : Make(MentionKind.Organization, text, words, s, last, Array.Empty<string>(), null);
        }
        if (chain is null && !words[last].IsCapitalized)
        {
            // "the harbour master said": an unnamed person known by what they do.
            var roleStart = LowercaseRoleStart(text, words, last);
            if (roleStart >= 0) return RolePhrase(text, words, roleStart, last);
        }
        if (chain is { Kind: MentionKind.Organization or MentionKind.Role } && ComplementOwner(text, words, chain.Start) is var owner and >= 0)
        {
            // "a spokeswoman for the ministry said": the body is where the speaker works, not the speaker.
            return RolePhrase(text, words, owner, last);
        }
        return chain;
    }

    /// <summary>
    /// "Analyst Jonas Ek of Baltic Securities said": a name or body after "of"/"at"/"from" is where the person
    /// named before it works; the person is the mention, spanning both.
    /// </summary>
    private static Mention? Affiliated(string text, IReadOnlyList<Word> words, Mention place)
    {
        var k = IndexAt(words, place.Start) - 1;
        if (k >= 0 && IsDeterminer(words[k].Lower)) k--;
        if (k < 2 || words[k].Lower is not ("of" or "at" or "from") || !Joined(text, words[k], words[k + 1]) || !Joined(text, words[k - 1], words[k])) return null;
        if (!IsNameWord(words[k - 1])) return null;
        if (EndingAt(text, words, k - 1, false) is not { Kind: MentionKind.Name } person || (person.NameWords.Count < 2 && person.Role is null)) return null;
        return person with { End = place.End, Surface = text.Substring(person.Start, place.End - person.Start) };
    }

    /// <summary>
    /// "the Bank of Northwind", "the University of Lakeside": a capitalized word that is no person's name joined
    /// to a name by "of" makes one name of a body; the name after "of" alone is a place, not the speaker.
    /// </summary>
    private static Mention? NamedOf(string text, IReadOnlyList<Word> words, Mention place)
    {
        var k = IndexAt(words, place.Start) - 1;
        if (k < 1 || words[k].Lower != "of" || !Joined(text, words[k], words[k + 1]) || !Joined(text, words[k - 1], words[k])) return null;
        var head = k - 1;
        if (!words[head].IsCapitalized || IsRoleWord(words[head]) || !IsNameWord(words[head])) return null;
        var start = head;
        if (start > 0 && Joined(text, words[start - 1], words[start]) && IsDeterminer(words[start - 1].Lower)) start--;
        // "Maria Brums of Northwind": two name words before "of" are a person, read by Affiliated.
        else if (start > 0 && Joined(text, words[start - 1], words[start]) && IsNameWord(words[start - 1]) && !IsSentenceInitial(text, words, start - 1)) return null;
        return Make(MentionKind.Organization, text, words, start, IndexAt(words, place.End) - 1, Array.Empty<string>(), null);
    }

    /// <summary>
    /// The first word of lowercase role words ending at <paramref name="head"/> ("city council member",
    /// "senior economist"), a determiner before them included; -1 when the head is no agent noun.
    /// </summary>
    private static int LowercaseRoleStart(string text, IReadOnlyList<Word> words, int head)
    {
        if (head < 0 || !IsLowercaseContentWord(words[head]) || !IsAgent(words[head])) return -1;
        var start = head;
        while (start > 0 && head - start < 3 && Joined(text, words[start - 1], words[start]) && ModifiesBackwards(words, start - 1)) start--;
        if (start > 0 && Joined(text, words[start - 1], words[start]) && IsDeterminer(words[start - 1].Lower)) start--;
        return start;
    }

    /// <summary>
    /// Where the role phrase owning a complement starts ("a source [in the government]", "представитель
    /// [ведомства]"), given the complement's first word; -1 when no role phrase is there.
    /// </summary>
    private static int ComplementOwner(string text, IReadOnlyList<Word> words, int complementStart)
    {
        var k = IndexAt(words, complementStart) - 1;
        if (k >= 0 && IsDeterminer(words[k].Lower)) k--;
        if (k < 1 || !IsComplementPreposition(words[k].Lower) || !Joined(text, words[k], words[k + 1]) || !Joined(text, words[k - 1], words[k])) return -1;
        var head = k - 1;
        // "Источник в правительстве сообщил": a role head opening its sentence is capitalized there.
        if (IsRoleHead(words[head]) && (!words[head].IsCapitalized || IsSentenceInitial(text, words, head)) || IsRoleHead(words[head]) && head > 0 && IsDeterminer(words[head - 1].Lower))
        {
            var start = head;
            while (start > 0 && Joined(text, words[start - 1], words[start]) && (IsRoleWord(words[start - 1]) && !IsNameWord(words[start - 1]) || ModifiesBackwards(words, start - 1)) && head - start < 3) start--;
            if (start > 0 && Joined(text, words[start - 1], words[start]) && IsDeterminer(words[start - 1].Lower)) start--;
            return start;
        }
        return LowercaseRoleStart(text, words, head);
    }

    private static int IndexAt(IReadOnlyList<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool IsComplementPreposition(string lower) => lower is "of" or "for" or "at" or "in" or "from" or "в" or "из";

    /// <summary>True when word <paramref name="k"/> opens its paragraph or sentence, where any word is capitalized.</summary>
    private static bool IsSentenceInitial(string text, IReadOnlyList<Word> words, int k)
    {
        if (k < 0) return false;
        if (k == 0) return true;
        for (var i = words[k - 1].End; i < words[k].Start; i++)
        {
            if (text[i] == '.' && SentenceSplitter.IsAbbreviationStop(text, i)) continue;
            if (text[i] is '.' or '!' or '?' or '\n' or '"' or '“' or '«') return true;
        }
        return false;
    }

    private static bool IsCyrillicWord(Word w) => w.Text[0] >= '\u0400' && w.Text[0] <= '\u04FF';

    private static bool LooksGenitive(string lower)
    {
        foreach (var ending in GenitiveEndings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] GenitiveEndings = { "а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой" };

    /// <summary>A role without a name: surface and role are the phrase, its leading determiner kept only in the surface.</summary>
    private static Mention RolePhrase(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var roleStart = IsDeterminer(words[first].Lower) ? first + 1 : first;
        var role = Balanced(text, words[roleStart].Start, words[last].End);
        return Make(MentionKind.Role, text, words, first, last, Array.Empty<string>(), role);
    }

    private static Mention WithRole(string text, IReadOnlyList<Word> words, Mention name, int first, int roleLast)
    {
        var roleStart = IsDeterminer(words[first].Lower) ? first + 1 : first;
        var role = Balanced(text, words[roleStart].Start, words[roleLast].End);
        return new Mention(MentionKind.Name, words[first].Start, name.End, text.Substring(words[first].Start, name.End - words[first].Start), name.NameWords, role);
    }

    /// <summary>A lowercase word that can stand in a noun phrase: no function word, time word or speech verb.</summary>
    private static bool IsLowercaseContentWord(Word w)
    {
        if (w.IsCapitalized || !char.IsLetter(w.Text[0]) || Vocabulary.IsNameStopword(w.Lower) || IsDeterminer(w.Lower)) return false;
        if (Vocabulary.IsPronoun(w.Lower, out _) || NotAgents.Contains(w.Lower)) return false;
        var single = new[] { w };
        return Vocabulary.SpeechVerbs.MatchAt(single, 0, out _) == 0 && Vocabulary.CueAdverbs.MatchAt(single, 0, out _) == 0
               && !w.Lower.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Function words that end like agent nouns.</summary>
    private static readonly HashSet<string> NotAgents = new(StringComparer.Ordinal)
    {
        "other", "another", "former", "latter", "either", "neither", "whether", "rather", "further", "together", "however", "never", "ever", "over", "under", "after",
    };

    private static bool IsAgent(Word w) => RoleVocabulary.LooksLikeAgent(w.Text);

    /// <summary>
    /// A capitalized agent noun heading a name. Given names end in -er and -or too ("Peter", "Victor"), so
    /// those endings count only on longer words ("Forecaster", "Director").
    /// </summary>
    private static bool IsCapitalizedTitle(Word w)
    {
        if (!IsAgent(w) || w.Text.Length < 6) return false;
        var lower = w.Lower;
        return !(lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("or", StringComparison.Ordinal)) || w.Text.Length >= 7;
    }

    /// <summary>The mention whose first word is <paramref name="first"/>, or null.</summary>
    public static Mention? StartingAt(string text, IReadOnlyList<Word> words, int first)
    {
        first = SkipTitles(text, words, first);
        if (first < 0 || first >= words.Count) return null;
        var collective = Vocabulary.Collectives.MatchAt(words, first, out _);
        if (collective > 0) return Make(MentionKind.Collective, text, words, first, first + collective - 1, Array.Empty<string>(), null);
        // "his ministry said": the body of the person the possessive stands for.
        if (IsPossessivePronoun(words[first].Lower) && first + 1 < words.Count && Joined(text, words[first], words[first + 1])
            && !words[first + 1].IsCapitalized && Vocabulary.IsOrganization(words[first + 1].Lower))
        {
            return Make(MentionKind.Organization, text, words, first, first + 1, Array.Empty<string>(), null);
        }
        if (Vocabulary.IsPronoun(words[first].Lower, out var group))
        {
            // "собеседник агентства", "собеседница РБК": the outlet spoken to belongs to the back-reference.
            var pronounEnd = first;
            if (words[first].Lower.StartsWith("собеседни", StringComparison.Ordinal) && first + 1 < words.Count && Joined(text, words[first], words[first + 1])
                && (OutletNouns.Contains(words[first + 1].Lower) || IsAcronym(words[first + 1])))
            {
                pronounEnd = first + 1;
            }
            return Make(group ? MentionKind.GroupPronoun : MentionKind.Pronoun, text, words, first, pronounEnd, Array.Empty<string>(), null);
        }
        if (PluralAgentFrom(text, words, first) is { } people) return people;
        // "сообщили в пресс-службе компании", "пояснили в мэрии": the body where it was said speaks.
        if (words[first].Lower is "в" or "во" && first + 1 < words.Count && Joined(text, words[first], words[first + 1]) && Vocabulary.IsOrganization(words[first + 1].Lower))
        {
            var end = first + 1;
            while (end + 1 < words.Count && end - first < 3 && Joined(text, words[end], words[end + 1]) && !Vocabulary.IsNameStopword(words[end + 1].Lower)
                   && (Vocabulary.IsOrganization(words[end + 1].Lower) || words[end + 1].IsCapitalized || LooksGenitive(words[end + 1].Lower) && IsLowercaseContentWord(words[end + 1])))
            {
                end++;
            }
            return Make(MentionKind.Organization, text, words, first + 1, end, Array.Empty<string>(), null);
        }
        if (!IsDeterminer(words[first].Lower) && !IsChainWord(text, words, first, first - 1))
        {
            // "сказал высокопоставленный норвежский чиновник": an unnamed role after the verb.
            return LowercaseRoleAndName(text, words, first) ?? (IsLowercaseContentWord(words[first]) ? ForwardRole(text, words, first, null) : null);
        }
        var last = first;
        while (last + 1 < words.Count && last - first < MaxWords && Joined(text, words[last], words[last + 1])
               && !IsArticle(text, words[last + 1]) && IsChainWord(text, words, last + 1, last))
        {
            last++;
        }
        // A chain must end on a name or a role head: "the Russian minister", not "the Russian"; a body keeps
        // what qualifies it ("Министерство обороны").
        var body = false;
        for (var k = first; k <= last && !body; k++) body = Vocabulary.IsOrganization(words[k].Lower);
        while (!body && last > first && !IsNameWord(words[last]) && !IsRoleHead(words[last])) last--;
        var chain = FromChain(text, words, first, last);
        if (chain is null || chain.Kind == MentionKind.Role)
        {
            return LowercaseRoleAndName(text, words, first) ?? ForwardRole(text, words, first, chain) ?? chain;
        }
        // "Local resident Mary Olsen", "said Greenpeace campaigner Tom Ness": a lone capital before lowercase role
        // words and a name qualifies the role.
        if (chain is { Kind: MentionKind.Name, Role: null } && chain.NameWords.Count == 1
            && first + 1 < words.Count && Joined(text, words[first], words[first + 1]) && LowercaseRoleAndName(text, words, first + 1) is { } named)
        {
            var nameFirst = IndexAt(words, named.End) - named.NameWords.Count;
            return WithRole(text, words, named, first, nameFirst - 1);
        }
        return chain;
    }

    /// <summary>
    /// "said the harbour master", "said a spokeswoman for the ministry", "сообщил источник в правительстве":
    /// lowercase words up to an agent noun, with what the role belongs to; <paramref name="chain"/> is the role
    /// chain read from the same word, if any.
    /// </summary>
    private static Mention? ForwardRole(string text, IReadOnlyList<Word> words, int first, Mention? chain)
    {
        var head = first;
        if (IsDeterminer(words[head].Lower)) head++;
        if (head >= words.Count || (head > first && !Joined(text, words[first], words[head]))) return null;
        // The last agent noun of the run is the head: "senior" ends like an agent, "senior economist" is one.
        var end = -1;
        for (var k = head; k < words.Count && k - head < 4 && (k == head || Joined(text, words[k - 1], words[k])); k++)
        {
            if (IsLowercaseContentWord(words[k]))
            {
                if (IsAgent(words[k])) end = k;
                continue;
            }
            // "a senior Norwegian official": a country adjective inside the role.
            if (RoleVocabulary.Country(words[k].Text) is not null && !IsRoleHead(words[k])) continue;
            if (IsRoleHead(words[k]) && chain is not null) end = k;
            break;
        }
        if (end < 0) return null;
        if (chain is not null && chain.End > words[end].End) return WithComplement(text, words, chain, first, IndexAt(words, chain.End) - 1);
        return WithComplement(text, words, RolePhrase(text, words, first, end), first, end);
    }

    /// <summary>
    /// "Jane Roe, a senior economist at Nordic Bank, said", "Иван Петров, экономист банка, сказал": a role set
    /// off by commas right after a name, given the first word after the name's comma; null when none is there.
    /// </summary>
    public static Mention? AppositiveRole(string text, IReadOnlyList<Word> words, int first)
    {
        if (first >= words.Count) return null;
        var m = StartingAt(text, words, first);
        if (m is null && IsLowercaseContentWord(words[first])) m = ForwardRole(text, words, first, null);
        if (m is not { Kind: MentionKind.Role, Role: not null }) return null;
        if (m.End < text.Length && text[m.End] is ',' or '.') return m;
        // "Maria Lopez, a teacher who fled the fire, said": a relative clause may follow the role.
        var next = IndexAt(words, m.End);
        return next < words.Count && words[next].Lower is "who" or "который" or "которая" && Joined(text, words[next - 1], words[next]) ? m : null;
    }

    /// <summary>
    /// "said harbour master Ellen Marsh", "сказал начальник порта Карл Йенсен", "заявил лидер профсоюза Пер
    /// Даль": lowercase role words holding an agent noun, then a name.
    /// </summary>
    private static Mention? LowercaseRoleAndName(string text, IReadOnlyList<Word> words, int first)
    {
        var k = first;
        if (k < words.Count && IsDeterminer(words[k].Lower)) k++;
        var agent = false;
        var runStart = k;
        // "заместитель главы района по ЖКХ Ольга Белкина": an acronym after a role's preposition is its field.
        // "тренер сборной России Пётр Зайцев", "глава МИД РФ …": a country or an acronym in the genitive completes the role.
        while (k < words.Count && k - runStart < 6 && (IsLowercaseRoleOrContentWord(words[k]) || agent && InRolePreposition(words[k].Lower)
                   || agent && k > runStart && InRolePreposition(words[k - 1].Lower) && IsAcronym(words[k])
                   || agent && IsCyrillicWord(words[k]) && (RoleVocabulary.Country(words[k].Text) is not null || IsAcronym(words[k]))
                   // "финансовый и биржевой аналитик": modifiers of the head may be joined by "и".
                   || !agent && k > runStart && words[k].Lower == "и" && k + 1 < words.Count && IsLowercaseRoleOrContentWord(words[k + 1]))
               && (k == first || Joined(text, words[k - 1], words[k])))
        {
            agent |= IsAgent(words[k]) || IsRoleHead(words[k]);
            k++;
        }
        if (k == runStart || !agent || k >= words.Count) return null;
        var roleEnd = k - 1;
        // "координатор движения «Чистый берег» Павел Лесной": the quoted name of the body is part of the role.
        if (!Joined(text, words[k - 1], words[k]) && AfterQuotedTitle(text, words, k - 1) is { } afterTitle)
        {
            roleEnd = afterTitle - 1;
            k = afterTitle;
        }
        else if (!Joined(text, words[k - 1], words[k])) return null;
        if (!IsNameWord(words[k])) return null;
        var last = k;
        while (last + 1 < words.Count && last - k < 3 && IsNameWord(words[last + 1]) && Joined(text, words[last], words[last + 1])) last++;
        var name = FromChain(text, words, k, last);
        return name is { Kind: MentionKind.Name, Role: null } ? WithRole(text, words, name, first, roleEnd) : null;
    }

    private const int MaxQuotedTitleChars = 60;

    /// <summary>The index of the word right after a short quoted title that follows <paramref name="prev"/>, or null.</summary>
    private static int? AfterQuotedTitle(string text, IReadOnlyList<Word> words, int prev)
    {
        var i = words[prev].End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] is not ('«' or '“' or '"' or '„')) return null;
        var close = -1;
        for (var j = i + 1; j < text.Length && j - i <= MaxQuotedTitleChars; j++)
        {
            if (text[j] is '»' or '”' or '"' or '“') { close = j; break; }
            if (text[j] is '.' or '!' or '?' or ',' or ';' or '\n') return null;
        }
        if (close < 0 || close == i + 1) return null;
        var k = prev + 1;
        while (k < words.Count && words[k].Start < close) k++;
        if (k >= words.Count) return null;
        for (var j = close + 1; j < words[k].Start; j++)
        {
            if (text[j] != ' ') return null;
        }
        return k;
    }

    /// <summary>A lowercase word that may qualify the role after it; "по словам" and the like end a source phrase instead.</summary>
    private static bool ModifiesBackwards(IReadOnlyList<Word> words, int k) =>
        IsLowercaseContentWord(words[k]) && Vocabulary.ReportingPhrases.MatchEndingAt(words, k, out _) == 0
        && (!IsCyrillicWord(words[k]) || Languages.Ru.Agreement.IsNominativeAdjective(words[k].Lower));

    /// <summary>"председатель комитета по бюджету", "депутат от оппозиции", "head of security": a preposition inside a role.</summary>
    private static bool InRolePreposition(string lower) => lower is "по" or "от" or "of" or "for";

    private static bool IsLowercaseRoleOrContentWord(Word w) => !w.IsCapitalized && (IsRoleWord(w) || IsLowercaseContentWord(w) && !IsRussianPastVerb(w.Lower));

    /// <summary>
    /// "…провёл переговоры глава ведомства", "с министром встретился губернатор": a Russian past-tense verb ends a
    /// role phrase read forward; agent nouns with the same ending ("посол", "генерал") are in the role lexicon.
    /// </summary>
    private static bool IsRussianPastVerb(string lower)
    {
        var w = lower;
        if (w.EndsWith("ся", StringComparison.Ordinal) || w.EndsWith("сь", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 2);
        if (w.EndsWith("ла", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 1);
        return w.Length >= 4 && w[w.Length - 1] == 'л' && "аяеёиыоу".IndexOf(w[w.Length - 2]) >= 0;
    }

    /// <summary>
    /// A role phrase with what it belongs to: "a spokeswoman for the ministry", "a source in the government",
    /// "представитель ведомства". English takes a preposition and a body or a capitalized name; Russian a
    /// genitive body.
    /// </summary>
    private static Mention WithComplement(string text, IReadOnlyList<Word> words, Mention role, int first, int head)
    {
        var k = head + 1;
        if (k >= words.Count || !Joined(text, words[head], words[k])) return role;
        var last = -1;
        if (IsComplementPreposition(words[k].Lower))
        {
            for (var j = k + 1; j < words.Count && j <= k + 5 && Joined(text, words[j - 1], words[j]); j++)
            {
                if (Vocabulary.IsOrganization(words[j].Lower))
                {
                    // "в правительстве РФ", "at the ministry of Finance" keep the body's name.
                    last = j;
                    while (last + 1 < words.Count && last - j < 2 && words[last + 1].IsCapitalized && Joined(text, words[last], words[last + 1])) last++;
                    break;
                }
                if (words[j].IsCapitalized)
                {
                    last = j;
                    while (last + 1 < words.Count && words[last + 1].IsCapitalized && Joined(text, words[last], words[last + 1])) last++;
                    break;
                }
                if (!IsDeterminer(words[j].Lower) && !IsLowercaseContentWord(words[j]) && !IsRoleWord(words[j])) break;
            }
        }
        else if (Vocabulary.IsOrganization(words[k].Lower))
        {
            last = k;
        }
        else if (IsCyrillicWord(words[head]))
        {
            // "экономист банка", "директор местной школы": Russian puts the owner after the role, in the genitive.
            for (var j = k; j < words.Count && j <= k + 1 && Joined(text, words[j - 1], words[j]) && IsLowercaseContentWord(words[j]) && LooksGenitive(words[j].Lower); j++) last = j;
        }
        return last < 0 ? role : RolePhrase(text, words, first, last);
    }

    /// <summary>
    /// The first word after the titles that open a mention at <paramref name="first"/> ("Lt. Gen. Mark Tiller",
    /// "Rep. Carla Dunn"): the name starts there.
    /// </summary>
    public static int SkipTitles(string text, IReadOnlyList<Word> words, int first)
    {
        while (first >= 0 && first + 1 < words.Count && SentenceSplitter.IsTitle(words[first].Lower)
               && words[first].End < text.Length && text[words[first].End] == '.' && OnlyStopAndSpace(text, words[first].End, words[first + 1].Start))
        {
            first++;
        }
        return first;
    }

    private static bool OnlyStopAndSpace(string text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return to > from + 1;
    }

    /// <summary>Splits a chain of role words and name words into its role part and its name part.</summary>
    private static Mention? FromChain(string text, IReadOnlyList<Word> words, int first, int last)
    {
        var nameStart = last + 1;
        while (nameStart - 1 >= first && ((IsNameWord(words[nameStart - 1]) && !IsAttributiveAdjective(text, words, nameStart - 1)) || IsInitialWithDot(text, words[nameStart - 1]))) nameStart--;
        // "Putin’s spokesman Dmitry Peskov": the possessive belongs to the role, not the name.
        if (nameStart <= last && IsPossessive(words[nameStart].Text)) nameStart = last + 1;
        // "Plaid Cymru’s member …": a name in the possessive owns what follows; it is not the person meant.
        if (nameStart <= last && IsPossessive(words[last].Text)) nameStart = last + 1;
        // "Forecaster Anna Berg", "Экономист Иван Петров": a capitalized agent noun before a full name is a title.
        var title = last - nameStart >= 2 && IsCapitalizedTitle(words[nameStart]);
        if (title) nameStart++;
        // "вице-губернатор области Пётр Градов": a Russian name has at most first name, patronymic and
        // surname, so a capitalized word before a first name that is not followed by a patronymic is the role's
        // owner in the genitive (a city, a body), not part of the name.
        while (last - nameStart >= 2 && IsCyrillicWord(words[nameStart]) && words[nameStart].Text.Length > 1 && words[nameStart + 1].Text.Length > 1 && !IsPatronymic(words[nameStart + 1].Text)) nameStart++;
        // "Foreign Minister of Norway Ingrid Berg": the word after "of" is the place of the role.
        if (last - nameStart >= 2 && nameStart > first && words[nameStart - 1].Lower == "of") nameStart++;
        // "the Governor of Lakeside": with no name after it, the place ends the role; the role's holder speaks.
        if (nameStart == last && nameStart - 2 >= first && words[nameStart - 1].Lower == "of" && IsRoleHead(words[nameStart - 2]))
        {
            return RolePhrase(text, words, first, last);
        }
        // "с белорусским министром Петром Орловым Иван Зорин": a full name cut off before the name is
        // another person, and the role words before it are theirs.
        if (nameStart - 2 >= first && IsCyrillicWord(words[nameStart - 1]) && IsNameWord(words[nameStart - 1]) && IsNameWord(words[nameStart - 2])) first = nameStart;
        // "Олегу Смирнову академик Зорин": capitalized names before a Russian role belong to another phrase.
        while (first < nameStart && IsCyrillicWord(words[first]) && IsNameWord(words[first]) && !IsCapitalizedTitle(words[first]) && !Languages.Ru.Agreement.IsNominativeAdjective(words[first].Lower)) first++;
        var nameWords = new List<string>();
        for (var k = nameStart; k <= last; k++) nameWords.Add(words[k].Text);
        var roleStart = first;
        while (roleStart < nameStart && IsDeterminer(words[roleStart].Lower)) roleStart++;
        string? role = null;
        var hasHead = title;
        for (var k = roleStart; k < nameStart; k++) hasHead |= IsRoleHead(words[k]);
        if (hasHead) role = Balanced(text, words[roleStart].Start, words[nameStart - 1].End);
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

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/>, taking the closing guillemet of a
    /// quoted body name it opened ("пресс-секретарь «Северной нефти»").
    /// </summary>
    private static string Balanced(string text, int start, int end)
    {
        var open = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '«') open++;
            else if (text[i] == '»') open--;
        }
        while (open > 0 && end < text.Length && text[end] == '»')
        {
            end++;
            open--;
        }
        return text.Substring(start, end - start);
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
    /// initial ("S. Lavrov", "С.В.Лавров") or of an abbreviation inside a name ("St. Paul").
    /// </summary>
    public static bool Joined(string text, Word left, Word right)
    {
        var initial = IsInitial(left);
        for (var i = left.End; i < right.Start; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (text[i] == '.' && i == left.End && (initial || Text.SentenceSplitter.IsNamePart(left.Lower))) continue;
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

    /// <summary>A determiner that is not a middle initial: the "A." of "John A. Whitfield" is part of the name.</summary>
    private static bool IsArticle(string text, Word w) => IsDeterminer(w.Lower) && !IsInitialWithDot(text, w);

    public static bool IsRoleWord(Word w) => RoleVocabulary.RoleConcept(w.Text) is not null || RoleVocabulary.Country(w.Text) is not null
        || RoleVocabulary.IsModifier(w.Text);

    public static bool IsRoleHead(Word w) => RoleVocabulary.RoleConcept(w.Text) is { } c && RoleVocabulary.IsHead(c);

    /// <summary>
    /// "Законодательного собрания", "Государственной думы": a capitalized Russian adjective in an oblique case
    /// followed by its lowercase noun opens the name of a body; a surname is not followed by a noun it agrees with.
    /// </summary>
    private static bool IsAttributiveAdjective(string text, IReadOnlyList<Word> words, int k)
    {
        var w = words[k];
        if (!IsCyrillicWord(w) || k + 1 >= words.Count || !Joined(text, w, words[k + 1]) || !IsLowercaseContentWord(words[k + 1])) return false;
        var lower = w.Lower;
        var adjective = false;
        foreach (var ending in ObliqueAdjectiveEndings) adjective |= lower.EndsWith(ending, StringComparison.Ordinal);
        if (!adjective) return false;
        // "Толстой сказал": a verb after the word makes it the subject, not a modifier.
        var next = words[k + 1].Lower;
        foreach (var ending in VerbEndings)
        {
            if (next.EndsWith(ending, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static readonly string[] ObliqueAdjectiveEndings = { "ого", "его", "ому", "ему", "ой", "ей", "ых", "их", "ым", "им", "ыми", "ими", "ую", "юю" };

    private static readonly string[] VerbEndings = { "л", "ла", "ли", "ло", "ет", "ит", "ют", "ят", "ут", "ат", "ся", "сь" };

    private static bool IsPatronymic(string word) =>
        word.EndsWith("вич", StringComparison.Ordinal) || word.EndsWith("вна", StringComparison.Ordinal) || word.EndsWith("ична", StringComparison.Ordinal)
        || word.EndsWith("вича", StringComparison.Ordinal) || word.EndsWith("вны", StringComparison.Ordinal) || word.EndsWith("вной", StringComparison.Ordinal)
        || word.EndsWith("вичу", StringComparison.Ordinal) || word.EndsWith("вне", StringComparison.Ordinal) || word.EndsWith("ичны", StringComparison.Ordinal);

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

    /// <summary>
    /// A plural agent noun ("negotiators", "fishermen", "residents", "рыбаки", "жители"). A capitalized one counts
    /// only opening a sentence, and in Latin script only when long, as surnames end in -ers too ("Sanders").
    /// </summary>
    private static bool IsPluralAgent(string text, IReadOnlyList<Word> words, int k)
    {
        var w = words[k];
        if (w.IsCapitalized && (!IsSentenceInitial(text, words, k) || (w.Text.Length < 9 && !IsCyrillicWord(w)))) return false;
        if (!char.IsLetter(w.Text[0]) || w.Text.Length < 6 || Vocabulary.IsNameStopword(w.Lower)) return false;
        var lower = w.Lower;
        if (NotAgents.Contains(lower.Substring(0, lower.Length - 1))) return false;
        foreach (var suffix in PluralAgentSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return lower is "groups" or "critics" or "residents" or "people";
    }

    /// <summary>"negotiators", "the local fishermen", "Fishermen" opening a sentence: a group read forwards.</summary>
    private static Mention? PluralAgentFrom(string text, IReadOnlyList<Word> words, int first)
    {
        var k = first;
        if (IsDeterminer(words[k].Lower)) k++;
        if (k > first && (k >= words.Count || !Joined(text, words[first], words[k]))) return null;
        for (var j = k; j < words.Count && j - k < 3 && (j == k || Joined(text, words[j - 1], words[j])); j++)
        {
            if (IsPluralAgent(text, words, j)) return Make(MentionKind.Collective, text, words, first, j, Array.Empty<string>(), null);
            var modifier = IsLowercaseContentWord(words[j]) || (j == k && words[j].IsCapitalized && IsSentenceInitial(text, words, j) && !Vocabulary.IsNameStopword(words[j].Lower));
            if (!modifier) return null;
        }
        return null;
    }

    private static readonly string[] PluralAgentSuffixes =
    {
        "ers", "ors", "ists", "ants", "dents", "men", "cians", "тели", "исты", "ники", "чики", "щики", "аки", "ологи", "эксперты",
    };

    private static bool IsAcronym(Word w)
    {
        if (w.Text.Length < 2) return false;
        foreach (var c in w.Text)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>"Норвегии", "Финляндии": the genitive of a country in -ия, part of a role, not of a name.</summary>
    private static bool IsPlaceGenitive(Word w) => w.IsCapitalized && w.Text.EndsWith("ии", StringComparison.Ordinal);

    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "агентства", "издания", "газеты", "телеканала", "радиостанции", "портала", "журнала",
    };

    /// <summary>A possessive pronoun that can own a body: "his ministry", "его ведомство".</summary>
    public static bool IsPossessivePronoun(string lower) => lower is "his" or "her" or "its" or "their" or "его" or "ее" or "её" or "их";

    public static bool IsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);
}
