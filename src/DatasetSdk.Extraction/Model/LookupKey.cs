using System.Text;

namespace DatasetSdk.Extraction.Model;

/// <summary>
/// The one normalization of speaker and document keys, shared by the generated lookups, the analyzer's
/// contract and the manifest: trimmed, lower-case (invariant), 'ё' read as 'е', inner white space collapsed.
/// </summary>
public static class LookupKey
{
    /// <summary>Normalizes <paramref name="key"/>.</summary>
    public static string Normalize(string key)
    {
        var builder = new StringBuilder(key.Length);
        var space = false;
        foreach (var raw in key.Trim())
        {
            if (char.IsWhiteSpace(raw))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            var c = char.ToLowerInvariant(raw);
            builder.Append(c == 'ё' ? 'е' : c);
        }
        return builder.ToString();
    }
}
