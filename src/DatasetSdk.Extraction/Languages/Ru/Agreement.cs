using System;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// What can stand before a Russian role noun inside the speaker's own phrase. A modifier before its noun
/// agrees with it, and the speaker phrase of a cue is in the nominative, so only a nominative adjective
/// qualifies: "биржевой аналитик" is one phrase, while "в своем телеграм-канале губернатор" or "приводит
/// слова губернатора" end at the role.
/// </summary>
internal static class Agreement
{
    private static readonly string[] NominativeAdjectiveEndings = { "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие" };

    public static bool IsNominativeAdjective(string lower)
    {
        foreach (var ending in NominativeAdjectiveEndings)
        {
            if (lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
