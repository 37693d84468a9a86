using System;
using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Corpus;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Manifest;

/// <summary>
/// Applies a <see cref="CorpusManifest"/> to a built corpus: drops excluded files and statements, and merges
/// every extracted speaker the manifest names (by its name or any alias) into one speaker under the
/// manifest's canonical name, sets the speakers the manifest gives statements, and adds the statements it
/// quotes. Statement ids are anchored to their text, so an exclusion or an addition never renames the rest.
/// </summary>
public static class ManifestApplier
{
    /// <summary>Returns the corpus with the manifest's corrections.</summary>
    public static CorpusModel Apply(CorpusModel corpus, CorpusManifest manifest)
    {
        if (manifest.Speakers.Count == 0 && manifest.ExcludedFiles.Count == 0 && manifest.ExcludedStatements.Count == 0
            && manifest.SpeakerFixes.Count == 0 && manifest.Additions.Count == 0)
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
        var speakerOf = new SpeakerResolver(speakers);
        var fixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fix in manifest.SpeakerFixes) fixes[fix.StatementId] = fix.Speaker;

        var statements = new List<CorpusStatement>();
        foreach (var statement in corpus.Statements)
        {
            if (documentMap[statement.Document] < 0 || excludedIds.Contains(statement.Id)) continue;
            var moved = statement with
            {
                Document = documentMap[statement.Document],
                Speaker = statement.Speaker < 0 ? -1 : speakerMap[statement.Speaker],
            };
            statements.Add(fixes.TryGetValue(statement.Id, out var name) ? WithSpeaker(moved, name, speakerOf) : moved);
        }

        var added = false;
        var ids = new HashSet<string>(corpus.Statements.Select(s => s.Id), StringComparer.Ordinal);
        foreach (var (document, addition, found) in Locate(corpus, manifest))
        {
            if (found is null || documentMap[document] < 0) continue;
            var index = statements.FindIndex(s => s.Document == documentMap[document] && s.Statement.Start == found.Start && s.Statement.Length == found.Length);
            if (index >= 0)
            {
                // The extractor has since found these words itself: the entry only keeps its speaker.
                if (addition.Speaker is { } speaker) statements[index] = WithSpeaker(statements[index], speaker, speakerOf);
                continue;
            }
            var id = StatementIds.Unique(corpus.Documents[document].Id, found.Text, ids);
            if (excludedIds.Contains(id)) continue;
            var speakerIndex = addition.Speaker is { } name ? speakerOf.Resolve(name) : -1;
            var statement = speakerIndex < 0 ? found : found with { Speaker = speakerOf.Speakers[speakerIndex].Name };
            statements.Add(new CorpusStatement(id, documentMap[document], speakerIndex, statement));
            added = true;
        }
        if (added) statements = statements.OrderBy(s => s.Document).ThenBy(s => s.Statement.Start).ToList();
        return new CorpusModel(keptDocuments.ToEquatableArray(), speakers.ToEquatableArray(), statements.ToEquatableArray());
    }

    private static CorpusStatement WithSpeaker(CorpusStatement statement, string name, SpeakerResolver speakerOf)
    {
        var speaker = speakerOf.Resolve(name);
        // The finder stays in the rule, so error analysis still counts what found the statement.
        var finder = statement.Statement.Rule.Split('/')[0];
        var rule = finder.Length == 0 ? "manifest" : finder + "/manifest";
        return statement with
        {
            Speaker = speaker,
            Statement = statement.Statement with { Speaker = speakerOf.Speakers[speaker].Name, Rule = rule, CueStart = -1, CueLength = 0 },
        };
    }

    /// <summary>
    /// Each "add" entry with the index of its document in <paramref name="corpus"/> (-1 when none has that id or
    /// file name) and the statement its words make there (null when the words are not in the document). The
    /// first occurrence is taken: the words, not a position, are what the user can see and quote.
    /// </summary>
    private static IEnumerable<(int Document, ManifestAddition Addition, ExtractedStatement? Found)> Locate(CorpusModel corpus, CorpusManifest manifest)
    {
        foreach (var addition in manifest.Additions)
        {
            var d = FindDocument(corpus, addition.Document);
            if (d < 0)
            {
                yield return (d, addition, null);
                continue;
            }
            var document = corpus.Documents[d];
            var start = document.Text.IndexOf(addition.Text, StringComparison.Ordinal);
            var found = start < 0 ? null : new ExtractedStatement(start, addition.Text.Length, new LineMap(document.Text).LineOf(start),
                addition.Kind, addition.Text, null, document.Published, document.Language, "manifest");
            yield return (d, addition, found);
        }
    }

    private static int FindDocument(CorpusModel corpus, string name)
    {
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            if (string.Equals(corpus.Documents[d].Id, name, StringComparison.Ordinal)
                || string.Equals(corpus.Documents[d].FileName, name, StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }
        return -1;
    }

    /// <summary>
    /// Finds a speaker by name or alias the way the manifest's speakers merge (<see cref="LookupKey.Normalize"/>),
    /// and adds a speaker when the name is new, so a correction can name someone the extractor never saw.
    /// </summary>
    private sealed class SpeakerResolver
    {
        private readonly Dictionary<string, int> _byForm = new(StringComparer.Ordinal);

        public SpeakerResolver(List<CorpusSpeaker> speakers)
        {
            Speakers = speakers;
            for (var i = 0; i < speakers.Count; i++) Index(i);
        }

        public List<CorpusSpeaker> Speakers { get; }

        public int Resolve(string name)
        {
            if (_byForm.TryGetValue(LookupKey.Normalize(name), out var index)) return index;
            var taken = new HashSet<string>(Speakers.Select(s => s.Id), StringComparer.Ordinal);
            Speakers.Add(new CorpusSpeaker(Identifiers.From(name, taken), name, null, EquatableArray<string>.Empty, false));
            Index(Speakers.Count - 1);
            return Speakers.Count - 1;
        }

        private void Index(int i)
        {
            // A full name beats an alias another speaker shares (a surname), so names go in first.
            _byForm[LookupKey.Normalize(Speakers[i].Name)] = i;
            foreach (var alias in Speakers[i].Aliases)
            {
                var key = LookupKey.Normalize(alias);
                if (!_byForm.ContainsKey(key)) _byForm[key] = i;
            }
        }
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
        foreach (var fix in manifest.SpeakerFixes)
        {
            if (!ids.Contains(fix.StatementId)) issues.Add(Issue($"'statements' entry '{fix.StatementId}' matches no statement (ids are '<document id>#<8 hex digits>'; see the export or Statement.Id)", fix.Line));
        }
        foreach (var (document, addition, found) in Locate(corpus, manifest))
        {
            if (document < 0) issues.Add(Issue($"'add' entry: no document '{addition.Document}' (give a seed's file name or its name without extension)", addition.Line));
            else if (found is null) issues.Add(Issue($"'add' entry: the text \"{Excerpt(addition.Text)}\" is not in document '{addition.Document}' (it must be the file's exact words)", addition.Line));
        }
        return issues;
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

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
