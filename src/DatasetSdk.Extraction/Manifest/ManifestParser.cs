using System.Collections.Generic;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>Reads <c>corpus.json</c>. Never throws: problems become issues with a line, and what is valid is kept.</summary>
public static class ManifestParser
{
    /// <summary>Parses a manifest's text.</summary>
    public static CorpusManifest Parse(string text)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonFormatException ex)
        {
            return CorpusManifest.None with { Issues = Single($"corpus.json is not valid JSON: {ex.Message}", ex.Line) };
        }

        var issues = new List<ExtractionIssue>();
        var speakers = new List<ManifestSpeaker>();
        var excludedFiles = new List<ManifestItem>();
        var excludedStatements = new List<ManifestItem>();
        if (root.Members is not { } members)
        {
            return CorpusManifest.None with { Issues = Single("corpus.json must hold a JSON object", root.Line) };
        }
        foreach (var member in members)
        {
            switch (member.Key)
            {
                case "speakers":
                    ReadSpeakers(member.Value, speakers, issues);
                    break;
                case "exclude":
                    ReadExclusions(member.Value, excludedFiles, excludedStatements, issues);
                    break;
                case "$schema":
                    break;
                default:
                    issues.Add(Issue($"unknown property '{member.Key}' in corpus.json (expected 'speakers' or 'exclude')", member.Value.Line));
                    break;
            }
        }
        return new CorpusManifest(speakers.ToEquatableArray(), excludedFiles.ToEquatableArray(),
            excludedStatements.ToEquatableArray(), issues.ToEquatableArray());
    }

    private static void ReadSpeakers(JsonNode node, List<ManifestSpeaker> speakers, List<ExtractionIssue> issues)
    {
        if (node.Members is not { } members)
        {
            issues.Add(Issue("'speakers' must be an object: { \"Canonical Name\": [\"alias\", ...] }", node.Line));
            return;
        }
        foreach (var member in members)
        {
            var name = member.Key.Trim();
            if (name.Length == 0)
            {
                issues.Add(Issue("a speaker name in 'speakers' is empty", member.Value.Line));
                continue;
            }
            string? role = null;
            JsonNode? aliasNode = member.Value;
            if (member.Value.Members is { } details)
            {
                aliasNode = null;
                foreach (var detail in details)
                {
                    if (detail.Key == "role" && detail.Value.String is { } r) role = r.Trim();
                    else if (detail.Key == "aliases") aliasNode = detail.Value;
                    else issues.Add(Issue($"speaker '{name}': unknown or mistyped property '{detail.Key}' (expected \"role\": string, \"aliases\": [strings])", detail.Value.Line));
                }
            }
            var aliases = new List<string>();
            if (aliasNode is not null)
            {
                if (aliasNode.Items is not { } items)
                {
                    issues.Add(Issue($"speaker '{name}': aliases must be an array of strings", aliasNode.Line));
                }
                else
                {
                    foreach (var item in items)
                    {
                        if (item.String is { } alias && alias.Trim().Length > 0) aliases.Add(alias.Trim());
                        else issues.Add(Issue($"speaker '{name}': every alias must be a non-empty string", item.Line));
                    }
                }
            }
            speakers.Add(new ManifestSpeaker(name, string.IsNullOrEmpty(role) ? null : role, aliases.ToEquatableArray(), member.Value.Line));
        }
    }

    private static void ReadExclusions(JsonNode node, List<ManifestItem> files, List<ManifestItem> statements, List<ExtractionIssue> issues)
    {
        if (node.Members is not { } members)
        {
            issues.Add(Issue("'exclude' must be an object: { \"files\": [...], \"statements\": [...] }", node.Line));
            return;
        }
        foreach (var member in members)
        {
            var target = member.Key switch { "files" => files, "statements" => statements, _ => null };
            if (target is null || member.Value.Items is not { } items)
            {
                issues.Add(Issue($"'exclude.{member.Key}' is not supported (expected \"files\" or \"statements\", each an array of strings)", member.Value.Line));
                continue;
            }
            foreach (var item in items)
            {
                if (item.String is { } value && value.Trim().Length > 0) target.Add(new ManifestItem(value.Trim(), item.Line));
                else issues.Add(Issue($"'exclude.{member.Key}' must hold non-empty strings", item.Line));
            }
        }
    }

    private static ExtractionIssue Issue(string message, int line) => new(IssueKind.InvalidManifest, message, line);

    private static EquatableArray<ExtractionIssue> Single(string message, int line) => new(new[] { Issue(message, line) });
}
