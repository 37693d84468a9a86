using System.Collections.Generic;

namespace DatasetSdk.Extraction.Speakers;

/// <summary>What a speaker mention is made of.</summary>
internal enum MentionKind
{
    /// <summary>A person's name, maybe with a role before it ("Russian Foreign Minister Sergei Lavrov", "Abe").</summary>
    Name,
    /// <summary>A role phrase without a name ("the Russian foreign minister", "японский министр").</summary>
    Role,
    /// <summary>A personal pronoun ("he", "она").</summary>
    Pronoun,
    /// <summary>A pronoun standing for a group ("they").</summary>
    GroupPronoun,
    /// <summary>A pronoun standing for a body ("it" of "…,” it said").</summary>
    BodyPronoun,
    /// <summary>A group speaking together ("the sides", "Стороны").</summary>
    Collective,
    /// <summary>An unnamed journalist asking in a transcript ("Question:").</summary>
    Journalist,
    /// <summary>A body speaking as a whole ("Russia's Foreign Ministry", "the Kremlin").</summary>
    Organization,
}

/// <summary>A phrase of the text that refers to a speaker.</summary>
/// <param name="Start">UTF-16 offset of the phrase in the file.</param>
/// <param name="Surface">The phrase as written.</param>
/// <param name="NameWords">The name part, for <see cref="MentionKind.Name"/>.</param>
/// <param name="Role">The role part as written ("Russian Foreign Minister"), or null.</param>
internal sealed record Mention(MentionKind Kind, int Start, int End, string Surface, IReadOnlyList<string> NameWords, string? Role)
{
    public string Name => string.Join(" ", NameWords);
}
