using System.Globalization;

namespace DatasetSdk.Extraction.Text;

/// <summary>Checks on raw input before any stage sees it.</summary>
public static class InputText
{
    /// <summary>
    /// Above this share of control characters (one in fifty) a file is binary data saved as text; below it,
    /// the controls are the stray bytes scraped articles carry and are read as spaces.
    /// </summary>
    private const int BinaryControlsPerFifty = 1;

    /// <summary>Removes a leading byte order mark; offsets in the export count from after it.</summary>
    public static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

    /// <summary>
    /// Why the text cannot be read as an article, or null when it can: binary data (many control characters
    /// such as NUL), UTF-16 without a byte order mark, or bytes that are not UTF-8 (many U+FFFD replacement
    /// characters left by the decoder).
    /// </summary>
    public static string? Unreadable(string text)
    {
        int controls = 0, nulsAtOddPositions = 0, nuls = 0, replacements = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD') replacements++;
            else if (IsStrayControl(c))
            {
                controls++;
                if (c == '\0')
                {
                    nuls++;
                    if (i % 2 == 1) nulsAtOddPositions++;
                }
            }
        }

        var length = text.Length.ToString(CultureInfo.InvariantCulture);
        if (controls > 1 && controls * 50 > text.Length * BinaryControlsPerFifty)
        {
            // ASCII text in UTF-16 decodes as UTF-8 with a NUL after every character.
            if (nuls * 3 > text.Length && nulsAtOddPositions * 10 >= nuls * 9)
            {
                return "it looks like UTF-16 text without a byte order mark (every other character is NUL); save it as UTF-8";
            }
            return "it looks like binary data, not text: " + controls.ToString(CultureInfo.InvariantCulture) + " of its " + length +
                   " characters are control characters such as NUL";
        }
        if (replacements > 0 && replacements * 100 >= text.Length)
        {
            return "it is not valid UTF-8: " + replacements.ToString(CultureInfo.InvariantCulture) + " of its " + length +
                   " characters could not be decoded; save it as UTF-8";
        }
        return null;
    }

    /// <summary>
    /// Turns the stray control characters of a readable text (a NUL or an escape byte left by scraping) into
    /// spaces, one for one, so every offset into the text is unchanged and no rule sees a control character.
    /// </summary>
    public static string BlankStrayControls(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsStrayControl(text[i]))
            {
                first = i;
                break;
            }
        }
        if (first < 0) return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsStrayControl(chars[i])) chars[i] = ' ';
        }
        return new string(chars);
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

    // Tab, line feed, vertical tab, form feed and carriage return are layout, not stray bytes; C1 controls
    // (U+0080–U+009F) are what Windows-1252 punctuation becomes when read as Latin-1, equally stray.
    private static bool IsStrayControl(char c) => char.IsControl(c) && !char.IsWhiteSpace(c);
}
