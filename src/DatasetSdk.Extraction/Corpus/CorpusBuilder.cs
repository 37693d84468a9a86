using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Corpus;

/// <summary>
/// Merges extracted documents into one corpus: documents sorted by id, one speaker per person across all
/// documents, statements numbered in document order. Cheap compared with extraction.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. The result depends only on the documents' content, not their order.</summary>
    public static CorpusModel Build(IEnumerable<ExtractedDocument> documents, CancellationToken cancellationToken = default)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var mentions = new List<SpeakerMention>();
        for (var d = 0; d < docs.Length; d++)
        {
            foreach (var s in docs[d].Speakers) mentions.Add(new SpeakerMention(d, s));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var groups = SpeakerMerge.Group(mentions);

        var speakers = new List<CorpusSpeaker>(groups.Count);
        var index = new Dictionary<(int Document, string Name), int>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(groups.Select(SpeakerMerge.CanonicalName), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = SpeakerMerge.CanonicalName(group);
            speakers.Add(new CorpusSpeaker(Identifiers.From(name, taken), name, SpeakerMerge.Role(group), SpeakerMerge.Aliases(group, name, names), group[0].Speaker.IsCollective));
            foreach (var m in group) index[(m.Document, m.Speaker.Name)] = speakers.Count - 1;
        }

        var statements = new List<CorpusStatement>();
        for (var d = 0; d < docs.Length; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = StatementIds.For(docs[d].Id, docs[d].Statements);
            for (var k = 0; k < ids.Count; k++)
            {
                var statement = docs[d].Statements[k];
                var speaker = statement.Speaker is { } s && index.TryGetValue((d, s), out var i) ? i : -1;
                statements.Add(new CorpusStatement(ids[k], d, speaker, statement));
            }
        }
        return new CorpusModel(new EquatableArray<ExtractedDocument>(docs), speakers.ToEquatableArray(), statements.ToEquatableArray());
    }
}

/// <summary>A document's speaker, with the document it comes from.</summary>
internal sealed record SpeakerMention(int Document, DocumentSpeaker Speaker);

