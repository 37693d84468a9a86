using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Dates;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Segment;

/// <summary>What a date stamp line says about the date it carries.</summary>
public enum StampKind
{
    /// <summary>No label: a bare date line.</summary>
    None,
    /// <summary>"Published", "Опубликовано": the document date.</summary>
    Published,
    /// <summary>"Last updated at", "Обновлено": a later edit, never the document date.</summary>
    Updated,
}

/// <summary>Layout and vocabulary cues of one block, computed once.</summary>
/// <param name="Words">Number of words (tokens with a letter).</param>
/// <param name="Bullet">Starts with a bullet mark.</param>
/// <param name="Sentence">Ends like a sentence, or holds a sentence break.</param>
/// <param name="Chrome">Menu, share, widget, login, licence or URL-only line.</param>
/// <param name="Caption">Photo caption or credit.</param>
/// <param name="SectionMarker">"See also", "Tags", "Читайте также": links follow.</param>
/// <param name="DateOnly">Nothing but a date (and a stamp label or time).</param>
/// <param name="Stamp">The label of a date line.</param>
/// <param name="HeadingShape">Looks like a headline: 3–30 words, capitalized, no closing period.</param>
/// <param name="Introduces">Ends with a colon: it introduces what follows ("Vladimir Putin:", "He said:").</param>
/// <param name="ShortHeadingShape">A headline of one or two words ("Rain due"): capitalized, no closing mark.</param>
/// <param name="Dialogue">A turn of an interview or dialogue: a dash, then a whole sentence ("— Когда начнутся работы?").</param>
/// <param name="Byline">An author line: "By ANN SMITH and JOHN DOE", "Автор: Иван Петров".</param>
public sealed record BlockCues(int Words, bool Bullet, bool Sentence, bool Chrome, bool Caption, bool SectionMarker,
    bool DateOnly, StampKind Stamp, bool HeadingShape, bool Introduces, bool ShortHeadingShape = false, bool Dialogue = false, bool Byline = false)
{
    /// <summary>Prose that may stand for the body of a very short article, where nothing is <see cref="BodyLike"/>.</summary>
    public bool ShortProse => !Bullet && !Chrome && !Caption && !DateOnly && !SectionMarker && Sentence && Words >= 4;

    /// <summary>Can be the title of a very short article.</summary>
    public bool ShortHeading => ShortHeadingShape && !Bullet && !Chrome && !Caption && !DateOnly && !SectionMarker;

    /// <summary>Prose that can anchor the article body.</summary>
    public bool BodyLike => !Bullet && !Chrome && !Caption && !DateOnly && !SectionMarker && (Words >= 8 && (Sentence || Words >= 20) || Dialogue && Words >= 2);

    /// <summary>Can be a title or heading.</summary>
    public bool Heading => HeadingShape && !Bullet && !Chrome && !Caption && !DateOnly && !SectionMarker && !Byline;
}

/// <summary>
/// Tells site chrome from article text by general layout cues (bullets, short lines without sentence
/// punctuation, URL-only lines, copyright years, captions echoing each other) plus small lexicons of menu,
/// share, login and licence vocabulary (<c>boilerplate-lines.txt</c>, <c>boilerplate-phrases.txt</c>,
/// <c>section-markers.txt</c>, <c>caption-markers.txt</c>, <c>date-stamp-labels.txt</c>).
/// </summary>
public static class BoilerplateClassifier
{
    private const int MaxCaptionWords = 40;
    private const int MaxBylineWords = 5;
    private static readonly object Gate = new();
    private static readonly char[] QuoteMarks = { '"', '“', '”', '«', '»', '„' };
    private static Vocabulary? _vocabulary;

