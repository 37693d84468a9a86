namespace DatasetSdk.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void Fixture_corpus_emits_the_committed_code()
    {
        foreach (var file in Fixture.Emit())
        {
            Snapshot.Verify(file.HintName.Replace(".g.cs", string.Empty), file.Text);
        }
    }

    [Fact]
    public void Fixture_corpus_compiles_without_warnings()
    {
        Harness.AssertCompiles(Fixture.Compile(Fixture.Emit(), "namespace Consumer { internal static class Program { } }"));
    }
}
