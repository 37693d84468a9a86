using System;
using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>
/// Applies a <see cref="CorpusManifest"/> to a built corpus: drops excluded files and statements, and merges
/// every extracted speaker the manifest names (by its name or any alias) into one speaker under the
/// manifest's canonical name. Statement ids are anchored to their text, so an exclusion never renames the rest.
/// </summary>
public static class ManifestApplier
{
    /// <summary>Returns the corpus with the manifest's corrections.</summary>
    public static CorpusModel Apply(CorpusModel corpus, CorpusManifest manifest)
    {
        if (manifest.Speakers.Count == 0 && manifest.ExcludedFiles.Count == 0 && manifest.ExcludedStatements.Count == 0)
        {
            return corpus;
        }

        var keptDocuments = new List<ExtractedDocument>();
        var documentMap = new int[corpus.Documents.Count];
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            var excluded = manifest.ExcludedFiles.Any(glob => Excludes(glob, corpus.Documents[d]));
            documentMap[d] = excluded ? -1 : keptDocuments.Count;
            if (!excluded) keptDocuments.Add(corpus.Documents[d]);
        }
        var excludedIds = new HashSet<string>(manifest.ExcludedStatements.Select(i => i.Value), StringComparer.Ordinal);

        var speakerMap = MergeSpeakers(corpus.Speakers, manifest.Speakers, out var speakers);
        var statements = new List<CorpusStatement>();
        foreach (var statement in corpus.Statements)
        {
            if (documentMap[statement.Document] < 0 || excludedIds.Contains(statement.Id)) continue;
            statements.Add(statement with
            {
                Document = documentMap[statement.Document],
                Speaker = statement.Speaker < 0 ? -1 : speakerMap[statement.Speaker],
            });
        }
        return new CorpusModel(keptDocuments.ToEquatableArray(), speakers.ToEquatableArray(), statements.ToEquatableArray());
    }

    /// <summary>
    /// The manifest's entries that match nothing in <paramref name="corpus"/> (the corpus before the manifest
    /// applies): a file glob no document answers, a statement id no statement has (an id from an older version
    /// of the text, or mistyped), a speaker none of whose names an extracted speaker uses. Each is an issue at
    /// its manifest line, so a correction that silently stopped working is seen.
    /// </summary>
    public static IReadOnlyList<ExtractionIssue> Unmatched(CorpusModel corpus, CorpusManifest manifest)
    {
        var issues = new List<ExtractionIssue>();
        foreach (var glob in manifest.ExcludedFiles)
        {
            if (!corpus.Documents.Any(d => Excludes(glob, d))) issues.Add(Issue($"'exclude.files' entry '{glob.Value}' matches no seed file", glob.Line));
        }
        var ids = new HashSet<string>(corpus.Statements.Select(s => s.Id), StringComparer.Ordinal);
        foreach (var id in manifest.ExcludedStatements)
        {
            if (!ids.Contains(id.Value)) issues.Add(Issue($"'exclude.statements' entry '{id.Value}' matches no statement (ids are '<document id>#<8 hex digits>'; see the export or Statement.Id)", id.Line));
        }
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in corpus.Speakers)
        {
            forms.Add(LookupKey.Normalize(s.Name));
            foreach (var a in s.Aliases) forms.Add(LookupKey.Normalize(a));
        }
        foreach (var speaker in manifest.Speakers)
        {
            if (!forms.Contains(LookupKey.Normalize(speaker.Name)) && !speaker.Aliases.Any(a => forms.Contains(LookupKey.Normalize(a))))
            {
                issues.Add(Issue($"speaker '{speaker.Name}' matches no extracted speaker by its name or aliases", speaker.Line));
            }
        }
        return issues;
    }

    private static ExtractionIssue Issue(string message, int line) => new(IssueKind.UnmatchedManifestEntry, message, line);

    private static bool Excludes(ManifestItem glob, ExtractedDocument document) =>
        Glob.Matches(glob.Value, document.FileName) || Glob.Matches(glob.Value, document.Id);

    private static int[] MergeSpeakers(EquatableArray<CorpusSpeaker> extracted, EquatableArray<ManifestSpeaker> named, out List<CorpusSpeaker> result)
    {
        // owner[i] = index of the manifest entry that claims extracted speaker i, or -1.
        var owner = Enumerable.Repeat(-1, extracted.Count).ToArray();
        for (var m = 0; m < named.Count; m++)
        {
            var keys = new HashSet<string>(named[m].Aliases.Select(LookupKey.Normalize), StringComparer.Ordinal) { LookupKey.Normalize(named[m].Name) };
            for (var s = 0; s < extracted.Count; s++)
            {
                if (owner[s] >= 0) continue;
                var forms = extracted[s].Aliases.Select(LookupKey.Normalize).Append(LookupKey.Normalize(extracted[s].Name));
                if (forms.Any(keys.Contains)) owner[s] = m;
            }
        }

        var map = new int[extracted.Count];
        result = new List<CorpusSpeaker>();
        var slotOfEntry = new Dictionary<int, int>();
        for (var s = 0; s < extracted.Count; s++)
        {
            if (owner[s] < 0)
            {
                map[s] = result.Count;
                result.Add(extracted[s]);
                continue;
            }
            if (slotOfEntry.TryGetValue(owner[s], out var slot))
            {
                map[s] = slot;
                continue;
            }
            slotOfEntry[owner[s]] = map[s] = result.Count;
            result.Add(Merged(named[owner[s]], Enumerable.Range(0, extracted.Count).Where(i => owner[i] == owner[s]).Select(i => extracted[i]).ToList()));
        }

        // Identifiers are re-derived for merged speakers only, against every other speaker's, so they stay unique.
        for (var i = 0; i < result.Count; i++)
        {
            if (!slotOfEntry.ContainsValue(i)) continue;
            var others = new HashSet<string>(result.Where((_, j) => j != i).Select(s => s.Id), StringComparer.Ordinal);
            result[i] = result[i] with { Id = Identifiers.From(result[i].Name, others) };
        }
        return map;
    }

    private static CorpusSpeaker Merged(ManifestSpeaker entry, List<CorpusSpeaker> parts)
    {
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            aliases.Add(part.Name);
            aliases.UnionWith(part.Aliases);
        }
        aliases.UnionWith(entry.Aliases);
        aliases.Remove(entry.Name);
        var role = entry.Role ?? parts.Select(p => p.Role).FirstOrDefault(r => r is not null);
        return new CorpusSpeaker(parts[0].Id, entry.Name, role, aliases.ToEquatableArray(), parts.All(p => p.IsCollective));
    }
}

/// <summary>File-name globs of the manifest: <c>*</c> and <c>?</c>, case-insensitive.</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(name[n])))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
