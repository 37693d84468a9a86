namespace DatasetSdk.EndToEnd.Tests;

/// <summary>Facts of the seed articles, as the human gold annotations (../shared/gold) record them.</summary>
internal static class SeedFacts
{
    public const string TassId = "001_5149d5faf0a924b9";
    public const string TassTitle = "Lavrov: Putin and Abe show determination for dialogue in all directions";
    public const string KremlinId = "000_65e88878844ce3e0";
    public const string RussianId = "003_22a095be99f9223f";
    public const string ForumId = "004_d8f3739dae8bf1d8";

    /// <summary>Lavrov's direct quote in the TASS article (line 11), dated by the article: 2016-05-06.</summary>
    public static Statement PriorityTasks =>
        Assert.Single(Corpus.Statements.All, s => s.Text.StartsWith("Priority tasks have been set", StringComparison.Ordinal));

    /// <summary>Lavrov's direct quote in the Russian article, attributed by "сказал он".</summary>
    public static Statement RealityIs =>
        Assert.Single(Corpus.Statements.All, s => s.Text.StartsWith("Реальность такова", StringComparison.Ordinal));

    /// <summary>Position of each statement in <see cref="Corpus.Statements.All"/>, i.e. document order.</summary>
    public static int OrderOf(Statement statement)
    {
        var all = Corpus.Statements.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i], statement))
            {
                return i;
            }
        }
        throw new InvalidOperationException(statement.Id + " is not in Corpus.Statements.All");
    }

    public static void AssertDocumentOrder(IReadOnlyList<Statement> statements)
    {
        var positions = statements.Select(OrderOf).ToList();
        for (var i = 1; i < positions.Count; i++)
        {
            Assert.True(positions[i - 1] < positions[i], $"{statements[i - 1].Id} is listed before {statements[i].Id}");
        }
    }

    public static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(Path.Combine(dir.FullName, "DatasetSdk.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(relativePath);
    }
}
