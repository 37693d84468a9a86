using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// A lookup table as the generated code reads it: rows of (key, start, count) sorted by key, and the
/// postings the rows point into, each posting list sorted ascending.
/// </summary>
internal sealed class KeyTable
{
    private KeyTable(List<int> rows, List<int> postings)
    {
        Rows = rows;
        Postings = postings;
    }

    public List<int> Rows { get; }

    public List<int> Postings { get; }

    /// <summary>Keys are strings, stored in <paramref name="strings"/> and sorted by their UTF-8 bytes.</summary>
    public static KeyTable ForText(IEnumerable<KeyValuePair<string, SortedSet<int>>> entries, StringStore strings)
    {
        var rows = new List<int>();
        var postings = new List<int>();
        var sorted = entries.Select(e => (Bytes: Encoding.UTF8.GetBytes(Literals.Sanitize(e.Key)), Entry: e)).ToList();
        sorted.Sort((a, b) => CompareBytes(a.Bytes, b.Bytes));
        foreach (var (_, entry) in sorted)
        {
            rows.Add(strings.Add(entry.Key));
            rows.Add(postings.Count);
            rows.Add(entry.Value.Count);
            postings.AddRange(entry.Value);
        }
        return new KeyTable(rows, postings);
    }

    /// <summary>The order the generated binary search compares keys in.</summary>
    private static int CompareBytes(byte[] a, byte[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Keys are integers.</summary>
    public static KeyTable ForInt(IEnumerable<KeyValuePair<int, SortedSet<int>>> entries)
    {
        var rows = new List<int>();
        var postings = new List<int>();
        foreach (var entry in entries.OrderBy(e => e.Key))
        {
            rows.Add(entry.Key);
            rows.Add(postings.Count);
            rows.Add(entry.Value.Count);
            postings.AddRange(entry.Value);
        }
        return new KeyTable(rows, postings);
    }

    /// <summary>Emits <c>{name}Keys</c> and <c>{name}Postings</c>.</summary>
    public void Write(CodeWriter writer, string name)
    {
        writer.IntArray(name + "Keys", Rows);
        writer.IntArray(name + "Postings", Postings);
    }
}

/// <summary>Groups values under keys, for building a <see cref="KeyTable"/>.</summary>
internal sealed class Postings<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, SortedSet<int>> _entries;

    public Postings(IEqualityComparer<TKey>? comparer = null) => _entries = new Dictionary<TKey, SortedSet<int>>(comparer);

    public IEnumerable<KeyValuePair<TKey, SortedSet<int>>> Entries => _entries;

    public void Add(TKey key, int value)
    {
        if (!_entries.TryGetValue(key, out var set)) _entries.Add(key, set = new SortedSet<int>());
        set.Add(value);
    }
}
