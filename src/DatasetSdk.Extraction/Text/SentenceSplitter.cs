using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Quotes;

namespace DatasetSdk.Extraction.Text;

/// <summary>
/// The one sentence splitter every rule reads sentences from. A sentence ends at '.', '!', '?' or '…' before
/// white space and a capital, digit, quote mark or dash, or at a blank line (a paragraph break always ends
/// one); never inside a quotation unless the quotation ends its own sentence; never at the stop of a title
/// ("Dr.", "Sen.", "проф."), an initial ("Harry J. Smith", "В. В. Иванов"), an abbreviation before a number
/// ("No. 5", "Jan. 5") or a word abbreviation ("ул.", "им.") listed in <c>Lexicons/abbreviations.txt</c>.
/// After an initial, a dotted acronym ("U.S.") or a company suffix ("Inc.") a sentence ends only when a
/// word that opens sentences follows ("… in the U.S. The …").
/// </summary>
internal static class SentenceSplitter
{
    private enum Class { Title, Number, Unit, Inner, NamePart, Company }

    private static readonly (Dictionary<string, Class> Classes, HashSet<string> Openers) Lists = Load();

    private static Dictionary<string, Class> Abbreviations => Lists.Classes;

    private static HashSet<string> Openers => Lists.Openers;

    /// <summary>Sentence ranges [start, end) of text[start..end) with its top-level <paramref name="quotes"/> in text order.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var result = new List<(int, int)>();
        var from = start;
        var q = 0;
        for (var i = start; i < end; i++)
        {
            while (q < quotes.Count && quotes[q].After <= i) q++;
            var inside = q < quotes.Count && i >= quotes[q].Open && i < quotes[q].After;
            int boundary;
            if (text[i] == '\n' && !inside && BlankLineAfter(text, i, end))
            {
                boundary = i;
                var after = i;
                while (after < end && char.IsWhiteSpace(text[after])) after++;
                if (HasLetterOrDigit(text, from, boundary)) result.Add((from, TrimEnd(text, from, boundary)));
                from = after;
                i = after - 1;
                continue;
            }
            if (inside)
            {
                // A quote ending its own sentence ("… today." Then …) closes the writer's sentence too.
                var span = quotes[q];
                if (span.Unclosed || i != span.Close || !EndsWithStop(text, span.ContentStart, span.ContentEnd)) continue;
                boundary = span.Close + 1;
            }
            else
            {
                var c = text[i];
                if (c is not ('.' or '!' or '?' or '…')) continue;
                boundary = i + 1;
                while (boundary < end && text[boundary] is '.' or '!' or '?' or '…' or ')') boundary++;
            }
            var next = boundary;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end || next == boundary) continue;
            var n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || QuoteSpans.IsQuoteMark(n) || n is '—' or '–' or '-')) continue;
            if (!inside && text[i] == '.' && boundary == i + 1 && !EndsSentenceAt(text, start, i, next, end)) continue;
            result.Add((from, boundary));
            from = next;
            i = next - 1;
        }
        if (from < end) result.Add((from, end));
        return result;
    }

    /// <summary>
    /// True when the full stop at <paramref name="dot"/> is an abbreviation's or an initial's, as far as the
    /// words around it tell: the stop of "Dr." or "J." does not end a sentence, nor make the next word its first.
    /// </summary>
    public static bool IsAbbreviationStop(string text, int dot)
    {
        if (dot < 0 || dot >= text.Length || text[dot] != '.') return false;
        var next = dot + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0') next++;
        return !EndsSentenceAt(text, 0, dot, next, text.Length);
    }

    /// <summary>Whether the full stop at <paramref name="dot"/>, followed by the word at <paramref name="next"/>, ends a sentence.</summary>
    private static bool EndsSentenceAt(string text, int start, int dot, int next, int end)
    {
        var s = dot;
        while (s > start && (char.IsLetter(text[s - 1]) || (text[s - 1] == '-' && s - 1 > start && char.IsLetter(text[s - 2])))) s--;
        var length = dot - s;
        if (length == 0) return true;
        var word = text.Substring(s, length).ToLowerInvariant().Replace('ё', 'е');
        var followedByNumber = next < end && char.IsDigit(text[next]);
        // "U.S.", "a.m.", "Ж.Ларше", "Harry J. Smith": a single letter with its stop is an initial or part of an acronym.
        if (length == 1 && (char.IsUpper(text[s]) || (s > start + 1 && text[s - 1] == '.')))
        {
            return OpensSentence(text, next, end);
        }
        // "lost 16 lbs. since May", "lost 16 lbs. “and two belt loops”": a sentence never opens with a lower-case
        // letter, quoted or not, so a stop before one is an abbreviation the list does not know.
        var letter = next;
        while (letter < end && QuoteSpans.IsQuoteMark(text[letter])) letter++;
        if (letter < end && char.IsLower(text[letter])) return false;
        if (!Abbreviations.TryGetValue(word, out var kind)) return true;
        switch (kind)
        {
            case Class.Title:
            case Class.Inner:
            case Class.NamePart:
                return false;
            case Class.Number:
                return !followedByNumber;
            case Class.Unit:
                return AfterNumber(text, start, s);
            default:
                return OpensSentence(text, next, end);
        }
    }

    /// <summary>True when the word at <paramref name="at"/> is one that opens sentences and not itself an initial.</summary>
    private static bool OpensSentence(string text, int at, int end)
    {
        var e = at;
        while (e < end && char.IsLetter(text[e])) e++;
        if (e == at || (e < end && text[e] == '.' && e - at == 1)) return false;
        return Openers.Contains(text.Substring(at, e - at).ToLowerInvariant());
    }

    /// <summary>True when a number, maybe with a unit of its own between ("5 млн руб."), stands before the word.</summary>
    private static bool AfterNumber(string text, int start, int wordStart)
    {
        var i = wordStart - 1;
        for (var units = 0; units <= 1; units++)
        {
            while (i >= start && (char.IsWhiteSpace(text[i]) || text[i] == '.')) i--;
            if (i >= start && char.IsDigit(text[i])) return true;
            var e = i + 1;
            while (i >= start && char.IsLetter(text[i])) i--;
            if (e - i - 1 == 0 || !Abbreviations.TryGetValue(text.Substring(i + 1, e - i - 1).ToLowerInvariant(), out var kind) || kind != Class.Unit) return false;
        }
        return false;
    }

    private static bool BlankLineAfter(string text, int newline, int end)
    {
        for (var i = newline + 1; i < end; i++)
        {
            if (text[i] == '\n') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return false;
    }

    private static bool EndsWithStop(string text, int start, int end)
    {
        var i = end - 1;
        while (i >= start && char.IsWhiteSpace(text[i])) i--;
        return i >= start && text[i] is '.' or '!' or '?' or '…';
    }

    private static bool HasLetterOrDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return true;
        }
        return false;
    }

    private static int TrimEnd(string text, int from, int to)
    {
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return to;
    }

    private static (Dictionary<string, Class>, HashSet<string>) Load()
    {
        var classes = new Dictionary<string, Class>(StringComparer.Ordinal);
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("abbreviations.txt"))
        {
            var bar = line.IndexOf('|');
            if (bar < 0) continue;
            var name = line.Substring(0, bar).Trim();
            var forms = line.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (name == "opener")
            {
                openers.UnionWith(forms);
                continue;
            }
            var kind = name switch
            {
                "title" => Class.Title,
                "number" => Class.Number,
                "unit" => Class.Unit,
                "inner" => Class.Inner,
                "name" => Class.NamePart,
                "company" => Class.Company,
                _ => throw new InvalidOperationException($"abbreviations.txt: unknown class '{name}'"),
            };
            foreach (var form in forms) classes[form] = kind;
        }
        return (classes, openers);
    }

    /// <summary>True when <paramref name="lower"/> is a title written before a name ("dr", "sen", "проф").</summary>
    public static bool IsTitle(string lower) => Abbreviations.TryGetValue(lower, out var kind) && kind == Class.Title;

    /// <summary>True when <paramref name="lower"/> is an abbreviation written inside a name ("st" of "St. Paul").</summary>
    public static bool IsNamePart(string lower) => Abbreviations.TryGetValue(lower, out var kind) && kind == Class.NamePart;
}
