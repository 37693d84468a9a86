using System.Collections.Generic;
using System.Globalization;

namespace DatasetSdk.Extraction.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>A run of letters.</summary>
    Word,
    /// <summary>A run of ASCII digits.</summary>
    Number,
    /// <summary>Any other single non-space character.</summary>
    Punct,
}

/// <summary>A word, number or punctuation mark of the text, with its offsets.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Lower">The token in invariant lower case.</param>
/// <param name="SpaceBefore">True when white space (or the start of the span) precedes it.</param>
/// <param name="Capitalized">True when the token starts with an upper-case letter.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, bool SpaceBefore, bool Capitalized)
{
    /// <summary>The numeric value of a <see cref="TokenKind.Number"/> token of up to nine digits, else -1.</summary>
    public int Value => Kind == TokenKind.Number && End - Start <= 9
        ? int.Parse(Lower, NumberStyles.None, CultureInfo.InvariantCulture)
        : -1;

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}

/// <summary>Splits a span of text into words, numbers and punctuation in one pass.</summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var from = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i]) || text[i] == '\u0301')) i++;
                kind = TokenKind.Word;
            }
            else if (c is >= '0' and <= '9')
            {
                while (i < end && text[i] is >= '0' and <= '9') i++;
                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }
            var raw = text.Substring(from, i - from);
            tokens.Add(new Token(from, i, kind, raw.ToLowerInvariant().Replace('ё', 'е'), space, char.IsUpper(c)));
            space = false;
        }
        return tokens;
    }
}
