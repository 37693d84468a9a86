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
        var speakerFixes = new List<ManifestSpeakerFix>();
        var additions = new List<ManifestAddition>();
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
                case "statements":
                    ReadSpeakerFixes(member.Value, speakerFixes, issues);
                    break;
                case "add":
                    ReadAdditions(member.Value, additions, issues);
                    break;
                case "$schema":
                    break;
                default:
                    issues.Add(Issue($"unknown property '{member.Key}' in corpus.json (expected 'speakers', 'exclude', 'statements' or 'add')", member.Value.Line));
                    break;
            }
        }
        return new CorpusManifest(speakers.ToEquatableArray(), excludedFiles.ToEquatableArray(),
            excludedStatements.ToEquatableArray(), speakerFixes.ToEquatableArray(), additions.ToEquatableArray(), issues.ToEquatableArray());
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

    private static void ReadSpeakerFixes(JsonNode node, List<ManifestSpeakerFix> fixes, List<ExtractionIssue> issues)
    {
        const string Shape = "{ \"<statement id>\": { \"speaker\": \"Name\" } }";
        if (node.Members is not { } members)
        {
            issues.Add(Issue($"'statements' must be an object: {Shape}", node.Line));
            return;
        }
        foreach (var member in members)
        {
            var id = member.Key.Trim();
            string? speaker = null;
            foreach (var detail in member.Value.Members ?? new List<KeyValuePair<string, JsonNode>>())
            {
                if (detail.Key == "speaker" && detail.Value.String is { } name && name.Trim().Length > 0) speaker = name.Trim();
                else issues.Add(Issue($"statement '{id}': unknown or mistyped property '{detail.Key}' (expected \"speaker\": a non-empty string)", detail.Value.Line));
            }
            if (id.Length == 0 || speaker is null)
            {
                issues.Add(Issue($"'statements' entry '{id}' needs a statement id and a \"speaker\": {Shape}", member.Value.Line));
                continue;
            }
            fixes.Add(new ManifestSpeakerFix(id, speaker, member.Value.Line));
        }
    }

    private static void ReadAdditions(JsonNode node, List<ManifestAddition> additions, List<ExtractionIssue> issues)
    {
        const string Shape = "[ { \"document\": \"<document id>\", \"text\": \"exact words\", \"speaker\": \"Name\", \"kind\": \"direct\" } ]";
        if (node.Items is not { } items)
        {
            issues.Add(Issue($"'add' must be an array: {Shape}", node.Line));
            return;
        }
        foreach (var item in items)
        {
            if (item.Members is not { } members)
            {
                issues.Add(Issue($"every 'add' entry must be an object: {Shape}", item.Line));
                continue;
            }
            string? document = null, text = null, speaker = null;
            var kind = StatementKind.Direct;
            var valid = true;
            foreach (var member in members)
            {
                var value = member.Value.String;
                switch (member.Key)
                {
                    case "document" when value is not null && value.Trim().Length > 0: document = value.Trim(); break;
                    // The words are matched exactly, so they are not trimmed.
                    case "text" when value is not null && value.Trim().Length > 0: text = value; break;
                    case "speaker" when value is not null && value.Trim().Length > 0: speaker = value.Trim(); break;
                    case "kind" when value is not null && TryKind(value, out var k): kind = k; break;
                    default:
                        issues.Add(Issue($"'add' entry: unknown or mistyped property '{member.Key}' (expected \"document\", \"text\", \"speaker\": non-empty strings; \"kind\": \"direct\", \"partial\", \"indirect\" or \"transcript\")", member.Value.Line));
                        valid = false;
                        break;
                }
            }
            if (document is null || text is null)
            {
                issues.Add(Issue($"'add' entry needs \"document\" and \"text\": {Shape}", item.Line));
                continue;
            }
            // A misspelt kind or speaker would silently add a different statement than the user meant.
            if (valid) additions.Add(new ManifestAddition(document, text, speaker, kind, item.Line));
        }
    }

    private static bool TryKind(string value, out StatementKind kind)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "direct": kind = StatementKind.Direct; return true;
            case "partial": kind = StatementKind.Partial; return true;
            case "indirect": kind = StatementKind.Indirect; return true;
            case "transcript": kind = StatementKind.Transcript; return true;
            default: kind = default; return false;
        }
    }

    private static ExtractionIssue Issue(string message, int line) => new(IssueKind.InvalidManifest, message, line);

    private static EquatableArray<ExtractionIssue> Single(string message, int line) => new(new[] { Issue(message, line) });
}
