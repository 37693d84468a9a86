using System.Globalization;
using System.Text;
using CsCheck;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// CsCheck generators for news articles built to break the extractor and the emitted C#: random Unicode of
/// every category, lone surrogates, line and paragraph separators, NUL and other controls, byte order marks,
/// mixed line ends, unbalanced and nested quotes of every style, very long lines, and speaker and file names
/// that are C# keywords, start with digits, differ only by case or script, or hold C# punctuation.
/// The articles keep the shapes the extractor looks for (quotes with a speech verb, "X said that", transcript
/// turns, datelines) so most cases yield statements and the span properties have something to check.
/// </summary>
internal static class HostileText
{
    /// <summary>Every BMP character, grouped by Unicode category; index = (int)UnicodeCategory.</summary>
    private static readonly char[][] ByCategory = BuildCategories();

    private static char[][] BuildCategories()
    {
        var lists = Enumerable.Range(0, 30).Select(_ => new List<char>()).ToArray();
        for (var c = 0; c <= 0xFFFF; c++) lists[(int)CharUnicodeInfo.GetUnicodeCategory((char)c)].Add((char)c);
        return lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>Open and close marks of every quote style news text uses, including the confusable pairs.</summary>
    public static readonly (string Open, string Close)[] QuotePairs =
    {
        ("\"", "\""), ("“", "”"), ("«", "»"), ("„", "“"), ("„", "”"), ("'", "'"), ("‹", "›"), ("‘", "’"),
        ("”", "“"), ("»", "«"), ("›", "‹"), ("「", "」"),
    };

    private static readonly string[] Words =
    {
        "the", "talks", "will", "continue", "next", "week", "minister", "agreement", "we", "are", "ready", "not",
        "Geneva", "Moscow", "treaty", "on", "May", "6", "2016", "переговоры", "будут", "продолжены", "министр",
        "мы", "готовы", "в", "Москве", "мая", "года", "он", "сказал", "that", "and", "of", "Tuesday", "вторник",
    };

    private static readonly string[] SpeechVerbs = { "said", "told reporters", "added", "stressed", "noted", "wrote" };

    private static readonly string[] RussianVerbs = { "заявил", "сказал", "подчеркнула", "отметил", "добавил" };

    /// <summary>Characters that are one of a kind for the pipeline: NUL and C0/C1 controls, U+2028/U+2029, NEL, BOM, lone surrogates.</summary>
    private static readonly string[] Specials =
    {
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u009C", "\u2028", "\u2029", "\uFEFF", "\uD800", "\uDBFF",
        "\uDC00", "\uDFFF", "\t", "\v", "\f", "\u00A0", "\u200B", "\u202E", "\uFFFD", "\uFFFF",
    };

    /// <summary>Line ends as scraped files mix them.</summary>
    public static readonly string[] LineEnds = { "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r", "\r\n\n" };

    private static readonly Gen<string> Word = Gen.Int[0, Words.Length - 1].Select(i => Words[i]);

    /// <summary>One character of a random Unicode category (a lone surrogate for Cs), or an astral code point.</summary>
    private static readonly Gen<string> AnyChar = Gen.Frequency(
        (8, Gen.Int[0, ByCategory.Length - 1].Where(i => ByCategory[i].Length > 0)
            .SelectMany(i => Gen.Int[0, ByCategory[i].Length - 1].Select(k => ByCategory[i][k].ToString()))),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    /// <summary>A short run of random Unicode (1–12 characters).</summary>
    private static readonly Gen<string> UnicodeRun = AnyChar.Array[1, 12].Select(a => string.Concat(a));

    private static readonly Gen<string> Special = Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]);

    private static readonly Gen<(string Open, string Close)> QuotePair = Gen.Int[0, QuotePairs.Length - 1].Select(i => QuotePairs[i]);

    private static readonly Gen<string> QuoteMark = Gen.Int[0, QuotePairs.Length * 2 - 1]
        .Select(i => i % 2 == 0 ? QuotePairs[i / 2].Open : QuotePairs[i / 2].Close);

    private static readonly Gen<string> LineEnd = Gen.Int[0, LineEnds.Length - 1].Select(i => LineEnds[i]);

