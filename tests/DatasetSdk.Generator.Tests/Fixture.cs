using System.Reflection;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DatasetSdk.Generator.Tests;

/// <summary>
/// A tiny hand-built corpus (two short articles of our own, one English, one Russian) fed straight to the
/// emitter, so emission and lookups are tested independently of how the extractor evolves.
/// </summary>
internal static class Fixture
{
    public const string Namespace = "Fixture.Data";

    public static CorpusModel Model { get; } = Build();

    private static CorpusModel Build()
    {
        var english = new ExtractedDocument(
            "fx-001", "fx-001.txt", "seeds/fx-001.txt", "en", "Ministers meet in Zürich", "Example Wire",
            PartialDate.Of(2024, 3, 5), "https://example.org/fx-001",
            Array(
                new ExtractedStatement(120, 42, 5, StatementKind.Direct, "We will keep talking until there is a deal.", "Jane Doe", PartialDate.Of(2024, 3, 5), "en"),
                new ExtractedStatement(200, 21, 7, StatementKind.Indirect, "the talks in Zürich were useful", "Jane Doe", new PartialDate(2024, 3, null), "en"),
                new ExtractedStatement(260, 18, 9, StatementKind.Partial, "a constructive step", null, null, "en")),
            Array(new DocumentSpeaker("Jane Doe", "Foreign Minister", Array("Doe"), false)),
            Array(new DateMention("March 5, 2024", PartialDate.Of(2024, 3, 5), 40, 13, 3), new DateMention("last spring", null, 300, 11, 9)),
            Array(
                new ReaderComment("reader_one", "2024-03-05T10:15", null, 0, "Good news at last.", Array("We will keep talking"), 12),
                new ReaderComment("reader_two", null, 0, 1, "Let us wait and see.", EquatableArray<string>.Empty, 14)),
            EquatableArray<ExtractionIssue>.Empty);
        var russian = new ExtractedDocument(
            "fx-002", "fx-002.txt", "seeds/fx-002.txt", "ru", "Переговоры в Москве", null,
            new PartialDate(2023, null, null), null,
            Array(
                new ExtractedStatement(80, 20, 4, StatementKind.Transcript, "Мы готовы к диалогу.", "Пётр Ёлкин", new PartialDate(null, 5, 6), "ru"),
                new ExtractedStatement(150, 30, 6, StatementKind.Direct, "Стороны договорились о встрече.", "Стороны", new PartialDate(2023, null, null), "ru")),
            Array(new DocumentSpeaker("Пётр Ёлкин", null, Array("Ёлкин"), false), new DocumentSpeaker("Стороны", null, EquatableArray<string>.Empty, true)),
            Array(new DateMention("6 мая", new PartialDate(null, 5, 6), 60, 5, 3)),
            EquatableArray<ReaderComment>.Empty,
            EquatableArray<ExtractionIssue>.Empty);

        var speakers = Array(
            new CorpusSpeaker("JaneDoe", "Jane Doe", "Foreign Minister", Array("Doe", "Джейн Доу"), false),
            new CorpusSpeaker("PetrYolkin", "Petr Yolkin", null, Array("Ёлкин", "Пётр Ёлкин"), false),
            new CorpusSpeaker("TheSides", "the sides", null, Array("Стороны"), true));
        var statements = Array(
            new CorpusStatement("fx-001#0", 0, 0, english.Statements[0]),
            new CorpusStatement("fx-001#1", 0, 0, english.Statements[1]),
            new CorpusStatement("fx-001#2", 0, -1, english.Statements[2]),
            new CorpusStatement("fx-002#0", 1, 1, russian.Statements[0]),
            new CorpusStatement("fx-002#1", 1, 2, russian.Statements[1]));
        return new CorpusModel(Array(english, russian), speakers, statements);
    }

    public static GeneratorOptions Options(string ns = Namespace, string className = "Corpus", bool isPublic = false) =>
        new(ns, className, isPublic, true, CorpusBuild.DefaultMaxStatements, new ConsumerFeatures("12.0", true, true, true), EquatableArray<Diagnostics.DiagnosticInfo>.Empty);

    public static IReadOnlyList<GeneratedFile> Emit(CorpusModel? model = null, GeneratorOptions? options = null) =>
        CorpusEmitter.Emit(model ?? Model, options ?? Options(), "1.0.0", CancellationToken.None);

    /// <summary>The emitted files plus <paramref name="consumer"/>, compiled with warnings as errors.</summary>
    public static Compilation Compile(IReadOnlyList<GeneratedFile> files, string consumer)
    {
        var compilation = Harness.Compilation(consumer);
        return compilation.AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, Harness.ParseOptions, f.HintName)));
    }

    /// <summary>Compiles and loads; returns a function calling static methods of the consumer's <c>Probe</c> class.</summary>
    public static Func<string, object?[], object?> Probe(IReadOnlyList<GeneratedFile> files, string probe)
    {
        var compilation = Compile(files, probe);
        Harness.AssertCompiles(compilation);
        var type = Harness.Load(compilation).GetType("Probe", throwOnError: true)!;
        return (name, arguments) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
    }

    private static EquatableArray<T> Array<T>(params T[] items) where T : IEquatable<T> => new(items);
}
