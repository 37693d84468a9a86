namespace DatasetSdk.Benchmarks;

/// <summary>The repository's seeds/*.txt, found by walking up from the benchmark's own directory.</summary>
public static class SeedFiles
{
    public static IReadOnlyList<(string Path, string Text)> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "DatasetSdk.sln")) && Directory.Exists(seeds))
            {
                return Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
                    .Select(path => (path, File.ReadAllText(path))).ToList();
            }
        }
        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
