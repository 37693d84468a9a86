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
        return null;
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
