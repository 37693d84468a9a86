using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DatasetSdk.Extraction.Corpus;

/// <summary>Readable, valid, unique C# identifiers from display names.</summary>
public static class Identifiers
{
    /// <summary>
    /// PascalCase letters and digits of <paramref name="name"/> ("Sergei Lavrov" → <c>SergeiLavrov</c>), made
    /// unique against <paramref name="taken"/> with a numeric suffix (<c>SergeiLavrov2</c>), and added to it.
    /// </summary>
    public static string From(string name, ISet<string> taken)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isPart = char.IsLetterOrDigit(c) && category != UnicodeCategory.OtherLetter || c is >= '\u0400' and <= '\u04FF';
            if (!isPart) { upper = true; continue; }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        var baseName = builder.ToString();
        var candidate = baseName;
        for (var i = 2; taken.Contains(candidate); i++) candidate = baseName + i.ToString(CultureInfo.InvariantCulture);
        taken.Add(candidate);
        return candidate;
    }
}