    /// <summary>
    /// Speaker names that are hard for identifiers, literals and the merge: C# keywords, leading digits, names
    /// equal but for case or script (Latin/Cyrillic homoglyphs), and names holding quote, backslash, braces,
    /// comment ends and a hash. Also plain names, so attribution has real people to find.
    /// </summary>
    public static readonly string[] SpeakerNames =
    {
        "Sergei Lavrov", "Jane Doe", "Мария Захарова", "Class", "Namespace", "Return Default", "Int Void", "This Base",
        "@class", "Var Dynamic", "1st Deputy", "007 Bond", "3M Spokesman", "2Pac Shakur", "Ivan Petrov", "IVAN PETROV",
        "ivan petrov", "Ivаn Pеtrov", "Иван Петров", "John \"Jack\" Smith", "Back\\Slash Jones", "Curly {Brace} Lee",
        "End */ Comment", "Hash #if Tag", "O'Brien", "Smith {0}", "Anna-Maria Ölund", "Ёлкин", "ЁЛКИН", "Null Object",
    };

    private static readonly Gen<string> KnownSpeaker = Gen.Int[0, SpeakerNames.Length - 1].Select(i => SpeakerNames[i]);

    /// <summary>A capitalised word of random Unicode, or a known hostile name.</summary>
    public static readonly Gen<string> Speaker = Gen.Frequency(
        (6, KnownSpeaker),
        (1, Gen.Select(AnyChar, UnicodeRun, KnownSpeaker, (a, b, k) => a.ToUpperInvariant() + b + " " + k)));

    /// <summary>One token of running text: mostly words, sometimes Unicode noise, stray quote marks, controls or a line break.</summary>
    private static readonly Gen<string> Token = Gen.Frequency(
        (12, Word),
        (2, UnicodeRun),
        (1, QuoteMark),
        (1, Special),
        (1, LineEnd),
        (1, KnownSpeaker));

    /// <summary>Running text of 1–25 tokens, with a quoted stretch nested inside now and then.</summary>
    public static readonly Gen<string> Content = Gen.Recursive<string>((depth, self) =>
    {
        var flat = Token.Array[1, 25].Select(Join);
        if (depth >= 3) return flat;
        var nested = Gen.Select(Token.Array[0, 6], QuotePair, self, Token.Array[0, 6], Gen.Bool,
            (before, pair, inner, after, balanced) => Join(before) + " " + pair.Open + inner + (balanced ? pair.Close : "") + " " + Join(after));
        return Gen.Frequency((4, flat), (1, nested));
    });

    /// <summary>A very long line: one piece of content repeated to 2 000–40 000 characters with no line end.</summary>
    private static readonly Gen<string> LongLine = Gen.Select(Content, Gen.Int[2_000, 40_000], (piece, length) =>
    {
        var flat = piece.Replace('\r', ' ').Replace('\n', ' ');
        var builder = new StringBuilder(length + flat.Length);
        while (builder.Length < length) builder.Append(flat).Append(' ');
        return builder.ToString();
    });

    /// <summary>Dates in the forms the date finder reads, some of them impossible.</summary>
    private static readonly Gen<string> Date = Gen.Select(Gen.Int[0, 40], Gen.Int[0, 13], Gen.Int[1900, 2100], Gen.Int[0, 5],
        (day, month, year, form) => form switch
        {
            0 => $"on {day} May {year}",
            1 => $"{day} мая {year} года",
            2 => $"May {day}, {year}",
            3 => $"{year}-{month:D2}-{day:D2}",
            4 => $"{day}.{month:D2}.{year}",
            _ => $"в {year}-е годы, в середине {year % 100}-х",
        });

