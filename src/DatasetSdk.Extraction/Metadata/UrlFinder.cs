using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Segment;

namespace DatasetSdk.Extraction.Metadata;

/// <summary>
/// The page's own address: a link after a label such as "Direct link" (<c>url-labels.txt</c>), on the same
/// line or the next; otherwise a link standing alone on a line more than once (pages repeat their own
/// address in share and print footers).
/// </summary>
public static class UrlFinder
{
    /// <summary>The canonical URL the text carries, or null.</summary>
    public static string? Find(string text, IReadOnlyList<SourceLine> lines)
    {
        var labels = Lexicon.Load("url-labels.txt");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? repeated = null;
        for (var k = 0; k < lines.Count; k++)
        {
            if (lines[k].IsBlank) continue;
            var line = lines[k].Text(text);
            var at = UrlStart(line);
            if (at > 0 && IsLabel(line.Substring(0, at), labels)) return UrlAt(line, at);
            if (at < 0 && IsLabel(line, labels) && k + 1 < lines.Count && !lines[k + 1].IsBlank)
            {
                var next = lines[k + 1].Text(text);
                if (UrlStart(next) == 0) return UrlAt(next, 0);
            }
            if (at == 0 && line.IndexOf(' ') < 0)
            {
                counts[line] = counts.TryGetValue(line, out var n) ? n + 1 : 1;
                if (counts[line] == 2 && repeated is null) repeated = line;
            }
        }
        return repeated;
    }

    private static bool IsLabel(string s, IReadOnlyList<string> labels)
    {
        var norm = BoilerplateClassifier.Normalize(s);
        foreach (var label in labels)
        {
            if (norm == label) return true;
        }
        return false;
    }

    private static int UrlStart(string line)
    {
        var http = line.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        var https = line.IndexOf("https://", StringComparison.OrdinalIgnoreCase);
        if (http < 0) return https;
        return https < 0 ? http : Math.Min(http, https);
    }

    private static string UrlAt(string line, int at)
    {
        var end = at;
        while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
        return line.Substring(at, end - at).TrimEnd('.', ',', ';', ')');
    }
}
