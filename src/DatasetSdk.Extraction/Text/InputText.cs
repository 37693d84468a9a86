namespace DatasetSdk.Extraction.Text;

/// <summary>Checks on raw input before any stage sees it.</summary>
public static class InputText
{
    /// <summary>Removes a leading byte order mark; offsets in the export count from after it.</summary>
    public static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

    /// <summary>
    /// True when the text looks like a binary file decoded as text: NUL characters, or many U+FFFD
    /// replacement characters left by invalid UTF-8.
    /// </summary>
    public static bool LooksBinary(string text)
    {
        var replacements = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if (c == '\uFFFD') replacements++;
        }
        return replacements > 0 && replacements * 100 >= text.Length;
    }

    /// <summary>True when the text has nothing but white space.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}
