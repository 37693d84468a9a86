using System.Globalization;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Tests;

public class ScaleTests
{
    private static readonly string[] Vocabulary =
    {
        "talks", "minister", "agreement", "energy", "trade", "security", "переговоры", "министр", "соглашение", "энергия",
        "торговля", "безопасность", "will", "continue", "said", "next", "week", "будет", "продолжение", "сказал",
    };

    [Fact]
    public void Three_thousand_statements_compile_and_read_back()
    {
        const int count = 3000;
        var model = Synthetic(count, documents: 60, speakers: 40);

        var compilation = Fixture.Compile(Fixture.Emit(model), "namespace Consumer { internal static class Program { } }");

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10)));
        var assembly = Harness.Load(compilation);
        var all = Harness.Items(Harness.Invoke(assembly, "Fixture.Data.Corpus+Statements", "All"));
        Assert.Equal(count, all.Count);
        Assert.Equal(model.Statements[count - 1].Statement.Text, Harness.Get(all[count - 1], "Text"));
        var bySpeaker = Harness.Items(Harness.Invoke(assembly, "Fixture.Data.Corpus+Statements", "BySpeaker", "Speaker7"));
        Assert.Equal(model.Statements.Count(s => s.Speaker == 7), bySpeaker.Count);
    }

    /// <summary>A corpus of <paramref name="count"/> generated statements of about 150 characters each.</summary>
    internal static CorpusModel Synthetic(int count, int documents, int speakers)
    {
        var docs = new List<ExtractedDocument>();
        var statements = new List<CorpusStatement>();
        var perDocument = (count + documents - 1) / documents;
        for (var d = 0; d < documents; d++)
        {
            var id = "doc" + d.ToString("D5", CultureInfo.InvariantCulture);
            var own = new List<ExtractedStatement>();
            for (var n = 0; n < perDocument && statements.Count < count; n++)
            {
                var i = statements.Count;
                var words = Enumerable.Range(0, 18).Select(k => Vocabulary[(i * 7 + k * 13) % Vocabulary.Length]);
                var text = $"Statement {i}: " + string.Join(" ", words) + ".";
                var statement = new ExtractedStatement(n * 200, text.Length, n + 1, (StatementKind)(i % 4), text,
                    "Speaker" + (i % speakers), PartialDate.Of(2000 + i % 20, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "en" : "ru");
                own.Add(statement);
                statements.Add(new CorpusStatement(id + "#" + n, d, i % speakers, statement));
            }
            docs.Add(new ExtractedDocument(id, id + ".txt", "seeds/" + id + ".txt", "en", "Title " + d, null, null, null,
                new EquatableArray<ExtractedStatement>(own.ToArray()), EquatableArray<DocumentSpeaker>.Empty,
                EquatableArray<DateMention>.Empty, EquatableArray<ReaderComment>.Empty, EquatableArray<ExtractionIssue>.Empty));
        }
        var speakerList = Enumerable.Range(0, speakers)
            .Select(s => new CorpusSpeaker("Speaker" + s, "Speaker" + s, null, EquatableArray<string>.Empty, false))
            .ToArray();
        return new CorpusModel(new EquatableArray<ExtractedDocument>(docs.ToArray()), new EquatableArray<CorpusSpeaker>(speakerList),
            new EquatableArray<CorpusStatement>(statements.ToArray()));
    }
}