    private sealed class Vocabulary
    {
        public readonly HashSet<string> Lines = new(Lexicon.Load("boilerplate-lines.txt"), StringComparer.Ordinal);
        public readonly List<string> Phrases = new(Lexicon.Load("boilerplate-phrases.txt"));
        public readonly HashSet<string> Sections = new(Lexicon.Load("section-markers.txt"), StringComparer.Ordinal);
        public readonly List<string> CaptionStarts = new();
        public readonly List<string> CaptionAnywhere = new();
        public readonly Dictionary<string, StampKind> Stamps = new(StringComparer.Ordinal);
        public readonly HashSet<string> Bylines = new(StringComparer.Ordinal);
        public readonly HashSet<string> Joiners = new(StringComparer.Ordinal);

        public Vocabulary()
        {
            foreach (var row in DateLexicon.Rows("caption-markers.txt"))
                (row[0] == "start" ? CaptionStarts : CaptionAnywhere).Add(row[1]);
            foreach (var row in DateLexicon.Rows("date-stamp-labels.txt"))
            {
                if (row[0] == "byline") Bylines.Add(row[1]);
                else if (row[0] == "byline-joiner") Joiners.Add(row[1]);
                else Stamps[row[1]] = row[0] == "updated" ? StampKind.Updated : StampKind.Published;
            }
        }
    }

    private static Vocabulary Words
    {
        get
        {
            lock (Gate) return _vocabulary ??= new Vocabulary();
        }
    }

    /// <summary>Cues of the block <paramref name="start"/>..<paramref name="end"/>; <paramref name="previousCaption"/> is the caption just above, if any.</summary>
    public static BlockCues Cues(string text, int start, int end, string? previousCaption)
    {
        var s = text.Substring(start, end - start);
        var words = CountWords(s);
        var bullet = IsBullet(s);
        var norm = Normalize(s);
        var sentence = EndsSentence(s) || HasSentenceBreak(s);
        var caption = IsCaption(s, words, previousCaption);
        var section = Words.Sections.Contains(norm);
        var stamp = StampKind.None;
        var dateOnly = !bullet && words <= 12 && IsDateOnly(text, start, end, out stamp);
        // "February 18, 2026" ends in a year like a copyright footer, but it is the page's date line
        var chrome = !dateOnly && IsChrome(s, norm, words, sentence);
        // a headline may ask or exclaim, but a quoted question is speech
        var question = EndsWith(s, "?!") && !HasSentenceBreak(s) && s.IndexOfAny(QuoteMarks) < 0;
        var heading = words is >= 3 and <= 30 && (!sentence || question) && StartsLikeTitle(s) && !EndsWith(s, ".:;,…") && !s.Contains("://");
        var shortHeading = words is 1 or 2 && !sentence && StartsLikeTitle(s) && !EndsWith(s, ".:;,…|") && !s.Contains("://");
        var dialogue = IsDialogueTurn(s);
        var byline = !dateOnly && !sentence && IsByline(s, words);
        return new BlockCues(words, bullet, sentence, chrome, caption, section, dateOnly, stamp, heading && !dialogue, EndsWith(s, ":"), shortHeading, dialogue, byline);
    }

    /// <summary>Lower case, bullets and edge punctuation removed, inner punctuation as spaces, spaces collapsed.</summary>
    public static string Normalize(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        var space = true;
        foreach (var ch in s)
        {
            var c = char.ToLowerInvariant(ch);
            if (c == 'ё') c = 'е';
            if (char.IsLetterOrDigit(c) || c is '©' or '.' && n > 0 && char.IsLetter(chars[n - 1]))
            {
                chars[n++] = c;
                space = false;
            }
            else if (!space)
            {
                chars[n++] = ' ';
                space = true;
            }
        }
        while (n > 0 && chars[n - 1] is ' ' or '.') n--;
        return new string(chars, 0, n);
    }

    private const int MaxBylineNames = 10;

