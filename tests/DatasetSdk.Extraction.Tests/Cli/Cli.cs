using DatasetSdk.Cli;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>Runs the command line in process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes an article: a title line, then paragraphs separated by blank lines.</summary>
    public static void WriteArticle(string path, string title, params string[] paragraphs) =>
        File.WriteAllText(path, title + "\n\n" + string.Join("\n\n", paragraphs) + "\n");

    /// <summary>The repository's seeds/, the corpus the README and the samples use.</summary>
    public static string RepositorySeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DatasetSdk.sln"))) return Path.Combine(dir.FullName, "seeds");
        }
        throw new InvalidOperationException("DatasetSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
