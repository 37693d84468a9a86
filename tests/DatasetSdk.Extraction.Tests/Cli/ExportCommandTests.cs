using System.Text.Json;
using DatasetSdk.Cli;

namespace DatasetSdk.Extraction.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dsdk-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Export_writes_the_spec_shape_sorted_by_document_and_byte_identical_on_rerun()
    {
        File.WriteAllText(Path.Combine(_dir, "b.txt"), Article("Storm warning issued for the coast", "Forecaster Anna Berg warned of heavy rain.", "\"It will rain all week,\" Berg said."));
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article("Heat wave expected in the south", "Meteorologist Tom Hale expects record heat.", "\"It will be the hottest week of the year,\" Hale said."));
        var first = Path.Combine(_dir, "one.json");
        var second = Path.Combine(_dir, "two.json");

        Assert.Equal(0, Run("export", _dir, "-o", first).Code);
        Assert.Equal(0, Run("export", _dir, "--output", second).Code);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var json = JsonDocument.Parse(File.ReadAllBytes(first));
        var root = json.RootElement;
        Assert.Equal(new[] { "a", "b" }, root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        foreach (var name in new[] { "documents", "speakers", "statements", "dates" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }
        var statement = root.GetProperty("statements").EnumerateArray().First();
        foreach (var name in new[] { "id", "document", "speaker", "kind", "text", "start", "length", "line", "date", "rule" })
        {
            Assert.True(statement.TryGetProperty(name, out _), $"statement lacks '{name}'");
        }
        var text = File.ReadAllText(Path.Combine(_dir, "a.txt"));
        Assert.Equal(statement.GetProperty("text").GetString(),
            text.Substring(statement.GetProperty("start").GetInt32(), statement.GetProperty("length").GetInt32()));
    }

    private static string Article(string title, params string[] paragraphs) => title + "\n\n" + string.Join("\n\n", paragraphs) + "\n";

    [Fact]
    public void A_bad_manifest_is_reported_with_its_line_and_the_export_still_succeeds()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Title\n\n\"Hello there,\" he said.\n");
        File.WriteAllText(Path.Combine(_dir, "corpus.json"), "{\n  \"speakers\": 3\n}");

        var (code, _, err) = Run("export", _dir, "-o", Path.Combine(_dir, "out.json"));

        Assert.Equal(0, code);
        Assert.Contains("corpus.json(2)", err);
    }

    [Fact]
    public void A_manifest_entry_that_matches_nothing_is_reported_with_its_line()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article("Heat wave expected in the south", "\"It will be the hottest week of the year,\" Tom Hale said."));
        File.WriteAllText(Path.Combine(_dir, "corpus.json"), "{\n  \"exclude\": {\n    \"statements\": [\"a#0\"]\n  }\n}");

        var (code, _, err) = Run("export", _dir, "-o", Path.Combine(_dir, "out.json"));

        Assert.Equal(0, code);
        Assert.Contains("corpus.json(3): UnmatchedManifestEntry", err);
        Assert.Contains("'a#0'", err);
    }

    [Fact]
    public void Export_applies_a_set_speaker_and_an_added_statement_from_the_manifest()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article("Heat wave expected in the south", "Meteorologist Tom Hale expects record heat.", "\"It will be the hottest week of the year,\" Hale said."));
        var before = Path.Combine(_dir, "before.json");
        Assert.Equal(0, Run("export", _dir, "-o", before).Code);
        string quoteId;
        using (var first = JsonDocument.Parse(File.ReadAllBytes(before)))
        {
            quoteId = first.RootElement.GetProperty("statements").EnumerateArray()
                .Single(s => s.GetProperty("text").GetString()!.StartsWith("It will be", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        }
        File.WriteAllText(Path.Combine(_dir, "corpus.json"), $$"""
            {
              "statements": { "{{quoteId}}": { "speaker": "Ida Moen" } },
              "add": [ { "document": "a", "text": "record heat", "speaker": "Hale", "kind": "partial" } ]
            }
            """);
        var after = Path.Combine(_dir, "after.json");

        var (code, _, err) = Run("export", _dir, "-o", after);

        Assert.Equal(0, code);
        Assert.Empty(err);
        using var json = JsonDocument.Parse(File.ReadAllBytes(after));
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal("IdaMoen", statements.Single(s => s.GetProperty("id").GetString() == quoteId).GetProperty("speaker").GetString());
        var added = statements.Single(s => s.GetProperty("text").GetString() == "record heat");
        Assert.Equal("Hale", added.GetProperty("speaker").GetString());
        Assert.Equal(new[] { "Hale", "IdaMoen" }, json.RootElement.GetProperty("speakers").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order());
        Assert.Equal("partial", added.GetProperty("kind").GetString());
        var text = File.ReadAllText(Path.Combine(_dir, "a.txt"));
        Assert.Equal("record heat", text.Substring(added.GetProperty("start").GetInt32(), added.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void Files_extracted_in_parallel_come_out_in_path_order_with_the_same_bytes_every_run()
    {
        for (var i = 0; i < 40; i++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(_dir, i % 2 == 0 ? "even" : "odd")).FullName;
            File.WriteAllText(Path.Combine(dir, $"n{i:D2}.txt"), Article($"Council meets for session {i}", $"\"Session {i} opens today,\" clerk Ada Reyes said."));
        }
        var first = Path.Combine(_dir, "one.json");
        var second = Path.Combine(_dir, "two.json");

        Assert.Equal(0, Run("export", _dir, "-o", first).Code);
        Assert.Equal(0, Run("export", _dir, "-o", second).Code);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var json = JsonDocument.Parse(File.ReadAllBytes(first));
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("document").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"n{i:D2}"), statements);
    }

    [Fact]
    public void Without_output_the_json_goes_to_stdout_byte_for_byte()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article("Heat wave expected in the south", "\"It will be the hottest week of the year,\" Tom Hale said."));
        var file = Path.Combine(_dir, "out.json");
        Assert.Equal(0, Run("export", _dir, "-o", file).Code);

        var (code, output, _) = Run("export", _dir);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllBytes(file), System.Text.Encoding.UTF8.GetBytes(output));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_exits_1()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), Article("Heat wave expected in the south", "\"It will be the hottest week of the year,\" Tom Hale said."));

        var (code, _, err) = Run("export", _dir, "-o", Path.Combine(_dir, "no", "such", "dir", "out.json"));

        Assert.Equal(1, code);
        Assert.Contains("cannot write", err);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("export")]
    [InlineData("export", "/no/such/dir")]
    public void Bad_command_lines_exit_with_2_and_say_why(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.NotEmpty(err);
    }
}
