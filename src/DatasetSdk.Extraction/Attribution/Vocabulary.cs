using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Attribution;

/// <summary>How a speech verb takes what was said.</summary>
internal enum VerbFrame
{
    /// <summary>Needs "that"/"что" or a quote.</summary>
    That,
    /// <summary>Also takes a bare clause ("said Russia was ready").</summary>
    Bare,
    /// <summary>Takes an object and an infinitive ("invited X to ...").</summary>
    Object,
}

/// <summary>A speech verb found in the text, possibly several words long ("went on to say").</summary>
internal readonly struct VerbMatch
{
    public VerbMatch(int first, int last, VerbFrame frame)
    {
        First = first;
        Last = last;
        Frame = frame;
    }

    /// <summary>Index of the first word.</summary>
    public int First { get; }

    /// <summary>Index of the last word.</summary>
    public int Last { get; }

    public VerbFrame Frame { get; }
}

/// <summary>The word lists the attribution rules read, loaded once from the embedded lexicons.</summary>
internal static class Vocabulary
{
    private static readonly Lazy<PhraseSet<VerbFrame>> VerbsLazy = new(LoadVerbs);
    private static readonly Lazy<PhraseSet<bool>> ReportingLazy = new(() => Phrases("reporting-phrases.txt"));
    private static readonly Lazy<PhraseSet<bool>> CollectivesLazy = new(() => Phrases("collective-speakers.txt"));
    private static readonly Lazy<Dictionary<string, string>> CollectiveKeysLazy = new(LoadCollectiveKeys);
    private static readonly Lazy<PhraseSet<bool>> AdverbsLazy = new(() => Phrases("cue-adverbs.txt"));
    private static readonly Lazy<PhraseSet<bool>> SubordinatorsLazy = new(() => Phrases("subordinators.txt"));
    private static readonly Lazy<Dictionary<string, (bool Group, char Gender)>> PronounsLazy = new(LoadPronouns);
    private static readonly Lazy<HashSet<string>> BodyPronounsLazy = new(LoadBodyPronouns);
    private static readonly Lazy<HashSet<string>> StopwordsLazy = new(() => WordSet("name-stopwords.txt"));
    private static readonly Lazy<(HashSet<string> Exact, List<string> Prefixes)> OrganizationsLazy = new(LoadOrganizations);
    private static readonly Lazy<Dictionary<string, string>> TranscriptLabelsLazy = new(LoadTranscriptLabels);

    public static PhraseSet<VerbFrame> SpeechVerbs => VerbsLazy.Value;

    public static PhraseSet<bool> ReportingPhrases => ReportingLazy.Value;

    public static PhraseSet<bool> Collectives => CollectivesLazy.Value;

    public static PhraseSet<bool> CueAdverbs => AdverbsLazy.Value;

    public static PhraseSet<bool> Subordinators => SubordinatorsLazy.Value;

    /// <summary>True for a pronoun standing for a group ("they", "они").</summary>
    /// <summary>Verbs by which a speaker labels something: "called it …", "назвал …".</summary>
    public static bool IsNamingVerb(string lower) => NamingVerbsLazy.Value.Contains(lower);

    private static readonly Lazy<HashSet<string>> NamingVerbsLazy = new(() => WordSet("naming-verbs.txt"));

    public static bool IsPronoun(string lower, out bool group)
    {
        var found = PronounsLazy.Value.TryGetValue(lower, out var entry);
        group = entry.Group;
        return found;
    }

    /// <summary>'m' or 'f' for a gendered pronoun, else '\0'.</summary>
    /// <summary>True for a pronoun standing for a body ("it" of "…,” it said").</summary>
    public static bool IsBodyPronoun(string lower) => BodyPronounsLazy.Value.Contains(lower);

    public static char PronounGender(string lower) => PronounsLazy.Value.TryGetValue(lower.ToLowerInvariant(), out var entry) ? entry.Gender : '\0';

    public static bool IsNameStopword(string lower) => StopwordsLazy.Value.Contains(lower);

    public static bool IsJournalistLabel(string lower) => TranscriptLabelsLazy.Value.TryGetValue(lower, out var label) && label == "question";

    /// <summary>"A:", "Ответ:": a turn answering the questions, spoken by the one the transcript questions.</summary>
    public static bool IsAnswerLabel(string lower) => TranscriptLabelsLazy.Value.TryGetValue(lower, out var label) && label == "answer";

    /// <summary>"Remark:", "Реплика:": a voice from the room the transcript does not name.</summary>
    public static bool IsVoiceLabel(string lower) => TranscriptLabelsLazy.Value.TryGetValue(lower, out var label) && label == "voice";