    /// <summary>One sentence in a shape the extractor recognises (or plain noise), around random content.</summary>
    private static readonly Gen<string> Sentence = Gen.Frequency(
        (3, Gen.Select(QuotePair, Content, Speaker, Gen.Int[0, SpeechVerbs.Length - 1], Gen.Bool,
            (q, c, s, v, balanced) => q.Open + c + "," + (balanced ? q.Close : "") + " " + s + " " + SpeechVerbs[v] + ".")),
        (2, Gen.Select(Content, Speaker, Gen.Int[0, RussianVerbs.Length - 1], (c, s, v) => "«" + c + "», — " + RussianVerbs[v] + " " + s + ".")),
        (2, Gen.Select(Speaker, QuotePair, Content, (s, q, c) => s + " said: " + q.Open + c + q.Close)),
        (2, Gen.Select(Speaker, Content, (s, c) => s + " said that " + c + ".")),
        (1, Gen.Select(Speaker, Content, (s, c) => "According to " + s + ", " + c + ".")),
        (1, Gen.Select(Speaker, Content, (s, c) => "По словам " + s + ", " + c + ".")),
        (1, Gen.Select(Content, QuotePair, Content, (a, q, b) => "The minister called it " + q.Open + b + q.Close + " " + a + ".")),
        (1, Gen.Select(Speaker, Content, (s, c) => s + ": " + c)),
        (1, Gen.Select(Content, Gen.Int[0, RussianVerbs.Length - 1], Speaker, (c, v, s) => "— " + c + ", — " + RussianVerbs[v] + " " + s + ".")),
        (1, Gen.Select(Speaker, Content, (s, c) => s.ToUpperInvariant() + ": " + c)),
        (1, Gen.Select(Date, Content, (d, c) => d + " " + c)),
        (1, Content));

    /// <summary>A reader-comment block as pages print them: heading, author and stamp, text, a quoted reply.</summary>
    private static readonly Gen<string> Comments = Gen.Select(Speaker, Date, Content, Content, LineEnd,
        (author, date, text, quoted, end) => "Comments (2)" + end + author + " · " + date + " 14:05" + end + text + end +
            "Reply" + end + "Quote: " + quoted + end + author + " · 2 hours ago" + end + text);

    /// <summary>A paragraph: 1–4 sentences, an interview turn, a comment block, or (rarely) a very long line.</summary>
    private static readonly Gen<string> Paragraph = Gen.Frequency(
        (30, Sentence.Array[1, 4].Select(s => string.Join(" ", s))),
        (2, Gen.Select(Content, Content, (q, a) => "Q: " + q + "\nA: " + a)),
        (1, Comments),
        (1, LongLine));

    /// <summary>
    /// A whole article: an optional BOM, a title, a dateline, 1–12 paragraphs, each followed by its own line
    /// end (so one file mixes LF, CRLF and CR).
    /// </summary>
    public static readonly Gen<string> Article = Gen.Select(
        Gen.Bool, Content, Gen.Select(Paragraph, LineEnd).Array[1, 12], LineEnd,
        (bom, title, paragraphs, end) =>
        {
            var builder = new StringBuilder();
            if (bom) builder.Append('\uFEFF');
            builder.Append(title).Append(end).Append("GENEVA, March 4 (Example Wire). ");
            foreach (var (paragraph, lineEnd) in paragraphs) builder.Append(paragraph).Append(lineEnd);
            return builder.ToString();
        });

    /// <summary>
    /// Seed file names (the document id is the name without extension): keywords, leading digits, names equal
    /// but for case or script, and C# punctuation.
    /// </summary>
    public static readonly string[] FileNames =
    {
        "class", "Class", "CLASS", "namespace", "1st", "007", "2016-05-06", "a\"b", "back\\slash", "{0}", "end*/",
        "#if DEBUG", "ivan", "Ivan", "Ivаn", "Иван", "ёлка", "Ёлка", "null", "_", "__Store", "All", "Doc1", "a b", "😀",
    };

    /// <summary>
    /// <paramref name="count"/> hostile articles drawn from a fixed seed, so a test that needs one large hostile
    /// corpus (determinism, cancellation) sees the same corpus on every run.
    /// </summary>
    public static IReadOnlyList<Seed> FixedCorpus(int count, ulong seed = 20261204)
    {
        var pcg = new PCG(1, seed);
        return Enumerable.Range(0, count)
            .Select(i => new Seed("/project/seeds/hostile-" + i.ToString("D3", CultureInfo.InvariantCulture) + ".txt", Article.Generate(pcg, null, out _)))
            .ToList();
    }

    /// <summary>The same text with every line end (CRLF, CR, LF) written as <paramref name="lineEnd"/>.</summary>
    public static string WithLineEnds(string text, string lineEnd) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", lineEnd);

    private static string Join(string[] tokens) => string.Join(" ", tokens);
}
