namespace DatasetSdk.Generator.Tests;

/// <summary>
/// Compares text with a committed <c>Snapshots/{name}.verified.cs</c>. Set DATASETSDK_ACCEPT=1 to (re)write
/// the snapshots from the current output; review the diff before committing it.
/// </summary>
internal static class Snapshot
{
    private static string Directory => Path.Combine(Harness.RepoRoot, "tests", "DatasetSdk.Generator.Tests", "Snapshots");

    public static void Verify(string name, string text)
    {
        var verified = Path.Combine(Directory, name + ".verified.cs");
        var received = Path.Combine(Directory, name + ".received.cs");
        if (Environment.GetEnvironmentVariable("DATASETSDK_ACCEPT") == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }
        if (!File.Exists(verified))
        {
            File.WriteAllText(received, text);
            Assert.Fail($"No snapshot {verified}. The output was written to {received}; if it is right, run the tests with DATASETSDK_ACCEPT=1 to accept it.");
        }
        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (expected == text)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        var expectedLines = expected.Split('\n');
        var actualLines = text.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Assert.Fail($"{name} differs from {verified} at line {line + 1}:\n  expected: {At(expectedLines, line)}\n  actual:   {At(actualLines, line)}\n"
            + $"The output was written to {received}; if the change is intended, run the tests with DATASETSDK_ACCEPT=1.");
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
