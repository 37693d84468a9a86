using System;
using System.Collections.Generic;
using System.Globalization;
using DatasetSdk.Extraction.Lexicons;

namespace DatasetSdk.Extraction.Dates;

/// <summary>The date vocabulary of English and Russian, read once from the lexicon files.</summary>
internal sealed class DateLexicon
{
    private static readonly object Gate = new();
    private static DateLexicon? _instance;

    private DateLexicon()
    {
        foreach (var row in Rows("months.txt"))
        {
            var month = int.Parse(row[0], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = 1; i < row.Length; i++)
            {
                var form = row[i];
                var abbreviation = form.EndsWith("*", StringComparison.Ordinal);
                Months[abbreviation ? form.Substring(0, form.Length - 1) : form] = (month, abbreviation);
            }
        }
        foreach (var row in Rows("weekdays.txt"))
        {
            var day = int.Parse(row[0], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = 1; i < row.Length; i++) Weekdays[row[i]] = day;
        }
        foreach (var row in Rows("number-words.txt"))
        {
            var value = int.Parse(row[0], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = 1; i < row.Length; i++) NumberWords[row[i]] = value;
        }
        foreach (var row in Rows("relative-dates.txt"))
        {
            var unit = row[1] switch
            {
                "day" => RelativeUnit.Day,
                "month" => RelativeUnit.Month,
                "year" => RelativeUnit.Year,
                "span" => RelativeUnit.Span,
                _ => RelativeUnit.SameDay,
            };
            Relative.Add((row[0].Split(' '), unit, int.Parse(row[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));
        }
        // Longest phrases first, so "в этот же день" wins over "в этот день".
        Relative.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var row in Rows("date-words.txt"))
        {
            if (!Classes.TryGetValue(row[0], out var set)) Classes[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < row.Length; i++) set.Add(row[i]);
        }
        foreach (var row in Rows("comment-words.txt"))
        {
            var kind = "comment:" + row[0];
            if (!Classes.TryGetValue(kind, out var set)) Classes[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < row.Length; i++) set.Add(row[i]);
        }
    }

    /// <summary>The shared instance.</summary>
    public static DateLexicon Instance
    {
        get
        {
            lock (Gate) return _instance ??= new DateLexicon();
        }
    }

    /// <summary>Month forms → month number, and whether the form is an abbreviation.</summary>
    public Dictionary<string, (int Month, bool Abbreviation)> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>Weekday forms → day of week (0 = Sunday).</summary>
    public Dictionary<string, int> Weekdays { get; } = new(StringComparer.Ordinal);

    /// <summary>Number words → value.</summary>
    public Dictionary<string, int> NumberWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Relative phrases, longest first.</summary>
    public List<(string[] Words, RelativeUnit Unit, int Offset)> Relative { get; } = new();

    private Dictionary<string, HashSet<string>> Classes { get; } = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> belongs to the word class <paramref name="kind"/> of date-words.txt.</summary>
    public bool Is(string kind, string word) => Classes.TryGetValue(kind, out var set) && set.Contains(word);

    /// <summary>True when <paramref name="word"/> belongs to the word class <paramref name="kind"/> of comment-words.txt.</summary>
    public bool IsCommentWord(string kind, string word) => Is("comment:" + kind, word);

    /// <summary>The entries of a class.</summary>
    public IEnumerable<string> Words(string kind) => Classes.TryGetValue(kind, out var set) ? set : Array.Empty<string>();

    /// <summary>The multi-word entries of a class, split into words.</summary>
    public IEnumerable<string[]> Phrases(string kind)
    {
        if (!Classes.TryGetValue(kind, out var set)) yield break;
        foreach (var entry in set) yield return entry.Split(' ');
    }

    /// <summary>Rows of a <c>a | b | c</c> lexicon, cells trimmed and lower-cased.</summary>
    internal static IEnumerable<string[]> Rows(string file)
    {
        foreach (var line in Lexicon.Load(file))
        {
            var cells = line.Split('|');
            for (var i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim().ToLowerInvariant();
            yield return cells;
        }
    }
}