    /// <summary>
    /// "By ANN SMITH and JOHN DOE", "By Ann Smith, Reuters", "Автор: Иван Петров": a byline word, then only
    /// capitalized words and the joiners of a list of names.
    /// </summary>
    private static bool IsByline(string s, int words)
    {
        if (words < 2 || words > MaxBylineNames) return false;
        var tokens = Normalize(s).Split(' ');
        if (!Words.Bylines.Contains(tokens[0])) return false;
        var wordStart = true;
        var first = true;
        var names = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsLetter(c) && wordStart)
            {
                var w = i;
                while (w < s.Length && char.IsLetter(s[w])) w++;
                var word = s.Substring(i, w - i);
                if (!first && !char.IsUpper(c) && !Words.Joiners.Contains(word.ToLowerInvariant())) return false;
                if (!first && char.IsUpper(c)) names++;
                first = false;
            }
            wordStart = !char.IsLetter(c) && c != '\'' && c != '’';
        }
        return names >= 1;
    }

    private static int CountWords(string s)
    {
        var words = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetter) words++;
                inWord = hasLetter = false;
            }
            else
            {
                inWord = true;
                hasLetter |= char.IsLetter(c);
            }
        }
        return words + (inWord && hasLetter ? 1 : 0);
    }

    /// <summary>True when the block starts with a bullet mark; a dash opening a whole sentence is a dialogue turn, not a bullet.</summary>
    public static bool IsBullet(string s) =>
        s.Length > 1 && (s[0] is '•' or '·' or '▪' or '●' or '◦' or '‣' or '►' or '■' || (s[0] is '-' or '*' or '–' or '—' && s[1] == ' '
            && !IsDialogueTurn(s)));

    /// <summary>
    /// A dash, then a whole sentence ("— Когда начнутся работы?"). Interviews typed with a hyphen ("- Думаю,
    /// да. Посмотрим.") are told from list items by reading as speech: a question, or more than one sentence.
    /// </summary>
    private static bool IsDialogueTurn(string s) =>
        s.Length > 2 && s[1] == ' ' && EndsSentence(s)
        && (s[0] is '—' or '–' || (s[0] == '-' && (EndsWith(s, "?") || HasSentenceBreak(s.Substring(2)))));

    private static bool EndsWith(string s, string marks)
    {
        var i = s.Length - 1;
        return i >= 0 && marks.IndexOf(s[i]) >= 0;
    }

    private static bool EndsSentence(string s)
    {
        var i = s.Length - 1;
        while (i >= 0 && s[i] is '"' or '”' or '»' or '’' or '\'' or ')' or ']') i--;
        return i >= 0 && s[i] is '.' or '!' or '?' or '…';
    }

    private static bool HasSentenceBreak(string s)
    {
        for (var i = 1; i + 2 < s.Length; i++)
        {
            if (s[i] is '.' or '!' or '?' && s[i + 1] == ' ' && char.IsLower(s[i - 1]) && char.IsUpper(s[i + 2])
                && !(s[i] == '.' && SentenceSplitter.IsAbbreviationStop(s, i))) return true;
        }
        return false;
    }

    private static bool StartsLikeTitle(string s)
    {
        foreach (var c in s)
        {
            if (c is '"' or '«' or '“' or '\'' or '‘') continue;
            return char.IsUpper(c) || char.IsDigit(c);
        }
        return false;
    }

    private static bool IsChrome(string s, string norm, int words, bool sentence)
    {
        var v = Words;
        if (norm.Length == 0) return true;
        if (v.Lines.Contains(norm)) return true;
        if (words <= 6)
        {
            foreach (var entry in v.Lines)
            {
                if (norm.StartsWith(entry + " ", StringComparison.Ordinal) && CountWords(norm) <= CountWords(entry) + 2) return true;
            }
        }
        if (words <= 20)
        {
            var padded = " " + norm + " ";
            foreach (var phrase in v.Phrases)
            {
                if (padded.IndexOf(" " + phrase + " ", StringComparison.Ordinal) >= 0) return true;
            }
        }
        if (!sentence && IsMenuRow(s)) return true;
        if (!sentence && IsWidget(s)) return true;
        // a labelled list of tags or links on one line: "Tags: Russia, Japan", "Читайте также: ..."
        var colon = s.IndexOf(':');
        if (colon > 0 && colon < 30 && !sentence && v.Sections.Contains(Normalize(s.Substring(0, colon)))) return true;
        if ((s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) && s.IndexOf(' ') < 0)
            return true;
        // copyright footers: a few words ending in a year ("Presidential Executive Office 2025", "© 2024 Agency")
        if (words <= 5 && !sentence && s.Length >= 4)
        {
            var tail = s.Substring(s.Length - 4);
            if ((tail.StartsWith("19", StringComparison.Ordinal) || tail.StartsWith("20", StringComparison.Ordinal))
                && char.IsDigit(tail[2]) && char.IsDigit(tail[3]) && (s.Length == 4 || !char.IsDigit(s[s.Length - 5]))) return true;
        }
        return false;
    }

    private const int MinWidgetReadings = 2;

    /// <summary>
    /// A weather, currency or market ticker: "Погода: +3 °C   Курс: USD 91,20", "Weather: 12°C | FTSE: 8,102".
    /// Two labels or more, each read out as a number (signed, or behind a currency code).
    /// </summary>
    private static bool IsWidget(string s)
    {
        var readings = 0;
        for (var colon = s.IndexOf(':'); colon > 0; colon = s.IndexOf(':', colon + 1))
        {
            // a clock ("11:20") is no label
            if (char.IsDigit(s[colon - 1])) continue;
            var i = colon + 1;
            while (i < s.Length && s[i] == ' ') i++;
            var code = i;
            while (code < s.Length && char.IsUpper(s[code])) code++;
            if (code - i is >= 2 and <= 4 && code < s.Length && s[code] == ' ') i = code + 1;
            if (i < s.Length && s[i] is '−' or '-' or '+' or '–') i++;
            if (i < s.Length && char.IsDigit(s[i])) readings++;
        }
        return readings >= MinWidgetReadings;
    }

    private const int MinSpacedMenuItems = 4;

    /// <summary>"Новости  Общество  Транспорт  Спорт": four or more capitalised items of a word or two set apart by runs of spaces.</summary>
    private static bool IsSpacedMenuRow(string s)
    {
        var items = s.Trim().Split(new[] { "  " }, StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < MinSpacedMenuItems) return false;
        foreach (var item in items)
        {
            var t = item.Trim();
            if (t.Length == 0 || !char.IsUpper(t[0]) || CountWords(t) > MaxMenuItemWords - 1) return false;
        }
        return true;
    }

    private const int MinMenuItems = 3;
    private const int MaxMenuItemWords = 3;

    /// <summary>"Новости | Политика | В мире": three or more items of a few words between bars or dots, a row of links.</summary>
    private static bool IsMenuRow(string s)
    {
        var items = s.Split('|', '·', '•');
        if (items.Length < MinMenuItems) return IsSpacedMenuRow(s);
        foreach (var item in items)
        {
            var n = CountWords(item);
            if (n is < 1 or > MaxMenuItemWords) return false;
        }
        return true;
    }

    private static bool IsCaption(string s, int words, string? previousCaption)
    {
        foreach (var marker in Words.CaptionStarts)
        {
            if (s.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        if (words <= MaxCaptionWords)
        {
            foreach (var marker in Words.CaptionAnywhere)
            {
                if (s.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
        }
        // the same caption repeated as image alt text: its opening words already appeared in the caption above
        if (previousCaption is not null && s.Length >= 40 && previousCaption.IndexOf(s.Substring(0, 40), StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>True when <paramref name="s"/> is a menu, share, login or licence line by the lexicons.</summary>
    public static bool IsChromeLine(string s)
    {
        var norm = Normalize(s);
        return IsChrome(s, norm, CountWords(norm), EndsSentence(s));
    }

    /// <summary>True for a line that is only a time of day: "2:14 p.m. EDT", "14:02".</summary>
    public static bool IsTimeOfDay(string s) => s.Trim().Length > 0 && WithoutTime(s.Trim()).Trim().Length == 0;

    /// <summary>True when <paramref name="s"/> is a date stamp label ("Last updated at", "Опубликовано").</summary>
    public static bool IsStampLabel(string s) => Words.Stamps.ContainsKey(Normalize(s));

    /// <summary>
    /// True for a date line: only dates, optionally behind a stamp label ("Last updated at", "Posted by Ann on")
    /// or a time; or a full date opening a short line of page furniture ("May 6, 2016 / 3:45 PM / Updated").
    /// <paramref name="stamp"/> says which label it has.
    /// </summary>
    public static bool IsDateOnly(string text, int start, int end, out StampKind stamp)
    {
        stamp = StampKind.None;
        var dates = DateFinder.Find(text, start, end);
        // "пятница, 10 апреля 2026": the weekday naming the date is part of its stamp
        if (dates.Count > 1 && dates[0].Form == DateForm.Weekday && !HasWordOrDigit(text, dates[0].End, dates[1].Start)) dates.RemoveAt(0);
        if (dates.Count == 0 || dates[0].Form != DateForm.Calendar || dates[0].Month is null) return false;
        var label = Normalize(WithoutTime(text.Substring(start, dates[0].Start - start)));
        // a time of day before the date ("15:00 06.05.2016") is no label
        if (IsTime(label)) label = string.Empty;
        label = WithoutWeekday(label);
        var separated = EndsWithSeparator(text, start, dates[0].Start);
        if (label.Length > 0 && !Words.Stamps.TryGetValue(label, out stamp) && !LabelWithName(label, separated, out stamp)
            && !(separated && dates[0].IsFullDate && IsProperName(text, start, dates[0].Start))) return false;
        // page furniture may follow a full date, after a plain or a labelled one alike ("Posted by Ann on 9 May 2026 · 7 min read")
        if (dates[0].IsFullDate && !EndsSentence(text.Substring(start, end - start))) return true;
        var last = start;
        foreach (var d in dates)
        {
            if (HasWordOrDigit(text, last, d.Start) && last != start) return false;
            last = d.End;
        }
        return !HasWordOrDigit(text, last, end);
    }

    private const int MinWeekdayAbbreviation = 3;

    /// <summary>
    /// A stamp label without the day of the week that opens its date ("Sat 7 Mar 2026", "Last modified on
    /// Sat 7 Mar 2026"): the weekday, written out or cut to its first letters, and an "on" before it go.
    /// </summary>
    private static string WithoutWeekday(string label)
    {
        var space = label.LastIndexOf(' ');
        var last = label.Substring(space + 1);
        if (last.Length < MinWeekdayAbbreviation) return label;
        var weekday = false;
        foreach (var day in DateLexicon.Instance.Weekdays.Keys)
        {
            weekday |= day.StartsWith(last, StringComparison.Ordinal);
        }
        if (!weekday) return label;
        var rest = space < 0 ? string.Empty : label.Substring(0, space);
        if (rest.EndsWith(" on", StringComparison.Ordinal) && Words.Stamps.ContainsKey(rest.Substring(0, rest.Length - 3))) rest = rest.Substring(0, rest.Length - 3);
        return rest;
    }

    /// <summary>
    /// "posted by ann smith on": a stamp label, a name of a few words, then "on" or "at"; or a byline cut off
    /// from its date by a separator ("By Ann Smith | May 6, 2016", "Автор: Иван Петров · 6 мая 2016").
    /// </summary>
    private static bool LabelWithName(string label, bool separated, out StampKind stamp)
    {
        stamp = StampKind.None;
        var words = label.Split(' ');
        if (separated && words.Length is >= 2 and <= MaxBylineWords && Words.Bylines.Contains(words[0]))
        {
            stamp = StampKind.Published;
            return true;
        }
        if (words.Length > 7 || words[words.Length - 1] is not ("on" or "at")) return false;
        for (var n = words.Length - 2; n >= 1; n--)
        {
            if (Words.Stamps.TryGetValue(string.Join(" ", words, 0, n), out stamp)) return true;
        }
        return false;
    }

    /// <summary>An author or a place before a separator: "Анна Смирнова, 5 апреля 2024", "OSLO — May 6, 2016".</summary>
    private static bool IsProperName(string text, int from, int to)
    {
        var words = 0;
        var wordStart = true;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (wordStart && !char.IsUpper(c)) return false;
                if (wordStart) words++;
                wordStart = false;
            }
            else if (char.IsDigit(c))
            {
                return false;
            }
            else
            {
                wordStart = c is ' ' or '|' or ',' or '·' or '•' or '/' or '—' or '–';
            }
        }
        return words is >= 1 and <= MaxNameWords;
    }

    private const int MaxNameWords = 3;

    private static bool EndsWithSeparator(string text, int from, int to)
    {
        var i = to - 1;
        while (i >= from && text[i] == ' ') i--;
        return i >= from && text[i] is '|' or '·' or '•' or ',' or '—' or '–' or '-' or '/';
    }

    /// <summary>
    /// The label before a date without the time of day that ends it: "Updated 3:12 PM GMT+1," → "Updated",
    /// "Published 10:05 AM EST," → "Published". A label without a time comes back as it is.
    /// </summary>
    private static string WithoutTime(string label)
    {
        var i = label.Length;
        while (i > 0 && label[i - 1] is ' ' or ',' or '|' or '·' or '•') i--;
        // a time zone: "GMT+1", "EST", "UTC-05:00", "МСК"
        var k = i;
        while (k > 0 && (char.IsDigit(label[k - 1]) || label[k - 1] == ':')) k--;
        if (k < i && k > 0 && label[k - 1] is '+' or '-') k--;
        else k = i;
        var letters = k;
        while (k > 0 && char.IsUpper(label[k - 1])) k--;
        if (letters - k is >= 2 and <= 5 && k > 0 && label[k - 1] == ' ') i = k;
        while (i > 0 && label[i - 1] == ' ') i--;
        // "AM", "p.m."
        var meridiem = label.Substring(0, i);
        foreach (var mark in Meridiems)
        {
            if (meridiem.EndsWith(" " + mark, StringComparison.OrdinalIgnoreCase) || meridiem.EndsWith(mark, StringComparison.OrdinalIgnoreCase) && meridiem.Length > mark.Length && char.IsDigit(meridiem[meridiem.Length - mark.Length - 1]))
            {
                i -= mark.Length;
                break;
            }
        }
        while (i > 0 && label[i - 1] == ' ') i--;
        // the time itself: "3:12", "15.05"
        var digits = 0;
        while (i > 0 && char.IsDigit(label[i - 1]) && digits < 2) { i--; digits++; }
        if (digits != 2 || i == 0 || label[i - 1] is not (':' or '.')) return label;
        i--;
        digits = 0;
        while (i > 0 && char.IsDigit(label[i - 1]) && digits < 2) { i--; digits++; }
        if (digits == 0 || i > 0 && !(label[i - 1] is ' ' or ',' or '|')) return label;
        return label.Substring(0, i);
    }

    private static readonly string[] Meridiems = { "a.m.", "p.m.", "am", "pm" };

    private static bool IsTime(string label)
    {
        if (label.Length == 0) return false;
        foreach (var c in label) if (!(char.IsDigit(c) || c == ' ')) return false;
        return label.Length <= 5;
    }

    private static bool HasWordOrDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return true;
        }
        return false;
    }
}
