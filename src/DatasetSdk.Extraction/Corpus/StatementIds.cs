using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Corpus;

/// <summary>
/// Statement ids anchored to content: the document id, '#', and eight hex digits of a hash of the statement's
/// normalized text ("001_abc#3f9a02c1"); a text repeated in its document gets "-2", "-3" … in document order.
/// A statement found or lost elsewhere in the document leaves every other id unchanged, so a manifest's
/// exclusions and a user's pinned tests keep pointing at the same words when the extractor improves.
/// </summary>
public static class StatementIds
{
    /// <summary>The ids of one document's statements, in their order.</summary>
    public static IReadOnlyList<string> For(string documentId, IReadOnlyList<ExtractedStatement> statements)
    {
        var ids = new string[statements.Count];
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            var id = documentId + "#" + Hash(statements[i].Text);
            seen[id] = seen.TryGetValue(id, out var n) ? n + 1 : 1;
            ids[i] = seen[id] == 1 ? id : id + "-" + seen[id].ToString(CultureInfo.InvariantCulture);
        }
        return ids;
    }

    /// <summary>
    /// The id of one more statement of a document whose ids are <paramref name="taken"/> (which it joins): the
    /// statement's own hash, with the next free suffix when its text is already there, so no other id moves.
    /// </summary>
    public static string Unique(string documentId, string text, ISet<string> taken)
    {
        var id = documentId + "#" + Hash(text);
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++) candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>
    /// FNV-1a (32 bits) over the UTF-8 of the text as a key (lower case, white space collapsed), so a change of
    /// line breaks or capitals in the file does not move the id; culture-invariant and the same on every machine.
    /// </summary>
    private static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(LookupKey.Normalize(text)))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
