using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace DatasetSdk.Extraction.Lexicons;

/// <summary>
/// Reads the word lists embedded from <c>Lexicons/*.txt</c>: one entry per line, <c>#</c> starts a comment,
/// blank lines ignored. Lists are data so that a new verb or outlet is a one-line change.
/// </summary>
public static class Lexicon
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The entries of <paramref name="fileName"/> (e.g. <c>months.en.txt</c>), in file order.</summary>
    public static IReadOnlyList<string> Load(string fileName)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(fileName, out var cached)) return cached;
            var entries = new List<string>();
            using var stream = typeof(Lexicon).GetTypeInfo().Assembly.GetManifestResourceStream("DatasetSdk.Extraction.Lexicons." + fileName)
                ?? throw new InvalidOperationException($"Lexicon '{fileName}' is not embedded in DatasetSdk.Extraction.");
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var hash = line.IndexOf('#');
                var entry = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
                if (entry.Length > 0) entries.Add(entry);
            }
            var result = entries.AsReadOnly();
            Cache[fileName] = result;
            return result;
        }
    }
}
