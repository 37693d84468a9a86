using System;
using System.Collections.Generic;
using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// Every string of the corpus, stored once as UTF-8 in chunks that become <c>"..."u8</c> literals, so the
/// corpus never touches the 16 MB user-string heap (CS8103) and nothing is decoded until it is read.
/// A string is addressed by its index: a (chunk, offset, length) row of the generated string table.
/// </summary>
internal sealed class StringStore
{
    /// <summary>Chunk size bound: large enough to keep the chunk count small, small enough to keep each literal cheap to compile.</summary>
    private const int MaxChunkBytes = 128 * 1024;

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<int> _rows = new();
    private readonly List<List<string>> _chunks = new();
    private int _chunkBytes;

    public int Count => _rows.Count / 3;

    public IReadOnlyList<int> Rows => _rows;

    public IReadOnlyList<List<string>> Chunks => _chunks;

    /// <summary>The index of <paramref name="text"/>, adding it if new; -1 for null.</summary>
    public int Add(string? text)
    {
        if (text is null) return -1;
        if (_indexes.TryGetValue(text, out var index)) return index;

        var sanitized = Literals.Sanitize(text);
        var length = Encoding.UTF8.GetByteCount(sanitized);
        if (_chunks.Count == 0 || (_chunkBytes > 0 && _chunkBytes + length > MaxChunkBytes))
        {
            _chunks.Add(new List<string>());
            _chunkBytes = 0;
        }
        index = Count;
        _rows.Add(_chunks.Count - 1);
        _rows.Add(_chunkBytes);
        _rows.Add(length);
        if (length > 0) _chunks[_chunks.Count - 1].Add(sanitized);
        _chunkBytes += length;
        _indexes.Add(text, index);
        return index;
    }
}
