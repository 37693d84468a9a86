using CsCheck;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// The whole generator on corpora of hostile articles under hostile file names, next to two ordinary ones:
/// nothing escapes, no file fails, the generated C# compiles with no error and no warning, and the loaded
/// corpus holds exactly every file's extracted statements (text, offsets, line, kind), so one bad file
/// never costs another its statements.
/// </summary>
public class GeneratorPropertyTests(ITestOutputHelper output)
{
    private static readonly Seed[] Ordinary =
    {
        new("/p/seeds/ordinary-en.txt", Articles.English("trade")),
        new("/p/seeds/ordinary-ru.txt", Articles.Russian),
    };

    /// <summary>2–4 hostile articles, each under a different hostile file name.</summary>
    private static readonly Gen<Seed[]> HostileSeeds =
        from count in Gen.Int[2, 4]
        from names in Gen.Shuffle(Gen.Const(() => (string[])HostileText.FileNames.Clone()), count)
        from texts in HostileText.Article.Array[count]
        select names.Take(count).Zip(texts, (name, text) => new Seed("/p/seeds/" + name + ".txt", text)).ToArray();

    [Fact]
    public void Hostile_corpora_compile_cleanly_and_keep_every_files_statements()
    {
        HostileSeeds.Sample(
            hostile => Check(hostile.Concat(Ordinary).ToArray()),
            output.WriteLine,
            iter: PropertyRun.Iterations(150),
            print: seeds => string.Join("\n", seeds.Select(s => s.Path + ": " + PropertyRun.Escape(s.Text))));
    }

    private static string Check(Seed[] seeds)
    {
        var (result, compilation) = Harness.Run(seeds);
        if (result.Exception is not null) throw new InvalidOperationException("the generator threw", result.Exception);
        var failed = result.Diagnostics.FirstOrDefault(d => d.Id is "DSDK005" or "DSDK009");
        if (failed is not null) throw new InvalidOperationException(failed.ToString());
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        if (problems.Count > 0) throw new InvalidOperationException("the generated code does not compile cleanly:\n" + string.Join("\n", problems));

        // The emitted rows must equal the extracted ones, and those must be the file's own spans: together,
        // every emitted statement is the text its Start, Length and Line name in its seed file.
        var expected = seeds
            .Select(s => (Seed: s, Document: DocumentExtractor.Extract(s.Path, s.Text)))
            .Select(x =>
            {
                DocumentSpec.Check(x.Seed.Text, x.Document);
                return x.Document;
            })
            .Where(d => !d.Issues.Any(i => i.Kind is IssueKind.BinaryContent or IssueKind.EmptyFile))
            .ToDictionary(d => d.Id, d => d.Statements.Select(Row).ToList(), StringComparer.Ordinal);

        var assembly = Harness.Load(compilation);
        var documents = Harness.Items(Harness.Invoke(assembly, "DatasetSdk.Generated.Corpus+Documents", "All"));
        var actual = documents.ToDictionary(
            d => (string)Harness.Get(d, "Id")!,
            d => Harness.Items(Harness.Get(d, "Statements")).Select(Row).ToList(),
            StringComparer.Ordinal);

        if (!actual.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected.Keys.Order(StringComparer.Ordinal)))
            throw new InvalidOperationException("documents: " + string.Join(", ", actual.Keys) + "; expected " + string.Join(", ", expected.Keys));
        foreach (var (id, rows) in expected)
        {
            if (!rows.SequenceEqual(actual[id]))
                throw new InvalidOperationException($"statements of '{id}':\n  {string.Join("\n  ", actual[id])}\nexpected\n  {string.Join("\n  ", rows)}");
        }
        if (Ordinary.Any(s => actual[Path.GetFileNameWithoutExtension(s.Path)].Count == 0))
            throw new InvalidOperationException("an ordinary article lost its statements");
        return actual.Values.Sum(v => v.Count) > expected["ordinary-en"].Count + expected["ordinary-ru"].Count ? "hostile statements" : "ordinary only";
    }

    /// <summary>
    /// A statement as the loaded corpus gives it. Texts are stored as UTF-8, which cannot hold a lone
    /// surrogate: docs/diagnostics.md says those read back as U+FFFD, so the extracted side is mapped the same.
    /// </summary>
    private static string Row(ExtractedStatement s) => Row(s.Kind.ToString(), s.Line, s.Start, s.Length, ReplaceLoneSurrogates(s.Text));

    private static string Row(object s) =>
        Row(Harness.Get(s, "Kind")!.ToString()!, (int)Harness.Get(s, "Line")!, (int)Harness.Get(s, "Start")!, (int)Harness.Get(s, "Length")!, (string)Harness.Get(s, "Text")!);

    private static string Row(string kind, int line, int start, int length, string text) =>
        $"{kind} line {line} at {start}+{length}: {PropertyRun.Escape(text)}";

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
