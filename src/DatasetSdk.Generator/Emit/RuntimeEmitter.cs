namespace DatasetSdk.Generator.Emit;

/// <summary>
/// The code every lookup runs on: list views over the integer tables, key search, string decoding and the
/// run-time twins of <see cref="TextKeys"/> (which must stay the same algorithms).
/// </summary>
internal static class RuntimeEmitter
{
    public static string Emit(EmitContext context)
    {
        var writer = context.BeginFile();
        writer.Template(Store, context);
        writer.Indent().Line("private const string LatinFold = " + Literals.String(TextKeys.LatinFold) + ";").Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private const string Store = """
        /// <summary>The generated tables and the code that reads them. Not part of the API.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        %GC%
        internal static partial class __Store
        {
            /// <summary>A read-only list of entities: rows of <c>table</c> (or consecutive indexes when it is null) mapped through <c>get</c>.</summary>
            internal sealed class ListView<T> : global::System.Collections.Generic.IReadOnlyList<T>
            {
                internal static readonly ListView<T> Empty = new ListView<T>(null, 0, 0, null!);

                private readonly int[]? _table;
                private readonly int _start;
                private readonly int _count;
                private readonly global::System.Func<int, T> _get;

                internal ListView(int[]? table, int start, int count, global::System.Func<int, T> get)
                {
                    _table = table;
                    _start = start;
                    _count = count;
                    _get = get;
                }

                public int Count => _count;

                public T this[int index]
                {
                    get
                    {
                        if ((uint)index >= (uint)_count) throw new global::System.ArgumentOutOfRangeException(nameof(index));
                        var position = _start + index;
                        return _get(_table is null ? position : _table[position]);
                    }
                }

                public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
                {
                    for (var i = 0; i < _count; i++) yield return this[i];
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            internal static ListView<T> View<T>(int[]? table, int start, int count, global::System.Func<int, T> get) =>
                count == 0 ? ListView<T>.Empty : new ListView<T>(table, start, count, get);

            /// <summary>The postings of row <c>row</c> of a key table (rows of key, start, count); empty for row -1.</summary>
            internal static ListView<T> Postings<T>(int[] keys, int row, int[] postings, global::System.Func<int, T> get) =>
                row < 0 ? ListView<T>.Empty : View(postings, keys[row * 3 + 1], keys[row * 3 + 2], get);

            /// <summary>One instance per index, created on first use.</summary>
            internal static T Get<T>(T?[] cache, int index, global::System.Func<int, T> create)
                where T : class
            {
                var value = global::System.Threading.Volatile.Read(ref cache[index]);
                if (value is null)
                {
                    global::System.Threading.Interlocked.CompareExchange(ref cache[index], create(index), null);
                    value = global::System.Threading.Volatile.Read(ref cache[index])!;
                }
                return value;
            }

            /// <summary>Reads a table written by the generator: per value, 4-bit groups low first, 'A'..'P' continuing, 'a'..'p' ending; zigzag sign.</summary>
            internal static int[] Decode(global::System.ReadOnlySpan<byte> data, int count)
            {
                var values = new int[count];
                var index = 0;
                var shift = 0;
                uint value = 0;
                foreach (var b in data)
                {
                    if (b >= (byte)'a')
                    {
                        value |= (uint)(b - 'a') << shift;
                        values[index++] = (int)(value >> 1) ^ -(int)(value & 1);
                        value = 0;
                        shift = 0;
                    }
                    else
                    {
                        value |= (uint)(b - 'A') << shift;
                        shift += 4;
                    }
                }
                return values;
            }

            internal static CorpusDate? Date(int value) => value < 0 ? null : new CorpusDate(value);

            internal static string Text(int index) => TextOrNull(index) ?? string.Empty;

            internal static string? TextOrNull(int index)
            {
                if (index < 0) return null;
                var text = global::System.Threading.Volatile.Read(ref Decoded[index]);
                if (text is null)
                {
                    text = global::System.Text.Encoding.UTF8.GetString(Bytes(index));
                    global::System.Threading.Volatile.Write(ref Decoded[index], text);
                }
                return text;
            }

            internal static global::System.ReadOnlySpan<byte> Bytes(int index)
            {
                var row = index * 3;
                return Chunk(StringRows[row]).Slice(StringRows[row + 1], StringRows[row + 2]);
            }

            /// <summary>Binary search of a key table (rows of string key, start, count) sorted by the keys' UTF-8 bytes; -1 when absent.</summary>
            internal static int FindText(int[] keys, string key)
            {
                global::System.ReadOnlySpan<byte> bytes = global::System.Text.Encoding.UTF8.GetBytes(key);
                var low = 0;
                var high = keys.Length / 3 - 1;
                while (low <= high)
                {
                    var middle = low + ((high - low) >> 1);
                    var order = global::System.MemoryExtensions.SequenceCompareTo(Bytes(keys[middle * 3]), bytes);
                    if (order == 0) return middle;
                    if (order < 0) low = middle + 1;
                    else high = middle - 1;
                }
                return -1;
            }

            /// <summary>Binary search of a key table (rows of integer key, start, count) sorted by key; -1 when absent.</summary>
            internal static int FindInt(int[] keys, int key)
            {
                var low = LowerBound(keys, key);
                return low < keys.Length / 3 && keys[low * 3] == key ? low : -1;
            }

            /// <summary>The first row whose key is at least <c>key</c>.</summary>
            internal static int LowerBound(int[] keys, int key)
            {
                var low = 0;
                var high = keys.Length / 3;
                while (low < high)
                {
                    var middle = low + ((high - low) >> 1);
                    if (keys[middle * 3] < key) low = middle + 1;
                    else high = middle;
                }
                return low;
            }

            internal static int DayKey(global::System.DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

            /// <summary>The postings of the key rows whose date lies entirely within [from, to], merged in index order.</summary>
            internal static int[] Between(int[] keys, int[] postings, global::System.DateOnly from, global::System.DateOnly to)
            {
                if (from > to) return global::System.Array.Empty<int>();
                var result = new global::System.Collections.Generic.List<int>();
                var last = DayKey(to);
                for (var row = LowerBound(keys, from.Year * 10000); row < keys.Length / 3 && keys[row * 3] <= last; row++)
                {
                    var value = keys[row * 3];
                    int year = value / 10000, month = value / 100 % 100, day = value % 100;
                    var first = new global::System.DateOnly(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
                    var end = day != 0 ? first
                        : month != 0 ? new global::System.DateOnly(year, month, global::System.DateTime.DaysInMonth(year, month))
                        : new global::System.DateOnly(year, 12, 31);
                    if (first < from || end > to) continue;
                    for (var i = 0; i < keys[row * 3 + 2]; i++) result.Add(postings[keys[row * 3 + 1] + i]);
                }
                var array = result.ToArray();
                global::System.Array.Sort(array);
                return array;
            }

            /// <summary>Rows in both sorted lists.</summary>
            internal static int[] Intersect(int[] left, int[] postings, int start, int count)
            {
                var result = new global::System.Collections.Generic.List<int>();
                int i = 0, j = start, end = start + count;
                while (i < left.Length && j < end)
                {
                    if (left[i] == postings[j])
                    {
                        result.Add(left[i]);
                        i++;
                        j++;
                    }
                    else if (left[i] < postings[j]) i++;
                    else j++;
                }
                return result.ToArray();
            }

            /// <summary>True when <c>phrase</c> occurs as consecutive words of <c>words</c>.</summary>
            internal static bool ContainsPhrase(global::System.Collections.Generic.List<string> words, global::System.Collections.Generic.List<string> phrase)
            {
                for (var i = 0; i + phrase.Count <= words.Count; i++)
                {
                    var j = 0;
                    while (j < phrase.Count && string.Equals(words[i + j], phrase[j], global::System.StringComparison.Ordinal)) j++;
                    if (j == phrase.Count) return true;
                }
                return false;
            }

            /// <summary>Trimmed, lower-case (invariant), 'ё' as 'е', inner white space collapsed: the form every key table holds.</summary>
            internal static string NormalizeKey(string? value)
            {
                if (value is null) return string.Empty;
                var lower = value.Trim().ToLowerInvariant();
                var builder = new global::System.Text.StringBuilder(lower.Length);
                var space = false;
                foreach (var c in lower)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = true;
                        continue;
                    }
                    if (space)
                    {
                        builder.Append(' ');
                        space = false;
                    }
                    builder.Append(c == '\u0451' ? '\u0435' : c);
                }
                return builder.ToString();
            }

            /// <summary>Runs of letters and digits, lower-case, accents folded: the form the word index holds.</summary>
            internal static global::System.Collections.Generic.List<string> Words(string text)
            {
                var words = new global::System.Collections.Generic.List<string>();
                var lower = text.ToLowerInvariant();
                var word = new global::System.Text.StringBuilder();
                foreach (var c in lower)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        word.Append(c >= '\u00C0' && c <= '\u024F' ? LatinFold[c - '\u00C0'] : c == '\u0451' ? '\u0435' : c);
                        continue;
                    }
                    var category = char.GetUnicodeCategory(c);
                    if (category == global::System.Globalization.UnicodeCategory.NonSpacingMark
                        || category == global::System.Globalization.UnicodeCategory.SpacingCombiningMark
                        || category == global::System.Globalization.UnicodeCategory.EnclosingMark)
                    {
                        if (word.Length > 0 && (c < '\u0300' || c > '\u036F')) word.Append(c);
                        continue;
                    }
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }
                }
                if (word.Length > 0) words.Add(word.ToString());
                return words;
            }
        """;
}
