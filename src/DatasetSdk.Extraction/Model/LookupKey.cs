using System.Text;

namespace DatasetSdk.Extraction.Model;

/// <summary>
/// The one normalization of speaker and document keys: trimmed, lower-case (invariant, over the whole string so
/// letters beyond the BMP fold too), 'ё' read as 'е', inner white space collapsed to one space. This source file
/// is compiled into the extraction library (manifest, generator tables) and linked into the usage analyzer, and
/// the generated run-time lookups carry the same algorithm (a generator test holds them equal), so a key the
/// analyzer accepts is one the lookups find.
/// </summary>
static partial class LookupKey
{
    /// <summary>Normalizes <paramref name="key"/>; null is the empty key.</summary>
    public static string Normalize(string? key)
    {
        if (key is null) return string.Empty;
        var lower = key.Trim().ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        var space = false;
        foreach (var c in lower)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c == '\u0451' ? '\u0435' : c);
        }
        return builder.ToString();
    }
}
