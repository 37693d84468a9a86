using System;
using DatasetSdk.Extraction.Speakers;

namespace DatasetSdk.Extraction.Languages.Ru;

/// <summary>
/// A Russian role read in an oblique case ("встретился с главой МИД", "по словам министра финансов", "по мнению
/// экспертов") given in the nominative for display ("глава МИД", "министр финансов", "эксперты"): its head word is put back by the endings of
/// the noun declensions, and a form is taken only when the role lexicon knows it as the same role. The words
/// after the head are its genitive complement and stay as written.
/// </summary>
internal static class RoleCase
{
    /// <summary>
    /// Oblique singular endings of role nouns and the nominative endings to try for each, most likely first. "-ей"
    /// and "-и" are left out: they are as often plurals ("представителей", "представители") as singulars.
    /// </summary>
    private static readonly (string Oblique, string[] Nominative)[] Endings =
    {
        ("ем", new[] { "ь", "" }),    // председателем, руководителем
        ("ом", new[] { "" }),         // министром
        ("ой", new[] { "а" }),        // главой
        ("ы", new[] { "а" }),         // главы
        ("я", new[] { "ь" }),         // председателя
        ("ю", new[] { "ь" }),         // председателю
        ("а", new[] { "" }),          // министра
        ("у", new[] { "", "а" }),     // министру, главу
        ("е", new[] { "", "а", "ь" }), // министре, главе
    };

    /// <summary>
    /// The role with its head word in the nominative, or the role as given when that cannot be told. A group
    /// (<paramref name="plural"/>: "экспертов") is read as a plural; a person's role as a singular, since
    /// "эксперты" and "главы" share their endings.
    /// </summary>
    public static string Nominative(string role, bool plural = false)
    {
        var space = role.IndexOf(' ');
        var head = space < 0 ? role : role.Substring(0, space);
        if (!NameForms.IsCyrillic(head) || RoleVocabulary.RoleConcept(head) is not { } concept) return role;
        var lower = head.ToLowerInvariant();
        // "по мнению экспертов", "по оценке аналитиков": a genitive plural is the plural in -ы, or -и after г к х ж ш ч щ.
        if (plural)
        {
            if (!lower.EndsWith("ов", StringComparison.Ordinal) || lower.Length <= 5) return role;
            var stem = head.Substring(0, head.Length - 2);
            var nominative = stem + ("гкхжшчщ".IndexOf(char.ToLowerInvariant(stem[stem.Length - 1])) >= 0 ? "и" : "ы");
            return RoleVocabulary.RoleConcept(nominative) == concept ? (space < 0 ? nominative : nominative + role.Substring(space)) : role;
        }
        foreach (var (oblique, nominatives) in Endings)
        {
            if (!lower.EndsWith(oblique, StringComparison.Ordinal) || lower.Length - oblique.Length < 3) continue;
            var stem = head.Substring(0, head.Length - oblique.Length);
            foreach (var ending in nominatives)
            {
                var candidate = stem + ending;
                if (RoleVocabulary.RoleConcept(candidate) == concept) return space < 0 ? candidate : candidate + role.Substring(space);
            }
            return role;
        }
        return role;
    }
}
