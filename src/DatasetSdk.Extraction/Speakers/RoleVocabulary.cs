using System;
using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Speakers;

/// <summary>
/// Maps role and country words to concepts so that role phrases can be compared across wordings and
/// languages: "the Russian top diplomat", "Russian Foreign Minister" and "глава МИД РФ" share
/// {russia, foreign, minister, diplomat}.
/// </summary>
internal static class RoleVocabulary
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>The concept of a role word ("minister"), or null.</summary>
    public static string? RoleConcept(string word) => Data.Value.Roles.Find(word);

    /// <summary>The country a word names or qualifies ("Japanese" → japan), or null.</summary>
    public static string? Country(string word) => Data.Value.Countries.Find(word);

    /// <summary>A word that may stand inside a role phrase without a concept of its own ("top", "deputy").</summary>
    public static bool IsModifier(string word) => Data.Value.Modifiers.Contains(word.ToLowerInvariant());

    /// <summary>
    /// False when <paramref name="person"/> holds a qualifying concept the mention lacks although the mention
    /// names what it qualifies: "the minister" is not the prime minister.
    /// </summary>
    public static bool Qualifies(ISet<string> mention, ISet<string> person)
    {
        foreach (var (qualifier, qualified) in Data.Value.OnlyWith)
        {
            if (person.Contains(qualifier) && !mention.Contains(qualifier) && qualified.All(mention.Contains)) return false;
        }
        return true;
    }

    /// <summary>
    /// A noun naming what someone does: a role head of the lexicon, or a word with an agent suffix
    /// ("forecaster", "economist", "harbour master", "наблюдатель", "политолог"). Agent suffixes that end many
    /// given names ("-ian", a bare Russian "-ор") are left out; callers add context where names are likely.
    /// </summary>
    public static bool LooksLikeAgent(string word)
    {
        if (RoleConcept(word) is { } c && IsHead(c)) return true;
        var w = word.ToLowerInvariant();
        if (w.Length < 5) return false;
        if (EndsWithAgentSuffix(w)) return true;
        // Russian oblique cases: "экономиста", "директором".
        foreach (var ending in CaseEndings)
        {
            if (w.Length <= ending.Length + 4 || !w.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = w.Substring(0, w.Length - ending.Length);
            // "председателя": the soft sign of -тель is gone before a case ending.
            if (EndsWithAgentSuffix(stem) || stem.EndsWith("тел", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool EndsWithAgentSuffix(string w)
    {
        foreach (var suffix in AgentSuffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] CaseEndings = { "ом", "ем", "ей", "ами", "ам", "а", "я", "у", "ю", "е", "ы", "и" };

    private static readonly string[] AgentSuffixes =
    {
        "er", "or", "ist", "ant", "dent", "cian", "orian", "arian", "ee", "man", "woman", "person",
        "тель", "ист", "лог", "ник", "ница", "чик", "щик", "ант", "ент", "ер", "ектор", "актор", "атор", "итор", "втор",
    };

    /// <summary>True when a role phrase may end with this concept ("minister", but not "foreign").</summary>
    public static bool IsHead(string concept) => Data.Value.Heads.Contains(concept);

    /// <summary>The concepts of a role phrase, with implied ones added (foreign + minister ⇒ diplomat).</summary>
    public static SortedSet<string> Concepts(IEnumerable<string> words)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (RoleConcept(w) is { } r) set.Add(r);
            if (Country(w) is { } c) set.Add("@" + c);
        }
        bool changed;
        do
        {
            changed = false;
            foreach (var (implied, required) in Data.Value.Implications)
            {
                if (!set.Contains(implied) && required.All(set.Contains)) { set.Add(implied); changed = true; }
            }
        }
        while (changed);
        return set;
    }

    private static Table Load()
    {
        var table = new Table();
        foreach (var line in Lexicon.Load("roles.txt"))
        {
            if (line.StartsWith("@heads ", StringComparison.Ordinal))
            {
                foreach (var h in Split(line.Substring(7))) table.Heads.Add(h);
            }
            else if (line.StartsWith("@modifiers ", StringComparison.Ordinal))
            {
                foreach (var m in Split(line.Substring(11))) table.Modifiers.Add(m.ToLowerInvariant());
            }
            else if (line.StartsWith("@only-with ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':');
                table.OnlyWith.Add((line.Substring(11, colon - 11).Trim(), Split(line.Substring(colon + 1))));
            }
            else if (line.StartsWith("@implies ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':');
                table.Implications.Add((line.Substring(9, colon - 9).Trim(), Split(line.Substring(colon + 1))));
            }
            else
            {
                table.Roles.AddLine(line);
            }
        }
        foreach (var line in Lexicon.Load("countries.txt")) table.Countries.AddLine(line);
        return table;
    }

    private static string[] Split(string s) => s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

    private sealed class Table
    {
        public WordMap Roles { get; } = new();

        public WordMap Countries { get; } = new();

        public HashSet<string> Heads { get; } = new(StringComparer.Ordinal);

        public List<(string Implied, string[] Required)> Implications { get; } = new();

        public HashSet<string> Modifiers { get; } = new(StringComparer.Ordinal);

        public List<(string Qualifier, string[] Qualified)> OnlyWith { get; } = new();
    }

    private sealed class WordMap
    {
        private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
        private readonly List<(string Prefix, string Concept)> _prefixes = new();

        public void AddLine(string line)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) return;
            var concept = line.Substring(0, colon).Trim();
            foreach (var form in Split(line.Substring(colon + 1)))
            {
                var f = form.ToLowerInvariant();
                if (f.EndsWith("*", StringComparison.Ordinal)) _prefixes.Add((f.Substring(0, f.Length - 1), concept));
                else _exact[f] = concept;
            }
        }

        public string? Find(string word)
        {
            var w = word.ToLowerInvariant().Replace('’', '\'');
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 2);
            if (_exact.TryGetValue(w, out var c)) return c;
            foreach (var (prefix, concept) in _prefixes)
            {
                if (w.StartsWith(prefix, StringComparison.Ordinal)) return concept;
            }
            return null;
        }
    }
}