    private static Dictionary<string, string> LoadTranscriptLabels()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("transcript-labels.txt"))
        {
            var bar = line.IndexOf('|');
            if (bar < 0) continue;
            var label = line.Substring(0, bar).Trim();
            foreach (var w in line.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) map[w.ToLowerInvariant()] = label;
        }
        return map;
    }

    /// <summary>True for the head noun of a speaking body ("ministry", "Кремля").</summary>
    public static bool IsOrganization(string lower)
    {
        var (exact, prefixes) = OrganizationsLazy.Value;
        if (exact.Contains(lower)) return true;
        foreach (var p in prefixes)
        {
            if (lower.StartsWith(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static (HashSet<string>, List<string>) LoadOrganizations()
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var line in Lexicon.Load("organizations.txt"))
        {
            var w = line.ToLowerInvariant();
            if (w.EndsWith("*", StringComparison.Ordinal)) prefixes.Add(w.Substring(0, w.Length - 1));
            else exact.Add(w);
        }
        return (exact, prefixes);
    }

    /// <summary>One key for a collective label in either language ("the sides", "стороны" → sides); else the label.</summary>
    public static string CollectiveKey(string label)
    {
        var lower = label.ToLowerInvariant();
        return CollectiveKeysLazy.Value.TryGetValue(lower, out var key) ? key : lower;
    }

    private static Dictionary<string, string> LoadCollectiveKeys()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("collective-equivalents.txt"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line.Substring(0, colon).Trim();
            foreach (var label in line.Substring(colon + 1).Split('|'))
            {
                var l = label.Trim().ToLowerInvariant();
                if (l.Length > 0) map[l] = key;
            }
        }
        return map;
    }

    private static PhraseSet<VerbFrame> LoadVerbs()
    {
        var set = new PhraseSet<VerbFrame>();
        foreach (var line in Lexicon.Load("speech-verbs-en.txt")) AddVerb(set, line, false);
        foreach (var line in Lexicon.Load("speech-verbs-ru.txt")) AddVerb(set, line, true);
        return set;
    }

    private static void AddVerb(PhraseSet<VerbFrame> set, string line, bool russian)
    {
        var frame = VerbFrame.That;
        if (line.EndsWith(" bare", StringComparison.Ordinal)) { frame = VerbFrame.Bare; line = line.Substring(0, line.Length - 5); }
        else if (line.EndsWith(" object", StringComparison.Ordinal)) { frame = VerbFrame.Object; line = line.Substring(0, line.Length - 7); }
        set.Add(line, frame);
        if (!russian) return;
        // Russian past tense agrees with the speaker: заявил, заявила, заявило, заявили.
        var space = line.IndexOf(' ');
        var verb = space < 0 ? line : line.Substring(0, space);
        var rest = space < 0 ? string.Empty : line.Substring(space);
        if (!verb.EndsWith("л", StringComparison.Ordinal)) return;
        foreach (var ending in new[] { "а", "о", "и" }) set.Add(verb + ending + rest, frame);
    }

    private static PhraseSet<bool> Phrases(string file)
    {
        var set = new PhraseSet<bool>();
        foreach (var line in Lexicon.Load(file)) set.Add(line, true);
        return set;
    }

    private static HashSet<string> WordSet(string file)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load(file))
        {
            foreach (var w in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) set.Add(w.ToLowerInvariant());
        }
        return set;
    }

    private static Dictionary<string, (bool, char)> LoadPronouns()
    {
        var map = new Dictionary<string, (bool, char)>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("pronouns.txt"))
        {
            var parts = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[1] == "body") continue;
            map[parts[0].ToLowerInvariant()] = (parts.Length > 1 && parts[1] == "group", parts.Length > 2 ? parts[2][0] : '\0');
        }
        return map;
    }

    private static HashSet<string> LoadBodyPronouns()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("pronouns.txt"))
        {
            var parts = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[1] == "body") set.Add(parts[0].ToLowerInvariant());
        }
        return set;
    }
}

/// <summary>Multi-word phrases matched word by word, case-insensitively, longest first.</summary>
internal sealed class PhraseSet<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, T value)
    {
        var words = phrase.ToLowerInvariant().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new List<(string[], T)>();
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest phrase starting at word <paramref name="index"/>: its length in words.</summary>
    public int MatchAt(IReadOnlyList<Word> words, int index, out T value)
    {
        value = default!;
        if (index < 0 || index >= words.Count || !_byFirst.TryGetValue(words[index].Lower, out var list)) return 0;
        foreach (var (phrase, v) in list)
        {
            if (index + phrase.Length > words.Count) continue;
            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++) ok = words[index + k].Lower == phrase[k];
            if (ok) { value = v; return phrase.Length; }
        }
        return 0;
    }

    /// <summary>The longest phrase ending at word <paramref name="index"/>: its length in words.</summary>
    public int MatchEndingAt(IReadOnlyList<Word> words, int index, out T value)
    {
        value = default!;
        var best = 0;
        for (var start = Math.Max(0, index - 5); start <= index; start++)
        {
            var n = MatchAt(words, start, out var v);
            if (n > 0 && start + n - 1 == index && n > best) { best = n; value = v; }
        }
        return best;
    }
}