/// <summary>
/// Decides which document speakers are one person: same surname across inflection, script and spelling
/// ("Лавров", "Lavrova", "Lavrov"), first names compatible when both are given ("Sergei"/"Sergey"/"Сергей").
/// Collectives merge by their label.
/// </summary>
internal static class SpeakerMerge
{
    public static List<List<SpeakerMention>> Group(List<SpeakerMention> mentions)
    {
        var groups = new List<List<SpeakerMention>>();
        var byKey = new SortedDictionary<string, List<SpeakerMention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var key = !m.Speaker.IsCollective ? NameForms.Key(Surname(m.Speaker.Name))
                : IsNamedBody(m.Speaker.Name) ? "#" + Vocabulary.CollectiveKey(m.Speaker.Name)
                : "#" + m.Document.ToString(CultureInfo.InvariantCulture) + "#" + Vocabulary.CollectiveKey(m.Speaker.Name);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<SpeakerMention>();
            list.Add(m);
        }
        foreach (var pair in byKey)
        {
            if (pair.Key.StartsWith("#", StringComparison.Ordinal)) { groups.Add(pair.Value); continue; }
            // People who share a surname: one group per first name; a bare surname joins the largest group.
            var byFirst = new SortedDictionary<string, List<SpeakerMention>>(StringComparer.Ordinal);
            var bare = new List<SpeakerMention>();
            foreach (var m in pair.Value)
            {
                var words = Words(m.Speaker.Name);
                if (words.Length < 2) { bare.Add(m); continue; }
                var first = NameForms.Key(words[0]);
                if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = new List<SpeakerMention>();
                list.Add(m);
            }
            if (byFirst.Count == 0)
            {
                groups.Add(bare);
                continue;
            }
            var largest = byFirst.Values.OrderByDescending(l => l.Count).First();
            // "Northwind said" joins "Maria Northwind" only when her own articles call her "Northwind" too: a
            // body named in full ("Statistics Northwind") is never called by its last word, a country is.
            var calledBySurname = largest.Exists(m => m.Speaker.Aliases.Any(a => Words(a).Length == 1 && NameForms.Key(a) == pair.Key));
            if (calledBySurname) largest.AddRange(bare);
            else if (bare.Count > 0) groups.Add(bare);
            groups.AddRange(byFirst.Values);
        }
        groups = JoinAcrossScripts(groups);
        groups.Sort((a, b) => string.CompareOrdinal(CanonicalName(a), CanonicalName(b)));
        return groups;
    }

    /// <summary>
    /// A person only ever named in Cyrillic joins the one person named in Latin script whose name has the same
    /// consonants: transliteration keeps consonants but not the vowels an English name is spelled with
    /// ("Дональд Брамс", "Donald Brums"; "Джек Хадсон", "Jack Hudson"). Both first names must agree too when both
    /// are given, and two Latin candidates mean no merge.
    /// </summary>
    private static List<List<SpeakerMention>> JoinAcrossScripts(List<List<SpeakerMention>> groups)
    {
        var latin = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g][0].Speaker.IsCollective || groups[g].All(m => NameForms.IsCyrillic(m.Speaker.Name))) continue;
            var key = Skeleton(Surname(groups[g][0].Speaker.Name));
            if (key.Length < MinSkeleton) continue;
            if (!latin.TryGetValue(key, out var list)) latin[key] = list = new List<int>();
            list.Add(g);
        }
        var joined = new bool[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group[0].Speaker.IsCollective || !group.All(m => NameForms.IsCyrillic(m.Speaker.Name))) continue;
            if (!latin.TryGetValue(Skeleton(Surname(group[0].Speaker.Name)), out var candidates)) continue;
            var first = FirstNameSkeleton(group);
            var matching = candidates.Where(c => first is null || FirstNameSkeleton(groups[c]) is not { } other || other == first).ToList();
            if (matching.Count != 1) continue;
            groups[matching[0]].AddRange(group);
            joined[g] = true;
        }
        return groups.Where((_, g) => !joined[g]).ToList();
    }

    /// <summary>Surnames shorter than this ("Ли", "Kim") carry too few consonants to tell people apart.</summary>
    private const int MinSkeleton = 3;

    private static string Skeleton(string name)
    {
        var key = NameForms.Key(name);
        var b = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if ("aeiouy".IndexOf(c) < 0) b.Append(c);
        }
        return b.ToString();
    }

    private static string? FirstNameSkeleton(List<SpeakerMention> group)
    {
        foreach (var m in group)
        {
            var words = Words(m.Speaker.Name);
            if (words.Length >= 2) return Skeleton(words[0]);
        }
        return null;
    }

    /// <summary>
    /// True when a collective's label names one body wherever it appears ("Ontario Provincial Police", "МЧС",
    /// "Пентагон"): an acronym, a capitalized word after the first, or a lone capitalized word that is no common
    /// noun of a body or group. "the company", "officials", "a spokesperson", "эксперты", "Police" at a sentence's
    /// start are someone different in every article, so they never merge across documents.
    /// </summary>
    internal static bool IsNamedBody(string label)
    {
        var words = Words(label);
        if (words.Length > 0 && (words[0] is "a" or "an" or "A" or "An")) return false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (IsAcronym(w)) return true;
            if (!char.IsUpper(w[0])) continue;
            if (i > 0) return true;
            var lower = w.ToLowerInvariant();
            if (words.Length == 1 && !Vocabulary.IsOrganization(lower) && !GroupWords.Value.Contains(lower)) return true;
        }
        return false;
    }

    /// <summary>Words of the group labels ("experts", "эксперты"): common nouns however they are capitalized.</summary>
    private static readonly Lazy<HashSet<string>> GroupWords = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("collective-speakers.txt").Concat(Lexicon.Load("collective-equivalents.txt")))
        {
            foreach (var w in line.Split(new[] { ' ', ':', '|' }, StringSplitOptions.RemoveEmptyEntries)) set.Add(w.ToLowerInvariant());
        }
        return set;
    });

    private static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>The fullest Latin name in the group; a transliteration of the fullest Cyrillic one when there is none.</summary>
    public static string CanonicalName(List<SpeakerMention> group)
    {
        var names = group.Select(m => m.Speaker.Name).Distinct(StringComparer.Ordinal).ToList();
        if (group[0].Speaker.IsCollective) return names.OrderBy(n => n, StringComparer.Ordinal).First();
        var latin = names.Where(n => !NameForms.IsCyrillic(n)).ToList();
        var pool = latin.Count > 0 ? latin : names.Select(Transliteration.ToLatin).ToList();
        return pool
            .OrderByDescending(n => Words(n).Length)
            .ThenByDescending(n => group.Count(m => m.Speaker.Name == n))
            .ThenBy(n => n, StringComparer.Ordinal)
            .First();
    }

    /// <summary>The most informative role seen: Latin script first (the canonical name is Latin), then the most role concepts, then the longest.</summary>
    public static string? Role(List<SpeakerMention> group) =>
        group.Select(m => m.Speaker.Role).OfType<string>()
            .OrderBy(r => NameForms.IsCyrillic(r) ? 1 : 0)
            .ThenByDescending(r => SpeakerRegistry.RoleConcepts(r).Count)
            .ThenByDescending(r => r.Length)
            .ThenBy(r => r, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Every form seen in any document, in both scripts, plus the surname; the name itself left out.</summary>
    /// <param name="speakerNames">Every speaker's name: a surname that is another speaker's whole name is theirs, not an alias.</param>
    public static EquatableArray<string> Aliases(List<SpeakerMention> group, string name, ISet<string> speakerNames)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in group)
        {
            set.Add(m.Speaker.Name);
            foreach (var a in m.Speaker.Aliases) set.Add(a);
        }
        if (!group[0].Speaker.IsCollective && !speakerNames.Contains(Surname(name))) set.Add(Surname(name));
        set.Remove(name);
        return set.ToEquatableArray();
    }

    private static string Surname(string name)
    {
        var words = Words(name);
        return words.Length == 0 ? name : words[words.Length - 1];
    }

    private static string[] Words(string name) => name.Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
}
