using System.Collections.Generic;
using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// Integers as ASCII letters, for the generated tables: each value zigzag-encoded (so -1 is short), then
/// written in 4-bit groups, low group first, 'A'..'P' for a group with more to follow and 'a'..'p' for
/// the last. Letters need no escaping, and the generated <c>Decode</c> reads them back in one pass.
/// </summary>
internal static class IntEncoding
{
    public static string Encode(IReadOnlyList<int> values)
    {
        var builder = new StringBuilder(values.Count * 3);
        foreach (var value in values)
        {
            var zigzag = (uint)((value << 1) ^ (value >> 31));
            while (zigzag >= 16)
            {
                builder.Append((char)('A' + (zigzag & 15)));
                zigzag >>= 4;
            }
            builder.Append((char)('a' + zigzag));
        }
        return builder.ToString();
    }
}
