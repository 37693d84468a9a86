using System.Globalization;
using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// Turns arbitrary text into C# that means exactly that text and nothing else: string literals, UTF-8
/// literals and XML doc text. Every character that could end a line, change how the code reads (format and
/// bidirectional controls) or not be valid UTF-8 is escaped or replaced.
/// </summary>
internal static class Literals
{
    /// <summary>
    /// Replaces each lone surrogate with U+FFFD. UTF-8 cannot encode them, so the generated text differs
    /// from the file only at such (invalid) characters.
    /// </summary>
    public static string Sanitize(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (lone)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>A regular string literal, e.g. <c>"a\"b"</c>.</summary>
    public static string String(string text) => "\"" + Escape(text) + "\"";

    /// <summary>
    /// The inside of a string literal (regular or u8) for <paramref name="text"/>; a lone surrogate becomes
    /// U+FFFD as in <see cref="Sanitize"/>.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    public static void AppendEscaped(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("\\uFFFD");
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, anything that is not a visible character
    /// (line ends, controls, format characters, lone surrogates) turned into a space, at most
    /// <paramref name="maxLength"/> characters (then an ellipsis).
    /// </summary>
    public static string Xml(string? text, int maxLength = 200)
    {
        if (text is null) return string.Empty;
        var builder = new StringBuilder();
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && (NeedsEscape(c) || char.IsWhiteSpace(c)))
            {
                space = builder.Length > 0;
                continue;
            }
            if (length >= maxLength)
            {
                builder.Append('\u2026');
                break;
            }
            if (space)
            {
                builder.Append(' ');
                length++;
                space = false;
            }
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
            length++;
            if (pair)
            {
                builder.Append(text[++i]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Characters never written raw: controls, line and paragraph separators, format characters, surrogates, private use, unassigned.</summary>
    private static bool NeedsEscape(char c)
    {
        if (c < ' ' || c == '\u007F') return true;
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
