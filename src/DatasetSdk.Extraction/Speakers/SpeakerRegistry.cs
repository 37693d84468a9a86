using System;
using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Speakers;

/// <summary>
/// The people (and groups) one document talks about. Every name the document introduces is registered
/// first, with the role written next to it ("Russian Foreign Minister Sergei Lavrov"), so that later role
/// phrases ("the Russian top diplomat") and surnames ("Lavrova") resolve to that person.
/// </summary>
internal sealed class SpeakerRegistry
{
    private readonly List<Person> _people = new();
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _groups = new(StringComparer.Ordinal);
    private Person? _lastBody;
    private readonly NameLemmas _lemmas = new();

    /// <summary>Notes the word forms of a block; call for every block before <see cref="RegisterNames"/>.</summary>
    public void NoteForms(List<Word> words) => _lemmas.NoteForms(words);

    /// <summary>Registers every name mention of a block (introductions and later references alike).</summary>
    public void RegisterNames(string text, List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!MentionReader.IsNameWord(words[i])) continue;
            if (i + 1 < words.Count && MentionReader.IsNameWord(words[i + 1]) && MentionReader.Joined(text, words[i], words[i + 1])) continue;
            if (MentionReader.EndingAt(text, words, i) is not { Kind: MentionKind.Name } m) continue;
            var first = i;
            while (first > 0 && words[first - 1].Start >= m.Start) first--;
            // "к инфраструктуре Northwind Green Energy": Russian prose writes people in Cyrillic, so a Latin name
            // amid Cyrillic words is a brand or a company, not a person.
            if (LatinAmidCyrillic(words, first, i, m)) continue;
            _lemmas.NoteContext(words, first, m);
            if (m.Role is null && i + 1 < words.Count && m.End < text.Length && text[m.End] == ',' && TextScan.OnlySpace(text, m.End + 1, words[i + 1].Start))
            {
                // "Maria Lopez, 52, a teacher": an age set off by commas comes before the role.
                var at = i + 1;
                if (char.IsDigit(words[at].Text[0]) && at + 1 < words.Count && words[at].End < text.Length && text[words[at].End] == ','
                    && TextScan.OnlySpace(text, words[at].End + 1, words[at + 1].Start))
                {
                    at++;
                }
                if (MentionReader.AppositiveRole(text, words, at) is { } apposition) m = m with { Role = apposition.Role };
            }
            Find(m);
        }
    }

    private static bool HasLetter(string surface)
    {
        foreach (var c in surface)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    private static bool LatinAmidCyrillic(List<Word> words, int first, int last, Mention m)
    {
        foreach (var w in m.NameWords)
        {
            if (NameForms.IsCyrillic(w)) return false;
        }
        var before = first > 0 && NameForms.IsCyrillic(words[first - 1].Text);
        var after = last + 1 < words.Count && NameForms.IsCyrillic(words[last + 1].Text);
        return before || after;
    }

    /// <summary>
    /// True when a name mention is a person the document knows: named in full, given a role, or named more
    /// than once. "Lavrov: …" in a headline qualifies; "Update: …" does not.
    /// </summary>
    public bool IsKnownPerson(Mention m)
    {
        if (m.Kind == MentionKind.Role) return ByRole(m) is not null;
        if (m.Kind != MentionKind.Name) return false;
        if (m.NameWords.Count > 1 || m.Role is not null) return true;
        return _bySurname.TryGetValue(NameForms.Key(m.NameWords[0]), out var list) && list.Exists(p => p.MentionCount > 1 || p.RoleConcepts.Count > 0 || p.FirstNameKeys.Count > 0);
    }

    /// <summary>True when the text names the person of <paramref name="m"/> somewhere else too ("Maria Brums" in a headline and the body).</summary>
    public bool IsNamedElsewhere(Mention m)
    {
        if (m.Kind != MentionKind.Name) return false;
        if (!_bySurname.TryGetValue(NameForms.Key(_lemmas.Lemmatize(m).NameWords[m.NameWords.Count - 1]), out var list)) return false;
        return list.Exists(p => p.FirstMentionFrom(0) is var at && at >= 0 && (at != m.Start || p.MentionCount > 1));
    }

    /// <summary>The person last named (in full or with a role) before <paramref name="offset"/>, or null.</summary>
    public Person? LastNamedBefore(int offset, char gender) => LastNamedBetween(0, offset, gender, _ => false);

    /// <summary>
    /// The person named first (in full or with a role) in [<paramref name="from"/>, <paramref name="offset"/>),
    /// skipping mentions <paramref name="skip"/> rejects: the subject a paragraph opens with.
    /// </summary>
    public Person? FirstNamedBetween(int from, int offset, char gender, Func<int, bool> skip)
    {
        Person? best = null;
        var bestAt = int.MaxValue;
        foreach (var p in _people)
        {
            if (p.GroupName is not null || (p.FirstNameKeys.Count == 0 && p.RoleConcepts.Count == 0) || !p.CanBe(gender)) continue;
            var at = p.FirstMentionFrom(from);
            while (at >= 0 && at < offset && skip(at)) at = p.FirstMentionFrom(at + 1);
            if (at >= 0 && at < offset && at < bestAt) { best = p; bestAt = at; }
        }
        return best;
    }

    /// <summary>
    /// The person last named (in full or with a role) in [<paramref name="from"/>, <paramref name="offset"/>),
    /// skipping mentions <paramref name="skip"/> rejects (names inside quotes are not the writer's).
    /// </summary>
    public Person? LastNamedBetween(int from, int offset, char gender, Func<int, bool> skip)
    {
        Person? best = null;
        var bestAt = -1;
        foreach (var p in _people)
        {
            if (p.GroupName is not null || (p.FirstNameKeys.Count == 0 && p.RoleConcepts.Count == 0) || !p.CanBe(gender)) continue;
            var at = p.LastMentionBefore(offset);
            while (at >= from && skip(at)) at = p.LastMentionBefore(at);
            if (at >= from && at > bestAt) { best = p; bestAt = at; }
        }
        return best;
    }

    /// <summary>The person or group a mention stands for, or null; pronouns need their antecedent.</summary>
    public Person? Resolve(Mention mention, Person? personAntecedent, Person? groupAntecedent)
    {
        Person? person;
        switch (mention.Kind)
        {
            case MentionKind.Name:
                person = Find(mention);
                break;
            case MentionKind.Role:
                // "the harbour master said" with no harbour master named: the phrase itself is the speaker.
                person = ByRole(mention) ?? (IsRedescription(mention) ? personAntecedent : null) ?? Group(RoleCase.Nominative(RoleLabel(mention.Surface)));
                break;
            case MentionKind.Pronoun:
                return personAntecedent;
            case MentionKind.GroupPronoun:
            case MentionKind.BodyPronoun:
                return groupAntecedent;
            case MentionKind.Collective:
                person = Group(RoleCase.Nominative(mention.Surface.ToLowerInvariant(), plural: true));
                break;
            case MentionKind.Organization:
                // "В ведомстве подчеркнули", "the ministry added": a bare body noun is the body last named.
                person = (IsBareBody(mention.Surface) && CanBeCalled(_lastBody, mention.Surface) ? _lastBody : null) ?? OwnedBody(mention.Surface, personAntecedent) ?? Group(BodyCase.Nominative(UnnamedLabel(mention.Surface)));
                _lastBody = person;
                break;
            default:
                person = Group("journalist");
                break;
        }
        // A dash-led interview turn's speaker is the dash itself, which names nobody.
        if (person is not null && HasLetter(mention.Surface) && (mention.Kind != MentionKind.Name || Person.IsNamePhrase(mention))) person.Aliases.Add(mention.Surface);
        return person;
    }

    /// <summary>
    /// "says the self-taught local resident": a definite description whose head is no role of the lexicon
    /// describes anew someone the text has just named; a known role ("the mayor") may be someone not named yet.
    /// </summary>
    public static bool IsRedescription(Mention m)
    {
        if (m.Kind != MentionKind.Role) return false;
        var space = m.Surface.IndexOf(' ');
        if (space < 0 || !m.Surface.Substring(0, space).Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        return !RoleConcepts(m.Surface).Any(RoleVocabulary.IsHead);
    }

    /// <summary>
    /// The document's speakers, in the order the given people first speak. Two people who end up with one
    /// display name are one speaker: statements refer to speakers by name.
    /// </summary>
    public static EquatableArray<DocumentSpeaker> ToDocumentSpeakers(IEnumerable<Person> speakersInOrder)
    {
        var seen = new HashSet<Person>();
        var result = new List<DocumentSpeaker>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in speakersInOrder)
        {
            if (!seen.Add(p)) continue;
            var speaker = p.ToDocumentSpeaker();
            if (byName.TryGetValue(speaker.Name, out var at))
            {
                var old = result[at];
                var aliases = new SortedSet<string>(old.Aliases, StringComparer.Ordinal);
                aliases.UnionWith(speaker.Aliases);
                result[at] = old with { Role = old.Role ?? speaker.Role, Aliases = aliases.ToEquatableArray() };
                continue;
            }
            byName[speaker.Name] = result.Count;
            result.Add(speaker);
        }
        return result.ToEquatableArray();
    }

    /// <summary>A role or body phrase as a label: "The harbour master" at a sentence start is "the harbour master".</summary>
    /// <summary>
    /// "his ministry" of "Swedish Foreign Minister Lena Holm" is "the Swedish Foreign Ministry": a minister's
    /// body is named after his role. Null when the owner's role does not name the body.
    /// </summary>
    private Person? OwnedBody(string surface, Person? owner)
    {
        var space = surface.IndexOf(' ');
        if (space < 0 || !MentionReader.IsPossessivePronoun(surface.Substring(0, space).ToLowerInvariant()) || owner?.BestRole is not { } role) return null;
        var noun = surface.Substring(space + 1).ToLowerInvariant();
        var parts = role.Split(' ');
        var last = parts[parts.Length - 1];
        if (noun.StartsWith("ministr", StringComparison.Ordinal) && last.Equals("minister", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
        {
            return Group("the " + string.Join(" ", parts, 0, parts.Length - 1) + " Ministry");
        }
        return null;
    }

    /// <summary>
    /// A bare body noun ("the agency") stands for the body last named ("the State Department"), but an unnamed
    /// body only for its own noun: "the commission" after "the company" is a second body, not the first again.
    /// </summary>
    private static bool CanBeCalled(Person? body, string surface)
    {
        if (body?.GroupName is not { } label) return body is not null;
        if (!IsBareBody(label)) return true;
        return LastWord(label).Equals(LastWord(surface), StringComparison.OrdinalIgnoreCase);
    }

    private static string LastWord(string phrase)
    {
        var space = phrase.LastIndexOfAny(new[] { ' ', '\u00A0' });
        return space < 0 ? phrase : phrase.Substring(space + 1);
    }

    private static bool IsBareBody(string surface)
    {
        var parts = surface.Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
        var last = parts[parts.Length - 1];
        var bare = parts.Length == 1 || (parts.Length == 2 && MentionReader.IsDeterminer(parts[0].ToLowerInvariant()));
        return bare && char.IsLower(last[0]) && Vocabulary.IsOrganization(last.ToLowerInvariant());
    }

    private static string UnnamedLabel(string surface)
    {
        var space = surface.IndexOf(' ');
        var first = space < 0 ? surface : surface.Substring(0, space);
        return MentionReader.IsDeterminer(first.ToLowerInvariant()) ? first.ToLowerInvariant() + surface.Substring(first.Length) : surface;
    }

    /// <summary>"Представитель подрядчика" opening a sentence is "представитель подрядчика"; "Foreign Ministry official" keeps its capitals.</summary>
    private static string RoleLabel(string surface)
    {
        var label = UnnamedLabel(surface);
        var words = label.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Length > 0 && char.IsUpper(words[i][0])) return label;
        }
        return label.Length > 0 && char.IsUpper(label[0]) ? char.ToLowerInvariant(label[0]) + label.Substring(1) : label;
    }

    private Person Group(string name)
    {
        // A phrase the text wraps across lines ("the spokesman\nof the ministry") is one phrase: the line break
        // is layout, so the name has single spaces and LF and CRLF copies of a file name the same speaker.
        name = string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = name.ToLowerInvariant();
        if (!_groups.TryGetValue(key, out var g))
        {
            g = new Person(_people.Count, string.Empty) { GroupName = name };
            _people.Add(g);
            _groups[key] = g;
        }
        return g;
    }

    private Person? Find(Mention m)
    {
        m = _lemmas.Lemmatize(m);
        var surname = m.NameWords[m.NameWords.Count - 1];
        var key = NameForms.Key(surname);
        if (!_bySurname.TryGetValue(key, out var list)) _bySurname[key] = list = new List<Person>();
        Person? match = null;
        if (m.NameWords.Count > 1)
        {
            var first = NameForms.Key(m.NameWords[0]);
            match = list.FirstOrDefault(p => p.FirstNameKeys.Contains(first)) ?? list.FirstOrDefault(p => p.FirstNameKeys.Count == 0);
            // "В Москве Лавров заявил": a capitalized word before a known surname is rarely a second person of
            // that surname; an initial ("С. Лавров") is the known person too.
            if (match is null && list.Count == 1 && (m.NameWords[0].Length == 1 || NameForms.IsOblique(m.NameWords[0]) || LooksLocative(m.NameWords[0]))) match = list[0];
        }
        else if (list.Count > 0)
        {
            match = list.OrderByDescending(p => p.LastMentionBefore(m.Start)).ThenBy(p => p.Id).First();
        }
        if (match is null)
        {
            match = new Person(_people.Count, key);
            _people.Add(match);
            list.Add(match);
        }
        match.AddName(m);
        return match;
    }

    private Person? ByRole(Mention m)
    {
        var concepts = RoleConcepts(m.Role ?? m.Surface);
        if (!concepts.Any(RoleVocabulary.IsHead)) return ByRoleHead(m);
        Person? before = null;
        Person? after = null;
        foreach (var p in _people)
        {
            if (p.GroupName is not null || !concepts.IsSubsetOf(p.RoleConcepts) || !RoleVocabulary.Qualifies(concepts, p.RoleConcepts)) continue;
            var last = p.LastMentionBefore(m.Start);
            if (last >= 0 && (before is null || last > before.LastMentionBefore(m.Start))) before = p;
            else if (last < 0 && (after is null || p.FirstMention < after.FirstMention)) after = p;
        }
        return before ?? after;
    }

    /// <summary>
    /// A role the lexicon does not know ("the harbour master") names the person last introduced with the same
    /// head noun ("harbour master Ellen Marsh").
    /// </summary>
    private Person? ByRoleHead(Mention m)
    {
        var head = RoleHead(m.Role ?? m.Surface);
        if (head.Length == 0) return null;
        Person? best = null;
        var bestAt = -1;
        foreach (var p in _people)
        {
            if (p.GroupName is not null || !p.RoleHeads.Contains(head)) continue;
            var last = p.LastMentionBefore(m.Start);
            if (last > bestAt) { best = p; bestAt = last; }
        }
        return best;
    }

    /// <summary>The noun a role phrase is about: its last word before a complement ("spokeswoman for the city" → spokeswoman).</summary>
    public static string RoleHead(string role)
    {
        var words = role.Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
        var head = string.Empty;
        var agent = string.Empty;
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (lower is "of" or "for" or "at" or "in" or "from" or "with" or "в" or "из") break;
            if (MentionReader.IsDeterminer(lower)) continue;
            head = lower;
            // "представитель ведомства": a Russian genitive follows the head instead of a preposition.
            if (RoleVocabulary.LooksLikeAgent(lower)) agent = lower;
        }
        return agent.Length > 0 ? agent : head;
    }

    /// <summary>A Russian word in the prepositional case ("Москве", "Токио" aside): not a first name.</summary>
    private static bool LooksLocative(string word) => word.EndsWith("е", StringComparison.Ordinal) || word.EndsWith("и", StringComparison.Ordinal);

    /// <summary>The concepts of a role phrase; possessives name someone else ("Putin’s spokesman").</summary>
    public static SortedSet<string> RoleConcepts(string role) =>
        RoleVocabulary.Concepts(role.Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !MentionReader.IsPossessive(w) || RoleVocabulary.Country(w) is not null));

}

