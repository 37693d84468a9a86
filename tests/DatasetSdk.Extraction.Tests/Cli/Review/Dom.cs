using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>
/// Reads elements back from the DOM Chromium serializes (<c>--dump-dom</c>): enough HTML for what the review
/// script builds, without a parser package. Serialized attribute values are always double-quoted with '"'
/// escaped, so a value holding '&gt;' cannot end a tag here.
/// </summary>
internal static class Dom
{
    private static readonly Regex RawText = new("<(script|style)\\b[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
    private static readonly Regex Tag = new("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=/>]+(?:=\"[^\"]*\")?)*)\\s*/?>", RegexOptions.Singleline);
    private static readonly Regex Attribute = new("([^\\s=/>]+)(?:=\"([^\"]*)\")?");

    public sealed record Element(IReadOnlyDictionary<string, string> Attributes, string Text)
    {
        public string this[string name] => Attributes.TryGetValue(name, out var v) ? v : "";

        public bool HasClass(string name) => this["class"].Split(' ').Contains(name);
    }

    /// <summary>Every <paramref name="tag"/> element in document order, with its text content (nested ones included).</summary>
    public static List<Element> Elements(string dom, string tag)
    {
        dom = RawText.Replace(dom, "");
        var found = new List<(Dictionary<string, string> Attributes, StringBuilder Text)>();
        var open = new Stack<StringBuilder>();
        var pos = 0;
        foreach (Match m in Tag.Matches(dom))
        {
            var text = dom[pos..m.Index];
            foreach (var o in open) o.Append(text);
            pos = m.Index + m.Length;
            if (!m.Groups[2].Value.Equals(tag, StringComparison.OrdinalIgnoreCase)) continue;
            if (m.Groups[1].Value == "/")
            {
                open.Pop();
                continue;
            }
            var attributes = Attribute.Matches(m.Groups[3].Value)
                .ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            found.Add((attributes, new StringBuilder()));
            open.Push(found[^1].Text);
        }
        return found.Select(f => new Element(f.Attributes, WebUtility.HtmlDecode(f.Text.ToString()))).ToList();
    }
}
