using System.Collections.Generic;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Dates;

/// <summary>
/// Finds date expressions in English and Russian text: full and partial calendar dates, numeric dates,
/// lists and ranges (one mention, valued at their first date), years in a date context, weekdays and
/// relative phrases. One left-to-right pass over the tokens; each rule looks a bounded number of tokens
/// around its anchor, so the whole is linear.
/// </summary>
public static class DateFinder
{
    /// <summary>The date expressions between <paramref name="start"/> and <paramref name="end"/>, in text order.</summary>
    public static List<DateExpression> Find(string text, int start, int end)
    {
        var scan = new Scan(text, Tokenizer.Tokenize(text, start, end));
        var found = new List<DateExpression>();
        var floor = 0;
        for (var i = 0; i < scan.Count;)
        {
            var match = scan.Numeric(i) ?? scan.Decade(i, floor) ?? scan.DayFirst(i) ?? scan.MonthFirst(i, floor) ?? scan.Weekday(i, floor)
                ?? scan.Season(i, floor) ?? scan.Quarter(i) ?? scan.RelativePhrase(i) ?? scan.Eve(i) ?? scan.Ago(i) ?? scan.BareYear(i);
            if (match is { } m)
            {
                found.Add(m.Expression);
                i = m.NextToken;
                floor = i;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private readonly record struct Match(DateExpression Expression, int NextToken);

    private sealed class Scan
    {
        private readonly string _text;
        private readonly List<Token> _t;
        private readonly DateLexicon _lx = DateLexicon.Instance;

        public Scan(string text, List<Token> tokens)
        {
            _text = text;
            _t = tokens;
        }

        public int Count => _t.Count;

        private Token? At(int i) => i >= 0 && i < _t.Count ? _t[i] : null;

        private bool IsWord(int i, string kind) => At(i) is { Kind: TokenKind.Word } t && _lx.Is(kind, t.Lower);

        private bool IsPunct(int i, char c) => At(i) is { Kind: TokenKind.Punct } t && _text[t.Start] == c;

        private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '–') || IsPunct(i, '—');

        private static bool IsLatin(string word) => word.Length > 0 && word[0] < 'ǀ';

        private int? MonthAt(int i)
        {
            if (At(i) is not { Kind: TokenKind.Word } t || !_lx.Months.TryGetValue(t.Lower, out var m)) return null;
            // English month names are proper nouns: "may", "march" in lower case are verbs.
            if (IsLatin(t.Lower) && !t.Capitalized) return null;
            if (m.Abbreviation)
            {
                var next = IsPunct(i + 1, '.') ? i + 2 : i + 1;
                if (At(next) is not { Kind: TokenKind.Number }) return null;
            }
            return m.Month;
        }

        /// <summary>Index after a month token and the period of its abbreviation.</summary>
        private int AfterMonth(int i) =>
            _lx.Months.TryGetValue(_t[i].Lower, out var m) && m.Abbreviation && IsPunct(i + 1, '.') ? i + 2 : i + 1;

        private int? DayAt(int i) =>
            At(i) is { Kind: TokenKind.Number } t && t.Length <= 2 && t.Value is >= 1 and <= 31
            && !(IsPunct(i + 1, ':') && At(i + 2) is { Kind: TokenKind.Number }) ? t.Value : null;

        private int? YearAt(int i) =>
            At(i) is { Kind: TokenKind.Number, Length: 4 } t && t.Value is >= 1800 and <= 2199 ? t.Value : null;

        /// <summary>Skips an ordinal suffix glued to a day number ("13th", "13-го").</summary>
        private int AfterDay(int i)
        {
            if (At(i + 1) is { Kind: TokenKind.Word, SpaceBefore: false } s && _lx.Is("ordinal", s.Lower)) return i + 2;
            if (IsDash(i + 1) && At(i + 2) is { Kind: TokenKind.Word, SpaceBefore: false } r && _lx.Is("ordinal", r.Lower)
                && !_lx.Months.ContainsKey(r.Lower)) return i + 3;
            return i + 1;
        }

        /// <summary>Year after a date, optionally behind a comma, with a Russian "года"/"г." after it.</summary>
        private int AfterYear(int i, out int? year)
        {
            year = null;
            var j = IsPunct(i, ',') ? i + 1 : i;
            if (YearAt(j) is not { } y || At(j + 1) is { Kind: TokenKind.Number, SpaceBefore: false }) return i;
            year = y;
            j++;
            if (IsWord(j, "year-suffix"))
            {
                j++;
                if (_t[j - 1].Lower is "г" or "гг" && IsPunct(j, '.')) j++;
            }
            return j;
        }

        /// <summary>A time of day after a full date ("March 20, 2015, 17:58", "06: 45").</summary>
        private int AfterTime(int i, out int? hour, out int? minute)
        {
            hour = minute = null;
            var j = i;
            if (IsPunct(j, ',') || IsWord(j, "preposition") || At(j) is { Kind: TokenKind.Word, Lower: "at" }) j++;
            if (At(j) is { Kind: TokenKind.Number } h && h.Length <= 2 && h.Value <= 23 && IsPunct(j + 1, ':')
                && At(j + 2) is { Kind: TokenKind.Number, Length: 2 } m && m.Value <= 59)
            {
                hour = h.Value;
                minute = m.Value;
                return Meridiem(j + 3, ref hour);
            }
            return i;
        }

        /// <summary>Skips "am"/"pm" ("a.m.", "p.m.") after a time, moving <paramref name="hour"/> to the 24-hour clock.</summary>
        private int Meridiem(int j, ref int? hour)
        {
            if (At(j) is not { Kind: TokenKind.Word } w || hour is not { } h || h is 0 or > 12) return j;
            bool pm;
            var next = j + 1;
            if (w.Lower is "am" or "pm") pm = w.Lower == "pm";
            else if (w.Lower is "a" or "p" && IsPunct(j + 1, '.') && At(j + 2) is { Kind: TokenKind.Word, Lower: "m" })
            {
                pm = w.Lower == "p";
                next = IsPunct(j + 3, '.') ? j + 4 : j + 3;
            }
            else return j;
            hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            return next;
        }

        private DateExpression Expr(int first, int next, DateForm form, int? year = null, int? month = null, int? day = null,
            int offset = 0, bool yearOffset = false, int? weekday = null, DateDirection direction = DateDirection.None,
            int? hour = null, int? minute = null)
        {
            var start = _t[first].Start;
            return new DateExpression(start, _t[next - 1].End - start, form, year, month, day, offset, yearOffset, weekday,
                direction, hour, minute);
        }

        private static bool Valid(int? year, int month, int day) => day <= Model.PartialDate.MaxDay(year, month);

        // 13.11.2010, 2016-05-06, 14/10/2025
        public Match? Numeric(int i)
        {
            if (At(i) is not { Kind: TokenKind.Number } a) return null;
            if (a.Length <= 2 && IsPunct(i + 1, '.') && At(i + 2) is { Kind: TokenKind.Number, SpaceBefore: false } b && b.Length <= 2
                && IsPunct(i + 3, '.') && YearAt(i + 4) is { } y && !_t[i + 4].SpaceBefore && !_t[i + 1].SpaceBefore
                && b.Value is >= 1 and <= 12 && a.Value >= 1 && Valid(y, b.Value, a.Value))
            {
                var next = AfterTime(i + 5, out var h, out var min);
                return new Match(Expr(i, next, DateForm.Calendar, y, b.Value, a.Value, hour: h, minute: min), next);
            }
            // 14/10/2025 or 10/14/2025: read only when the order is plain (one part above 12, or both equal)
            if (a.Length <= 2 && IsPunct(i + 1, '/') && At(i + 2) is { Kind: TokenKind.Number, SpaceBefore: false } c && c.Length <= 2
                && IsPunct(i + 3, '/') && YearAt(i + 4) is { } sy && !_t[i + 4].SpaceBefore && !_t[i + 1].SpaceBefore && !_t[i + 3].SpaceBefore
                && a.Value >= 1 && c.Value >= 1 && (a.Value > 12 || c.Value > 12 || a.Value == c.Value) && !(a.Value > 12 && c.Value > 12))
            {
                var (sm, sd) = a.Value > 12 ? (c.Value, a.Value) : (a.Value, c.Value);
                if (Valid(sy, sm, sd))
                {
                    var next = AfterTime(i + 5, out var h, out var min);
                    return new Match(Expr(i, next, DateForm.Calendar, sy, sm, sd, hour: h, minute: min), next);
                }
            }
            if (YearAt(i) is { } iy && IsDash(i + 1) && At(i + 2) is { Kind: TokenKind.Number, Length: 2, SpaceBefore: false } mo
                && IsDash(i + 3) && At(i + 4) is { Kind: TokenKind.Number, Length: 2, SpaceBefore: false } d
                && mo.Value is >= 1 and <= 12 && d.Value >= 1 && Valid(iy, mo.Value, d.Value))
            {
                var next = AfterTime(i + 5, out var h, out var min);
                return new Match(Expr(i, next, DateForm.Calendar, iy, mo.Value, d.Value, hour: h, minute: min), next);
            }
            return null;
        }

        // the 1990s, the '90s, the early 2000s, в 1990-е годы, в середине 90-х, в конце 1980-х – начале 1990-х годов:
        // a decade, or a range of them, is no single year; one mention without a value
        public Match? Decade(int i, int floor)
        {
            if (DecadeEnd(i) is not { } j) return null;
            var first = MonthPart(i, floor) ?? i;
            // the two-digit form needs a word that makes it a time: "в 90-е", "the '90s", "90-х годов"
            if (_t[i].Length == 2 && first == i && !IsPunct(i - 1, '\'') && !IsPunct(i - 1, '’') && !IsWord(i - 1, "year-context")
                && At(i - 1) is not { Kind: TokenKind.Word, Lower: "the" } && !IsWord(j, "year-suffix")) return null;
            if ((IsDash(j) || IsWord(j, "joiner")) && RangeDecade(j + 1) is { } end) j = end;
            if (IsWord(j, "year-suffix"))
            {
                j++;
                if (_t[j - 1].Lower == "гг" && IsPunct(j, '.')) j++;
            }
            return new Match(Expr(first, j, DateForm.Span), j);
        }

        /// <summary>The end of the second decade of a range, behind "the" and a part word ("the late 1970s", "начале 1990-х"), or null.</summary>
        private int? RangeDecade(int k)
        {
            if (At(k) is { Kind: TokenKind.Word, Lower: "the" }) k++;
            foreach (var phrase in _lx.Phrases("month-part"))
            {
                var ok = true;
                for (var p = 0; p < phrase.Length && ok; p++) ok = At(k + p) is { Kind: TokenKind.Word } w && w.Lower == phrase[p];
                if (!ok) continue;
                var after = k + phrase.Length;
                if (IsDash(after)) after++; // "mid-1990s"
                if (DecadeEnd(after) is { } end) return end;
            }
            return DecadeEnd(k);
        }

        /// <summary>Index after a decade number and its ending ("1990s", "90-х", "1990-е"), or null.</summary>
        private int? DecadeEnd(int i)
        {
            if (At(i) is not { Kind: TokenKind.Number } n || n.Value % 10 != 0) return null;
            if (!(n.Length == 4 && n.Value is >= 1800 and <= 2190 || n.Length == 2)) return null;
            // "1990s", "1990's"
            if (At(i + 1) is { Kind: TokenKind.Word, SpaceBefore: false, Lower: "s" }) return i + 2;
            if ((IsPunct(i + 1, '\'') || IsPunct(i + 1, '’')) && !_t[i + 1].SpaceBefore
                && At(i + 2) is { Kind: TokenKind.Word, SpaceBefore: false, Lower: "s" }) return i + 3;
            // "1990-е", "90-х", "1990-ых"
            if (IsDash(i + 1) && !_t[i + 1].SpaceBefore && At(i + 2) is { Kind: TokenKind.Word, SpaceBefore: false } e
                && IsWord(i + 2, "decade-ending")) return i + 3;
            return null;
        }

        // 22 September 2015, 8 of October, 13 ноября 2010 года, 2 и 3 сентября, 17-18 февраля
        public Match? DayFirst(int i)
        {
            if (DayAt(i) is not { } day || (i > 0 && !_t[i].SpaceBefore && _t[i - 1].Kind != TokenKind.Punct)) return null;
            // the minutes of a time before the date: "10:15, 9 апреля" is the 9th
            if (!_t[i].SpaceBefore && IsPunct(i - 1, ':')) return null;
            // "1.5 May" is no date, nor the "500" of "3,500"; "Moscow. 22 May" is
            if (!_t[i].SpaceBefore && (IsPunct(i - 1, '.') || IsPunct(i - 1, ',') && At(i - 2) is { Kind: TokenKind.Number })) return null;
            var j = AfterDay(i);
            // further days of a list or range sharing the month: "2 и 3", "17-18", "2, 3 and 4"
            while ((IsWord(j, "joiner") || IsDash(j) || IsPunct(j, ',')) && DayAt(j + 1) is not null) j = AfterDay(j + 1);
            if (At(j) is { Kind: TokenKind.Word, Lower: "of" }) j++;
            if (MonthAt(j) is not { } month) return null;
            j = AfterMonth(j);
            j = AfterYear(j, out var year);
            if (!Valid(year, month, day)) return null;
            int? hour = null, minute = null;
            var next = year is null ? j : AfterTime(j, out hour, out minute);
            return new Match(Expr(i, next, DateForm.Calendar, year, month, day, hour: hour, minute: minute,
                direction: year is null ? Tense(i) : DateDirection.None), next);
        }

        // November 13, 2010; May 6; June 2016; September 2 and September 3; July-August this year; in June; last September
        public Match? MonthFirst(int i, int floor)
        {
            if (MonthAt(i) is not { } month) return null;
            var j = AfterMonth(i);
            int? day = null;
            if (DayAt(j) is { } d && !(At(j + 1) is { Kind: TokenKind.Number, SpaceBefore: false }))
            {
                day = d;
                j = AfterDay(j);
                // a list or range: "September 2 and September 3", "September 2 and 3", "September 2-3"
                if ((IsWord(j, "joiner") || IsDash(j)) && MonthAt(j + 1) is not null && DayAt(AfterMonth(j + 1)) is not null)
                    j = AfterDay(AfterMonth(j + 1));
                else if ((IsWord(j, "joiner") || IsDash(j)) && DayAt(j + 1) is not null && MonthAt(AfterDay(j + 1)) is null)
                    j = AfterDay(j + 1);
                j = AfterYear(j, out var y);
                if (!Valid(y, month, day.Value)) return null;
                if (y is not null)
                {
                    var timed = AfterTime(j, out var hour, out var minute);
                    return new Match(Expr(i, timed, DateForm.Calendar, y, month, day, hour: hour, minute: minute), timed);
                }
                var next = YearPhrase(j, out var yo);
                return new Match(Expr(i, next, DateForm.Calendar, null, month, day, offset: yo ?? 0, yearOffset: yo is not null,
                    direction: Tense(i)), next);
            }
            var list = false;
            if ((IsWord(j, "joiner") || IsDash(j) || IsPunct(j, '/')) && MonthAt(j + 1) is not null)
            {
                j = AfterMonth(j + 1);
                list = true;
            }
            if (At(j) is { Kind: TokenKind.Word, Lower: "of" } && YearAt(j + 1) is not null) j++;
            j = AfterYear(j, out var year);
            if (year is not null) return new Match(Expr(i, j, DateForm.Calendar, year, month), j);

            var end = YearPhrase(j, out var offset);
            var first = i;
            var direction = DateDirection.None;
            var context = false;
            if (i - 1 >= floor && IsWord(i - 1, "last")) { first = i - 1; direction = DateDirection.Last; }
            else if (i - 1 >= floor && IsWord(i - 1, "next")) { first = i - 1; direction = DateDirection.Next; }
            else if (i - 1 >= floor && IsWord(i - 1, "this")) { first = i - 1; }
            else if (MonthPart(i, floor) is { } part) { first = part; }
            else if (i - 1 >= floor && IsWord(i - 1, "month-context"))
            {
                context = true;
                if (!list && offset is null && IsWord(i - 1, "preposition")) first = i - 1;
            }
            if (first == i && !context && !list && offset is null) return null;
            if (direction == DateDirection.None) direction = Tense(i);
            return new Match(Expr(first, end, DateForm.Calendar, null, month, offset: offset ?? 0, yearOffset: offset is not null,
                direction: direction), end);
        }

        /// <summary>Start of "beginning of", "early", "mid-", "в начале" right before a month, or null.</summary>
        private int? MonthPart(int month, int floor)
        {
            int? best = null;
            foreach (var phrase in _lx.Phrases("month-part"))
            {
                var first = month - phrase.Length;
                if (phrase.Length == 1 && IsDash(month - 1)) first--; // "mid-October"
                if (first < floor || best <= first) continue;
                var ok = true;
                for (var k = 0; k < phrase.Length && ok; k++) ok = At(first + k) is { Kind: TokenKind.Word } w && w.Lower == phrase[k];
                if (ok) best = first;
            }
            return best;
        }

        /// <summary>"this year", "last year", "этого года" after a month: the year offset, and the index after it.</summary>
        private int YearPhrase(int j, out int? offset)
        {
            offset = null;
            if (At(j + 1) is not { Kind: TokenKind.Word } unit || !(unit.Lower is "year" or "года")) return j;
            if (IsWord(j, "year-this")) offset = 0;
            else if (IsWord(j, "year-last")) offset = -1;
            else if (IsWord(j, "year-next")) offset = 1;
            return offset is null ? j : j + 2;
        }

        // on Friday, Sunday, last Monday, в субботу, в прошлую пятницу
        public Match? Weekday(int i, int floor)
        {
            if (At(i) is not { Kind: TokenKind.Word } t) return null;
            int weekday;
            if (IsWord(i, "weekend"))
            {
                // "over the weekend" is a time, though no single day (its Saturday and Sunday alike); "weekend traffic" is none
                if (i - 1 < floor || !IsWord(i - 1, "weekend-lead")) return null;
                return new Match(Expr(i - 1, i + 1, DateForm.Span), i + 1);
            }
            if (!_lx.Weekdays.TryGetValue(t.Lower, out weekday) || IsLatin(t.Lower) && !t.Capitalized) return null;
            var first = i;
            var direction = DateDirection.None;
            if (first - 1 >= floor && IsWord(first - 1, "last")) { first--; direction = DateDirection.Last; }
            else if (first - 1 >= floor && IsWord(first - 1, "next")) { first--; direction = DateDirection.Next; }
            else if (first - 1 >= floor && IsWord(first - 1, "this")) first--;
            if (first - 1 >= floor && IsWord(first - 1, "preposition")) first--;
            // "Friday, May 6, 2016": the weekday only names the calendar date after it
            if (IsPunct(i + 1, ',') && (Numeric(i + 2) ?? DayFirst(i + 2) ?? MonthFirst(i + 2, i + 2)) is { Expression: { Form: DateForm.Calendar, Day: not null } date } dated)
                return new Match(date with { Start = _t[i].Start, Length = date.End - _t[i].Start }, dated.NextToken);
            if (IsWord(i, "weekday-ambiguous") && first == i && !IsWord(i - 1, "weekday-lead")) return null;
            if (direction == DateDirection.None && FutureAround(i)) direction = DateDirection.Future;
            return new Match(Expr(first, i + 1, DateForm.Weekday, weekday: weekday, direction: direction), i + 1);
        }

        /// <summary>
        /// True when a future-tense word stands within a few words before the weekday, in the same sentence; or when
        /// its sentence, around it, is in the present tense with no past word ("There's a dinner Sunday", "the
        /// president is meeting the governor on Monday"): a weekday told in the present is the coming one.
        /// </summary>
        private bool FutureAround(int i)
        {
            var tense = Tense(i);
            if (tense != DateDirection.None) return tense == DateDirection.Future;
            var present = false;
            for (var k = i - 1; k >= 0 && k >= i - TenseWindow && !EndsSentence(k); k--)
            {
                if (IsWord(k, "past")) return false;
                present |= IsWord(k, "present");
            }
            for (var k = i + 1; k < _t.Count && k <= i + TenseWindow && !EndsSentence(k); k++)
            {
                if (IsWord(k, "past")) return false;
                present |= IsWord(k, "present");
            }
            return present;
        }

        private bool EndsSentence(int k) => _t[k].Kind == TokenKind.Punct && _text[_t[k].Start] is '.' or '!' or '?' or ';';

        /// <summary>
        /// The tense of the few words before a date in its sentence: future when a future word ("will", "пройдут")
        /// stands there, else past when a past word ("was", "состоялась") does, else none.
        /// </summary>
        private DateDirection Tense(int i)
        {
            var tense = DateDirection.None;
            for (var k = i - 1; k >= 0 && k >= i - TenseWindow; k--)
            {
                if (_t[k].Kind == TokenKind.Punct && _text[_t[k].Start] is '.' or '!' or '?' or ';') break;
                if (IsWord(k, "future")) return DateDirection.Future;
                if (IsWord(k, "past")) tense = DateDirection.Past;
            }
            return tense;
        }

        private const int TenseWindow = 8;

        // летом, весной 2023-го, in the autumn, до конца весны, last summer, spring 2019
        public Match? Season(int i, int floor)
        {
            if (At(i) is not { Kind: TokenKind.Word } t || SeasonStart(t.Lower) is not { } startMonth) return null;
            var first = i;
            var leads = 0;
            var end = false;
            var direction = DateDirection.None;
            for (var k = i - 1; k >= floor && k >= i - MaxSeasonLead; k--)
            {
                if (IsWord(k, "last")) direction = DateDirection.Last;
                else if (IsWord(k, "next")) direction = DateDirection.Next;
                else if (!IsWord(k, "this") && !IsWord(k, "season-lead")) break;
                first = k;
                if (_t[k].Lower != "of") leads++;
                end |= IsWord(k, "season-end");
            }
            // "the heat of summer": a bare "of" leads nothing
            while (first < i && _t[first].Lower == "of") first++;
            var next = i + 1;
            if (At(next) is { Kind: TokenKind.Word, Lower: "of" } && YearAt(next + 1) is not null) next++;
            int? year = null;
            if (YearAt(next) is { } y)
            {
                year = y;
                next++;
                if (IsDash(next) && At(next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } suffix && _lx.Is("ordinal", suffix.Lower)) next += 2;
                else if (IsWord(next, "year-suffix")) next++;
            }
            else if (leads == 0 && !IsWord(i, "season-adverb"))
            {
                return null;
            }
            // an English season before a noun qualifies it: "the winter schedule", "the summer break"
            if (year is null && IsLatin(t.Lower) && At(i + 1) is { Kind: TokenKind.Word } after && !after.Capitalized && !IsWord(i + 1, "season-follower")) return null;
            // English "fall" is mostly the verb: only "the fall", "this fall", "fall 2019"
            if (t.Lower == "fall" && year is null && !(IsWord(i - 1, "this") || IsWord(i - 1, "last") || IsWord(i - 1, "next") || At(i - 1) is { Lower: "the" })) return null;
            var month = end ? (startMonth + 1) % 12 + 1 : (int?)null;
            return new Match(Expr(first, next, DateForm.Season, year, month, offset: startMonth, direction: direction), next);
        }

        private const int MaxSeasonLead = 4;

        // первый квартал, в третьем квартале 2025 года, the first quarter of 2026: a quarter names its year
        public Match? Quarter(int i)
        {
            var number = IsWord(i, "quarter-1") ? 1 : IsWord(i, "quarter-2") ? 2 : IsWord(i, "quarter-3") ? 3 : IsWord(i, "quarter-4") ? 4 : 0;
            if (number == 0 || !IsWord(i + 1, "quarter")) return null;
            // "the first quarter-final" is a round of a tournament
            if (IsDash(i + 2) && At(i + 2) is { SpaceBefore: false }) return null;
            var next = i + 2;
            if (At(next) is { Kind: TokenKind.Word, Lower: "of" } && YearAt(next + 1) is not null) next++;
            int? year = null;
            if (YearAt(next) is { } y)
            {
                year = y;
                next++;
                if (IsWord(next, "year-suffix")) next++;
            }
            return new Match(Expr(i, next, DateForm.Season, year, offset: (number - 1) * 3 + 1), next);
        }

        private int? SeasonStart(string word) =>
            _lx.Is("season-spring", word) ? 3
            : _lx.Is("season-summer", word) ? 6
            : _lx.Is("season-autumn", word) ? 9
            : _lx.Is("season-winter", word) ? 12
            : null;

        // накануне: the day before the document date, unless an event in the genitive follows ("накануне визита")
        public Match? Eve(int i)
        {
            if (!IsWord(i, "eve")) return null;
            if (At(i + 1) is { Kind: TokenKind.Word } w && !w.Capitalized && w.Lower.Length > 2)
            {
                foreach (var ending in GenitiveEndings)
                {
                    if (w.Lower.EndsWith(ending, System.StringComparison.Ordinal)) return null;
                }
            }
            return new Match(Expr(i, i + 1, DateForm.RelativeDays, offset: -1), i + 1);
        }

        private IEnumerable<string> GenitiveEndings => _lx.Words("genitive-ending");

        // today, this year, в этот же день
        public Match? RelativePhrase(int i)
        {
            foreach (var (words, unit, offset) in _lx.Relative)
            {
                var ok = true;
                for (var k = 0; k < words.Length && ok; k++) ok = At(i + k) is { Kind: TokenKind.Word } w && w.Lower == words[k];
                if (!ok) continue;
                var next = i + words.Length;
                var form = unit switch
                {
                    RelativeUnit.Day => DateForm.RelativeDays,
                    RelativeUnit.Month => DateForm.RelativeMonths,
                    RelativeUnit.Year => DateForm.RelativeYears,
                    RelativeUnit.Span => DateForm.Span,
                    _ => DateForm.SameDay,
                };
                return new Match(Expr(i, next, form, offset: offset), next);
            }
            return null;
        }

        // two weeks ago, 3 days ago, месяц назад, два года назад
        public Match? Ago(int i)
        {
            int n;
            var j = i;
            if (At(i) is { Kind: TokenKind.Number } num && num.Length <= 3) n = num.Value;
            else if (At(i) is { Kind: TokenKind.Word } w && _lx.NumberWords.TryGetValue(w.Lower, out var v)) n = v;
            else if (IsUnit(i) is not null) { n = 1; j = i - 1; }
            else return null;
            if (IsUnit(j + 1) is not { } unit) return null;
            var ago = j + 2;
            if (!IsWord(ago, "ago"))
            {
                if (!(At(ago) is { Kind: TokenKind.Word, Lower: "тому" } && IsWord(ago + 1, "ago"))) return null;
                ago++;
            }
            var form = unit switch
            {
                RelativeUnit.Month => DateForm.RelativeMonths,
                RelativeUnit.Year => DateForm.RelativeYears,
                _ => DateForm.RelativeDays,
            };
            var days = unit == RelativeUnit.Week ? 7 : 1;
            return new Match(Expr(i, ago + 1, form, offset: -n * days), ago + 1);
        }

        private RelativeUnit? IsUnit(int i) =>
            IsWord(i, "unit-day") ? RelativeUnit.Day
            : IsWord(i, "unit-week") ? RelativeUnit.Week
            : IsWord(i, "unit-month") ? RelativeUnit.Month
            : IsWord(i, "unit-year") ? RelativeUnit.Year
            : null;

        private const int MinAttributiveYear = 1900;
        private const int MaxAttributiveYear = 2100;

        // since 2013, в 2013 году, 2013 г.
        public Match? BareYear(int i)
        {
            // "mid-2025": a year glued to its context word by a hyphen
            var hyphened = IsDash(i - 1) && !_t[i - 1].SpaceBefore && IsWord(i - 2, "year-context");
            // "Олимпиада-2018", "ЧМ-2018", "Expo-2030": an event named with its year, which alone is the date
            var named = !hyphened && IsDash(i - 1) && !_t[i - 1].SpaceBefore && !_t[i].SpaceBefore
                && At(i - 2) is { Kind: TokenKind.Word, Capitalized: true };
            if (YearAt(i) is not { } year || !_t[i].SpaceBefore && !hyphened && !named) return null;
            if (At(i + 1) is { SpaceBefore: false } glued && !(glued.Kind == TokenKind.Punct && _text[glued.Start] is '.' or ',' or ')' or ';' or ':' or '-' or '–' or '—' or '»' or '"' or '”'))
                return null;
            // "the 2022 level", "the 2014 elections": a year qualifying a noun (counts carry separators: "the 2,000 troops")
            var context = IsWord(i - 1, "year-context")
                || At(i - 1) is { Kind: TokenKind.Word, Lower: "the" } && At(i + 1) is { Kind: TokenKind.Word, Capitalized: false, SpaceBefore: true }
                   && year is >= MinAttributiveYear and <= MaxAttributiveYear
                || At(i - 1) is { Kind: TokenKind.Word, Lower: "of" } && MonthPart(i, 0) is not null
                || hyphened || named;
            var j = i + 1;
            // a range of years: "2013-2015", "2013 и 2014"
            if ((IsDash(j) || IsWord(j, "joiner")) && YearAt(j + 1) is not null) j += 2;
            // "к 2025-му", "к концу 2025-го": the case ending and the part of the year belong to the mention
            if (IsDash(j) && At(j + 1) is { Kind: TokenKind.Word, SpaceBefore: false } ending && _lx.Is("ordinal", ending.Lower)) j += 2;
            var first = hyphened ? i - 2 : context && IsWord(i - 1, "month-part") ? i - 1 : i;
            if (IsWord(j, "year-suffix"))
            {
                context = true;
                j++;
                if (_t[j - 1].Lower is "г" or "гг" && IsPunct(j, '.')) j++;
            }
            return context ? new Match(Expr(first, j, DateForm.Calendar, year), j) : null;
        }
    }
}

/// <summary>The unit of a relative date phrase.</summary>
public enum RelativeUnit
{
    /// <summary>Days.</summary>
    Day,
    /// <summary>Weeks (seven days).</summary>
    Week,
    /// <summary>Months.</summary>
    Month,
    /// <summary>Years.</summary>
    Year,
    /// <summary>The day last named in the text.</summary>
    SameDay,
    /// <summary>A stretch of several days ("this week"), which no single date names.</summary>
    Span,
}