/// <summary>A person or group of one document, gathered from all its mentions.</summary>
internal sealed class Person
{
    private readonly List<int> _mentions = new();
    private readonly List<string> _roles = new();
    private readonly Dictionary<string, int> _surnames = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _fullest = Array.Empty<string>();
    private char _gender;

    public Person(int id, string surnameKey)
    {
        Id = id;
        SurnameKey = surnameKey;
    }

    public int Id { get; }

    public string SurnameKey { get; }

    /// <summary>Set for collectives and the journalist of a transcript: their label.</summary>
    public string? GroupName { get; init; }

    public HashSet<string> FirstNameKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The head nouns of the roles this person was introduced with ("master" of "harbour master").</summary>
    public HashSet<string> RoleHeads { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> RoleConcepts { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public int MentionCount => _mentions.Count;

    /// <summary>'m', 'f' or '\0': from the pronouns that stood for this person, else from the surname.</summary>
    public char Gender => _gender != '\0' ? _gender : _surnames.Count == 0 ? '\0' : NameForms.GuessGender(MostFrequentSurname());

    /// <summary>True when a pronoun of <paramref name="gender"/> may stand for this person.</summary>
    public bool CanBe(char gender) => gender == '\0' || Gender == '\0' || Gender == gender;

    /// <summary>Remembers the gender of a pronoun that stood for this person.</summary>
    public void NoteGender(char gender)
    {
        if (_gender == '\0') _gender = gender;
    }

    public int FirstMention => _mentions.Count == 0 ? int.MaxValue : _mentions[0];

    public int FirstMentionFrom(int offset)
    {
        var i = _mentions.BinarySearch(offset);
        if (i < 0) i = ~i;
        return i < _mentions.Count ? _mentions[i] : -1;
    }

    public int LastMentionBefore(int offset)
    {
        var i = _mentions.BinarySearch(offset);
        if (i < 0) i = ~i;
        return i > 0 ? _mentions[i - 1] : -1;
    }

    public void AddName(Mention m)
    {
        if (IsNamePhrase(m)) Aliases.Add(m.Surface);
        Aliases.Add(m.Name);
        // The registration pass has already counted a mention at this offset.
        var at = _mentions.BinarySearch(m.Start);
        if (at >= 0) return;
        _mentions.Insert(~at, m.Start);
        if (m.NameWords.Count > _fullest.Count) _fullest = m.NameWords;
        var surname = m.NameWords[m.NameWords.Count - 1];
        _surnames[surname] = _surnames.TryGetValue(surname, out var n) ? n + 1 : 1;
        if (m.NameWords.Count > 1) FirstNameKeys.Add(NameForms.Key(m.NameWords[0]));
        if (m.Role is { } role)
        {
            _roles.Add(role);
            RoleHeads.Add(SpeakerRegistry.RoleHead(role));
            RoleConcepts.UnionWith(SpeakerRegistry.RoleConcepts(role));
        }
    }

    /// <summary>
    /// True when the surface is the name, or the name with the role read before it ("губернатор Олег Рябов"):
    /// a speaker phrase read back over a clause ("The mayor met Lena Ortiz") is no way to call the person.
    /// </summary>
    public static bool IsNamePhrase(Mention m)
    {
        var at = m.Surface.LastIndexOf(m.NameWords[0], StringComparison.Ordinal);
        if (at <= 0) return true;
        var before = m.Surface.Substring(0, at).TrimEnd();
        return m.Role is { } role && before.EndsWith(role, StringComparison.Ordinal)
            && before.Length - role.Length <= "the ".Length;
    }

    /// <summary>
    /// The fullest name, in the nominative. The surname is the form the text uses most (a speaker is mostly
    /// the subject: "Захарова" stays feminine, "Лаврова" after "по словам" loses to "Лавров"); a form that can
    /// only be oblique ("Гэмбой", "Иваном") is put back in the nominative.
    /// </summary>
    public string DisplayName()
    {
        if (GroupName is not null) return GroupName;
        var words = _fullest.ToArray();
        var surname = MostFrequentSurname(NameForms.IsCyrillic(words[words.Length - 1]));
        words[words.Length - 1] = surname;
        for (var i = 0; i < words.Length; i++)
        {
            if (NameForms.IsCyrillic(words[i]) && NameForms.IsOblique(words[i])) words[i] = NameForms.Nominative(words[i]);
            // An initial keeps its stop, as the text wrote it: "John A. Whitfield", "В. Рябов".
            else if (i < words.Length - 1 && words[i].Length == 1 && char.IsUpper(words[i][0])) words[i] += ".";
        }
        return string.Join(" ", words);
    }

    private string MostFrequentSurname(bool? cyrillic = null) =>
        _surnames.Where(s => cyrillic is null || NameForms.IsCyrillic(s.Key) == cyrillic)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
            .First().Key;

    /// <summary>The fullest role this person was introduced with, or null.</summary>
    public string? BestRole =>
        _roles.OrderByDescending(r => SpeakerRegistry.RoleConcepts(r).Count).ThenByDescending(r => r.Length).ThenBy(r => r, StringComparer.Ordinal).FirstOrDefault();

    public DocumentSpeaker ToDocumentSpeaker()
    {
        var name = DisplayName();
        var role = BestRole is { } best ? RoleCase.Nominative(best) : null;
        var aliases = new SortedSet<string>(Aliases, StringComparer.Ordinal);
        aliases.Remove(name);
        return new DocumentSpeaker(name, role, aliases.ToEquatableArray(), GroupName is not null);
    }
}
