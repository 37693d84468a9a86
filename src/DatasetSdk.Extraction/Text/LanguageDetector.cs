namespace DatasetSdk.Extraction.Text;

/// <summary>Decides the language of a span of text from its letters.</summary>
public static class LanguageDetector
{
    /// <summary>
    /// "ru" when Cyrillic letters outnumber Latin ones in the span, else "en". Decide per paragraph:
    /// a whole mixed document's share says little about any one statement.
    /// </summary>
    public static string Detect(string text, int start, int length)
    {
        var cyrillic = 0;
        var latin = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        return cyrillic > latin ? "ru" : "en";
    }
}
