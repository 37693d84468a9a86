using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// The label of a Russian body named in an oblique case ("в Кремле", "в компании", "в пресс-службе
/// министерства"): its head noun in the nominative, its dependents as written ("пресс-служба министерства").
/// </summary>
internal static class BodyCase
{
    /// <summary>The longest case ending a body noun takes after its stem ("-ами", "-ии").</summary>
    private const int MaxEnding = 3;

    private static readonly Lazy<Dictionary<string, string>> Stems = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("body-nominatives-ru.txt"))
        {
            var parts = line.Split('|');
            if (parts.Length == 2) map[parts[0].Trim()] = parts[1].Trim();
        }
        return map;
    });

    /// <summary>The label with its first word in the nominative when that word is a known body noun.</summary>
    public static string Nominative(string label)
    {
        var space = label.IndexOf(' ');
        var head = space < 0 ? label : label.Substring(0, space);
        var lower = head.ToLowerInvariant();
        for (var cut = 0; cut <= MaxEnding && cut < lower.Length; cut++)
        {
            if (!Stems.Value.TryGetValue(lower.Substring(0, lower.Length - cut), out var nominative)) continue;
            var cased = char.IsUpper(head[0]) ? char.ToUpperInvariant(nominative[0]) + nominative.Substring(1) : nominative;
            return space < 0 ? cased : cased + label.Substring(space);
        }
        return label;
    }
}
