using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Segment;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>
/// Names the outlet from what the page shows about itself: the agency of its dateline, a masthead or footer
/// line naming a known outlet (<c>outlets.txt</c>), the domain of its own link, or a caption's trailing
/// "- Outlet". Outlets merely mentioned in the prose do not count.
/// </summary>
public static class OutletFinder
{
    private static readonly object Gate = new();
    private static Dictionary<string, string>? _aliases;

    private static Dictionary<string, string> Aliases
    {
        get
        {
            lock (Gate)
            {
                if (_aliases is not null) return _aliases;
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in Lexicons.Lexicon.Load("outlets.txt"))
                {
                    var cells = line.Split('|');
                    var canonical = cells[0].Trim();
                    foreach (var cell in cells)
                    {
                        var key = BoilerplateClassifier.Normalize(cell.Trim());
                        if (key.Length > 0 && !map.ContainsKey(key)) map[key] = canonical;
                    }
                }
                return _aliases = map;
            }
        }
    }

    /// <summary>The canonical name of a known outlet form, or null.</summary>
    public static string? Canonical(string form) => Aliases.TryGetValue(BoilerplateClassifier.Normalize(form), out var name) ? name : null;

    /// <summary>The outlet of the document, or null when the text does not show one.</summary>
    public static string? Find(string text, SegmentedText segments, Dateline? dateline, string? url)
    {
        if (dateline?.Outlet is { } agency) return Canonical(agency) ?? agency;
        foreach (var block in segments.Blocks)
        {
            if (block.Kind != BlockKind.Boilerplate) continue;
            var line = text.Substring(block.Start, block.Length);
            if (BoilerplateClassifier.IsBullet(line)) continue;
            if (Canonical(line) is { } name) return name;
        }
        if (url is not null && Host(url) is { } host)
        {
            for (var h = host; h.Length > 0; h = h.IndexOf('.') is var dot and >= 0 ? h.Substring(dot + 1) : string.Empty)
            {
                if (h.IndexOf('.') < 0) break;
                if (Canonical(h) is { } name) return name;
            }
        }
        foreach (var block in segments.Blocks)
        {
            if (block.Kind != BlockKind.Caption) continue;
            var caption = text.Substring(block.Start, block.Length);
            var dash = Math.Max(caption.LastIndexOf(" - ", StringComparison.Ordinal), caption.LastIndexOf(" — ", StringComparison.Ordinal));
            if (dash > 0 && Canonical(caption.Substring(dash + 3)) is { } name) return name;
        }
        foreach (var block in segments.Blocks)
        {
            if (block.Kind is not (BlockKind.Caption or BlockKind.Boilerplate)) continue;
            if (CopyrightHolder(text.Substring(block.Start, block.Length)) is { } holder) return Canonical(holder) ?? holder;
        }
        return Masthead(text, segments);
    }

    private const int MinMastheadWords = 2;

    /// <summary>
    /// The name the page prints over its header, above the headline: a line in capitals ("U.S. DEPARTMENT OF
    /// STATE", "УРАЛЬСКИЙ ОБОЗРЕВАТЕЛЬ"), or the page's first line when a menu row follows it ("The Harbour Post"
    /// over "News | Sport | Culture"). Capitals are written back in the case of a name.
    /// </summary>
    public static string? Masthead(string text, SegmentedText segments)
    {
        var blocks = segments.Blocks;
        for (var b = 0; b < blocks.Count && blocks[b].Kind != BlockKind.Title; b++)
        {
            if (blocks[b].Kind != BlockKind.Boilerplate) return null;
            var line = text.Substring(blocks[b].Start, blocks[b].Length).Trim();
            if (!IsNameLine(line)) continue;
            // capitals right over the headline are its kicker ("EXCLUSIVE INTERVIEW"), not the site
            if (IsCapitals(line) && b + 1 < blocks.Count && blocks[b + 1].Kind != BlockKind.Title) return NameCase(line);
            if (b == 0 && b + 1 < blocks.Count && blocks[b + 1].Kind == BlockKind.Boilerplate
                && BoilerplateClassifier.IsChromeLine(text.Substring(blocks[b + 1].Start, blocks[b + 1].Length))) return line;
        }
        return null;
    }

    private static bool IsNameLine(string line)
    {
        var words = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinMastheadWords || words > MaxHolderWords || !char.IsUpper(line[0])) return false;
        foreach (var c in line)
        {
            if (char.IsDigit(c) || c is ':' or '|' or '>' or '·' or '•' or '/') return false;
        }
        return !BoilerplateClassifier.IsChromeLine(line);
    }

    private static bool IsCapitals(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "in", "on", "at", "to" };

    /// <summary>"U.S. DEPARTMENT OF STATE" → "U.S. Department of State"; Russian names keep only their first capital.</summary>
    private static string NameCase(string line)
    {
        var cyrillic = false;
        foreach (var c in line) cyrillic |= c is >= 'А' and <= 'я' or 'Ё' or 'ё';
        var words = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant();
            if (i > 0 && (cyrillic || SmallWords.Contains(lower))) words[i] = lower;
            // an abbreviation keeps its capitals: "U.S.", "UK"
            else if (w.IndexOf('.') >= 0 || w.Length <= 2) continue;
            else words[i] = char.ToUpperInvariant(lower[0]) + lower.Substring(1);
        }
        return string.Join(" ", words);
    }

    private const int MaxHolderWords = 5;

    /// <summary>
    /// The site named by its copyright footer, known or not: "© 2026 The Harbour Post · Privacy",
    /// "© 2011-2026 «Северный вестник». Все права защищены." A photo credit ("© Agency / John Doe") names no holder.
    /// </summary>
    public static string? CopyrightHolder(string line)
    {
        var i = 0;
        if (line.StartsWith("©", StringComparison.Ordinal)) i = 1;
        else if (line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)) i = 3;
        else if (line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)) i = 9;
        else return null;
        var year = false;
        while (i < line.Length && (char.IsDigit(line[i]) || line[i] is ' ' or '-' or '–' or '—' or ',' or '©'))
        {
            year |= char.IsDigit(line[i]);
            i++;
        }
        // the holder must follow a year: "© Agency / John Doe" is a photo credit
        if (!year) return null;
        var stop = i;
        while (stop < line.Length && line[stop] is not ('.' or '·' or '|' or '/' or ',' or ';' or '•')
               && !(line[stop] is '-' or '–' or '—' && stop > 0 && line[stop - 1] == ' ')) stop++;
        var name = line.Substring(i, stop - i).Trim().Trim('«', '»', '"', '“', '”').Trim();
        if (name.Length == 0 || !char.IsUpper(name[0])) return null;
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxHolderWords || BoilerplateClassifier.IsChromeLine(name)) return null;
        return name;
    }

    private static string? Host(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var from = scheme >= 0 ? scheme + 3 : 0;
        var to = url.IndexOf('/', from);
        var host = (to >= 0 ? url.Substring(from, to - from) : url.Substring(from)).ToLowerInvariant();
        return host.Length > 0 ? host : null;
    }
}
