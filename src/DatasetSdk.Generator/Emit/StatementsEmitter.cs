using System.Collections.Generic;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Emit;

/// <summary><c>Corpus.Statements</c> and the statement table.</summary>
internal static class StatementsEmitter
{
    private const int StatementStride = 10;

    public static string Emit(EmitContext context)
    {
        var model = context.Model;
        var strings = context.Strings;
        var statements = new List<int>(model.Statements.Count * StatementStride);
        foreach (var entry in model.Statements)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var statement = entry.Statement;
            statements.AddRange(new[]
            {
                strings.Add(entry.Id),
                entry.Document,
                entry.Speaker >= 0 && entry.Speaker < model.Speakers.Count ? entry.Speaker : -1,
                KindValue(statement.Kind),
                strings.Add(statement.Text),
                statement.Line,
                statement.Start,
                statement.Length,
                EmitContext.EncodeDate(statement.Date),
                strings.Add(statement.Language),
            });
        }

        var writer = context.BeginFile();
        writer.Template(StatementsClass.Replace("%COUNT%", EmitContext.Int(model.Statements.Count)), context);
        writer.Line();
        writer.Open("internal static partial class __Store");
        writer.Line("internal const int StatementStride = " + EmitContext.Int(StatementStride) + ";");
        writer.Line();
        writer.Line("private static readonly Statement?[] StatementCache = new Statement?[" + EmitContext.Int(model.Statements.Count) + "];");
        writer.Line();
        writer.Line("internal static Statement GetStatement(int index) => Get(StatementCache, index, static i => new Statement(i));");
        writer.Line();
        writer.Line("// Id, Document, Speaker (or -1), Kind, Text, Line, Start, Length, Date (or -1), Language");
        writer.IntArray("Statements", statements);
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The generated enum's value; the generated enum declares the members in this order.</summary>
    public static int KindValue(StatementKind kind) => kind switch
    {
        StatementKind.Partial => 1,
        StatementKind.Indirect => 2,
        StatementKind.Transcript => 3,
        _ => 0,
    };

    private const string StatementsClass = """
        /// <summary>Every statement of the corpus and the lookups over them. Each result is a read-only list in document order.</summary>
        %GC%
        %V% static class Statements
        {
            /// <summary>Every statement, in document order.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> All => __Store.View(null, 0, %COUNT%, __Store.GetStatement);

            /// <summary>
            /// What the speaker with this name, surname or alias says (case-insensitive, either script, 'ё' same as 'е').
            /// A key shared by several speakers returns all of theirs. Unknown or null → an empty list.
            /// </summary>
            /// <param name="speaker">A name, surname or alias, e.g. "Lavrov".</param>
            [DatasetSdkKeyLookup("speaker")]
            public static global::System.Collections.Generic.IReadOnlyList<Statement> BySpeaker(string speaker) =>
                __Store.Postings(__Store.SpeakerKeysKeys, __Store.FindText(__Store.SpeakerKeysKeys, __Store.NormalizeKey(speaker)), __Store.SpeakerKeysPostings, __Store.GetStatement);

            /// <summary>What <paramref name="speaker"/> says; empty for null.</summary>
            /// <param name="speaker">A speaker of this corpus.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> BySpeaker(Speaker speaker) =>
                speaker is null ? __Store.ListView<Statement>.Empty : speaker.Statements;

            /// <summary>The statements of <paramref name="document"/>; empty for null.</summary>
            /// <param name="document">A document of this corpus.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> ByDocument(Document document) =>
                document is null ? __Store.ListView<Statement>.Empty : document.Statements;

            /// <summary>The statements dated exactly <paramref name="date"/> (a full date with a year).</summary>
            /// <param name="date">A calendar day.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> ByDate(global::System.DateOnly date) =>
                __Store.Postings(__Store.StatementDaysKeys, __Store.FindInt(__Store.StatementDaysKeys, __Store.DayKey(date)), __Store.StatementDaysPostings, __Store.GetStatement);

            /// <summary>
            /// The statements whose date, with a known year, lies entirely within [<paramref name="from"/>, <paramref name="to"/>]:
            /// a day inside the range, or a month or year the range covers. Empty when <paramref name="from"/> is after <paramref name="to"/>.
            /// </summary>
            /// <param name="from">First day, inclusive.</param>
            /// <param name="to">Last day, inclusive.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> Between(global::System.DateOnly from, global::System.DateOnly to)
            {
                var rows = __Store.Between(__Store.StatementDatesKeys, __Store.StatementDatesPostings, from, to);
                return __Store.View(rows, 0, rows.Length, __Store.GetStatement);
            }

            /// <summary>The statements dated in <paramref name="year"/>, at any precision.</summary>
            /// <param name="year">A year, e.g. 2016.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> ByYear(int year) =>
                __Store.Postings(__Store.StatementYearsKeys, __Store.FindInt(__Store.StatementYearsKeys, year), __Store.StatementYearsPostings, __Store.GetStatement);

            /// <summary>The statements given as <paramref name="kind"/>.</summary>
            /// <param name="kind">How the statement is given.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> ByKind(StatementKind kind) =>
                __Store.Postings(__Store.StatementKindsKeys, __Store.FindInt(__Store.StatementKindsKeys, (int)kind), __Store.StatementKindsPostings, __Store.GetStatement);

            /// <summary>The statements in <paramref name="language"/> (ISO 639-1, case-insensitive, e.g. "en", "ru").</summary>
            /// <param name="language">A language code.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> ByLanguage(string language) =>
                __Store.Postings(__Store.StatementLanguagesKeys, __Store.FindText(__Store.StatementLanguagesKeys, __Store.NormalizeKey(language)), __Store.StatementLanguagesPostings, __Store.GetStatement);

            /// <summary>
            /// The statements containing the word or phrase (whole words, consecutive, in order), ignoring case and accents
            /// in either script ("zurich" finds "Zürich", "елка" finds "Ёлка"). Punctuation in <paramref name="wordOrPhrase"/>
            /// separates words; a query without letters or digits finds nothing.
            /// </summary>
            /// <param name="wordOrPhrase">A word or phrase.</param>
            public static global::System.Collections.Generic.IReadOnlyList<Statement> Containing(string wordOrPhrase)
            {
                var words = __Store.Words(wordOrPhrase ?? string.Empty);
                if (words.Count == 0) return __Store.ListView<Statement>.Empty;
                int[]? rows = null;
                foreach (var word in words)
                {
                    var row = __Store.FindText(__Store.StatementWordsKeys, word);
                    if (row < 0) return __Store.ListView<Statement>.Empty;
                    int start = __Store.StatementWordsKeys[row * 3 + 1], count = __Store.StatementWordsKeys[row * 3 + 2];
                    if (rows is null)
                    {
                        rows = new int[count];
                        global::System.Array.Copy(__Store.StatementWordsPostings, start, rows, 0, count);
                    }
                    else
                    {
                        rows = __Store.Intersect(rows, __Store.StatementWordsPostings, start, count);
                    }
                }
                if (words.Count > 1)
                {
                    rows = global::System.Array.FindAll(rows!, i => __Store.ContainsPhrase(__Store.Words(__Store.GetStatement(i).Text), words));
                }
                return __Store.View(rows, 0, rows!.Length, __Store.GetStatement);
            }
        }
        """;
}
