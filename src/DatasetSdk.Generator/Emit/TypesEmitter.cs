namespace DatasetSdk.Generator.Emit;

/// <summary>The public types of the generated API: kinds, dates and the entity classes over the generated tables.</summary>
internal static class TypesEmitter
{
    public static string Emit(EmitContext context)
    {
        var writer = context.BeginFile(openRoot: false);
        writer.Template(Enums, context).Line();
        writer.Template(CorpusDate, context).Line();
        writer.Template(Entities, context).Line();
        writer.Open(context.Visibility + " static partial class " + context.Options.ClassName);
        writer.Template(KeyAttributes, context);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private const string Enums = """
        /// <summary>How a statement is given in the text.</summary>
        %GC%
        %V% enum StatementKind
        {
            /// <summary>A full quoted utterance.</summary>
            Direct = 0,
            /// <summary>A quoted fragment inside the writer's own sentence.</summary>
            Partial = 1,
            /// <summary>Reported speech: the clause after a speech verb.</summary>
            Indirect = 2,
            /// <summary>Speech introduced as "Name: ..." (one statement per paragraph).</summary>
            Transcript = 3,
        }

        /// <summary>How precisely a <see cref="CorpusDate"/> is known.</summary>
        %GC%
        %V% enum DatePrecision
        {
            /// <summary>Only the year (or nothing more than it).</summary>
            Year = 0,
            /// <summary>Year and month, or a month whose year the text never gives.</summary>
            Month = 1,
            /// <summary>A calendar day.</summary>
            Day = 2,
        }
        """;

    private const string CorpusDate = """
        /// <summary>
        /// A date known only as precisely as the text states it: a year, a month, a day, or a month and day
        /// whose year the text never gives.
        /// </summary>
        %GC%
        %V% readonly struct CorpusDate : global::System.IEquatable<CorpusDate>, global::System.IComparable<CorpusDate>
        {
            // year * 10000 + month * 100 + day, with 0 for each part the text does not give.
            private readonly int _value;

            internal CorpusDate(int value)
            {
                _value = value;
            }

            /// <summary>The year, or null when the text does not give it.</summary>
            public int? Year
            {
                get
                {
                    var year = _value / 10000;
                    return year == 0 ? null : year;
                }
            }

            /// <summary>The month (1-12), or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
            public int Month => _value / 100 % 100;

            /// <summary>The day of the month, or 0 unless the precision is <see cref="DatePrecision.Day"/>.</summary>
            public int Day => _value % 100;

            /// <summary>How precisely the date is known.</summary>
            public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

            /// <summary>True when <paramref name="date"/> lies within this date (an unknown year matches any year).</summary>
            /// <param name="date">The calendar day to test.</param>
            public bool Contains(global::System.DateOnly date)
            {
                var year = _value / 10000;
                return (year == 0 || year == date.Year) && (Month == 0 || Month == date.Month) && (Day == 0 || Day == date.Day);
            }

            /// <summary>The calendar day, for a full date with a known year; otherwise null.</summary>
            public global::System.DateOnly? ToDateOnly()
            {
                var year = _value / 10000;
                return year != 0 && Day != 0 ? new global::System.DateOnly(year, Month, Day) : null;
            }

            /// <summary>"YYYY-MM-DD", "YYYY-MM" or "YYYY", with "XXXX" for an unknown year.</summary>
            public override string ToString()
            {
                var year = _value / 10000;
                var text = year == 0 ? "XXXX" : year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture);
                if (Month == 0) return text;
                text += "-" + Month.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
                return Day == 0 ? text : text + "-" + Day.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
            }

            /// <inheritdoc/>
            public bool Equals(CorpusDate other) => _value == other._value;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is CorpusDate other && _value == other._value;

            /// <inheritdoc/>
            public override int GetHashCode() => _value;

            /// <summary>Orders by year, month, day; an unknown year sorts first, a less precise date before the days it contains.</summary>
            /// <param name="other">The date to compare with.</param>
            public int CompareTo(CorpusDate other) => _value.CompareTo(other._value);

            /// <summary>True when both dates are the same at the same precision.</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            public static bool operator ==(CorpusDate left, CorpusDate right) => left._value == right._value;

            /// <summary>True when the dates differ in value or precision.</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            public static bool operator !=(CorpusDate left, CorpusDate right) => left._value != right._value;
        }
        """;

    private const string Entities = """
        /// <summary>One article of the corpus.</summary>
        %GC%
        %V% sealed class Document
        {
            private readonly int _row;

            internal Document(int index)
            {
                Index = index;
                _row = index * %STORE%.DocumentStride;
            }

            internal int Index { get; }

            /// <summary>The document id: the file name without its extension.</summary>
            public string Id => %STORE%.Text(%STORE%.Documents[_row]);

            /// <summary>The seed file's name with its extension.</summary>
            public string FileName => %STORE%.Text(%STORE%.Documents[_row + 1]);

            /// <summary>The headline, when the article has one.</summary>
            public string? Title => %STORE%.TextOrNull(%STORE%.Documents[_row + 2]);

            /// <summary>The outlet that published it, when known.</summary>
            public string? Source => %STORE%.TextOrNull(%STORE%.Documents[_row + 3]);

            /// <summary>ISO 639-1 language of the article (e.g. "en", "ru"; "und" when unknown).</summary>
            public string Language => %STORE%.Text(%STORE%.Documents[_row + 4]);

            /// <summary>The publication date, when known.</summary>
            public CorpusDate? Published => %STORE%.Date(%STORE%.Documents[_row + 5]);

            /// <summary>The article's address, when the text gives it.</summary>
            public string? Url => %STORE%.TextOrNull(%STORE%.Documents[_row + 6]);

            /// <summary>The statements found in the article, in text order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Statement> Statements =>
                %STORE%.View(%STORE%.DocumentStatements, %STORE%.Documents[_row + 7], %STORE%.Documents[_row + 8], %STORE%.GetStatement);

            /// <summary>The reader comments below the article, in page order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Comment> Comments =>
                %STORE%.View(null, %STORE%.Documents[_row + 9], %STORE%.Documents[_row + 10], %STORE%.GetComment);

            /// <summary>The document id.</summary>
            public override string ToString() => Id;
        }

        /// <summary>A reader comment, kept apart from the article.</summary>
        %GC%
        %V% sealed class Comment
        {
            private readonly int _row;

            internal Comment(int index)
            {
                _row = index * %STORE%.CommentStride;
            }

            /// <summary>The commenter's name, when shown.</summary>
            public string? Author => %STORE%.TextOrNull(%STORE%.Comments[_row]);

            /// <summary>When it was posted: "YYYY-MM-DDTHH:MM" when the page allows, else as written; null when not shown.</summary>
            public string? Posted => %STORE%.TextOrNull(%STORE%.Comments[_row + 1]);

            /// <summary>The comment this one replies to, or null for a top-level comment.</summary>
            public Comment? Parent => %STORE%.Comments[_row + 2] is var parent && parent >= 0 ? %STORE%.GetComment(parent) : null;

            /// <summary>Reply depth: 0 for a top-level comment.</summary>
            public int Depth => %STORE%.Comments[_row + 3];

            /// <summary>The comment's own text, without the blocks it quotes.</summary>
            public string Text => %STORE%.Text(%STORE%.Comments[_row + 4]);

            /// <summary>Text the commenter quoted.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Quotes =>
                %STORE%.View(%STORE%.CommentQuotes, %STORE%.Comments[_row + 5], %STORE%.Comments[_row + 6], %STORE%.Text);

            /// <summary>The comment's text.</summary>
            public override string ToString() => Text;
        }

        /// <summary>A person, or a collective such as "the sides", who speaks in the corpus.</summary>
        %GC%
        %V% sealed class Speaker
        {
            private readonly int _row;

            internal Speaker(int index)
            {
                _row = index * %STORE%.SpeakerStride;
            }

            /// <summary>The name of this speaker's property in the generated <c>Speakers</c> class.</summary>
            public string Id => %STORE%.Text(%STORE%.Speakers[_row]);

            /// <summary>The canonical name.</summary>
            public string Name => %STORE%.Text(%STORE%.Speakers[_row + 1]);

            /// <summary>A role the corpus gives (e.g. "Foreign Minister"), or null.</summary>
            public string? Role => %STORE%.TextOrNull(%STORE%.Speakers[_row + 2]);

            /// <summary>Every other form of the name found in the corpus, in either script.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Aliases =>
                %STORE%.View(%STORE%.SpeakerAliases, %STORE%.Speakers[_row + 3], %STORE%.Speakers[_row + 4], %STORE%.Text);

            /// <summary>True for a group rather than a person ("the sides").</summary>
            public bool IsCollective => %STORE%.Speakers[_row + 5] != 0;

            /// <summary>Everything this speaker says in the corpus, in document order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Statement> Statements =>
                %STORE%.View(%STORE%.SpeakerStatements, %STORE%.Speakers[_row + 6], %STORE%.Speakers[_row + 7], %STORE%.GetStatement);

            /// <summary>The canonical name.</summary>
            public override string ToString() => Name;
        }

        /// <summary>Something said in a document: a quote, a partial quote, reported speech or a transcript turn.</summary>
        %GC%
        %V% sealed class Statement
        {
            private readonly int _row;

            internal Statement(int index)
            {
                _row = index * %STORE%.StatementStride;
            }

            /// <summary>"&lt;document id&gt;#&lt;n&gt;", n counting from 0 within the document.</summary>
            public string Id => %STORE%.Text(%STORE%.Statements[_row]);

            /// <summary>The document it is in.</summary>
            public Document Document => %STORE%.GetDocument(%STORE%.Statements[_row + 1]);

            /// <summary>Who says it, or null when the text does not tell.</summary>
            public Speaker? Speaker => %STORE%.Statements[_row + 2] is var speaker && speaker >= 0 ? %STORE%.GetSpeaker(speaker) : null;

            /// <summary>How it is given in the text.</summary>
            public StatementKind Kind => (StatementKind)%STORE%.Statements[_row + 3];

            /// <summary>What is said, without quote marks.</summary>
            public string Text => %STORE%.Text(%STORE%.Statements[_row + 4]);

            /// <summary>1-based line of the seed file where it starts.</summary>
            public int Line => %STORE%.Statements[_row + 5];

            /// <summary>UTF-16 offset of the text in the seed file (after a byte order mark).</summary>
            public int Start => %STORE%.Statements[_row + 6];

            /// <summary>UTF-16 length of the text in the seed file.</summary>
            public int Length => %STORE%.Statements[_row + 7];

            /// <summary>The date stated in its sentence, else the document's; null when neither is known.</summary>
            public CorpusDate? Date => %STORE%.Date(%STORE%.Statements[_row + 8]);

            /// <summary>ISO 639-1 language of the statement.</summary>
            public string Language => %STORE%.Text(%STORE%.Statements[_row + 9]);

            /// <summary>The statement's text.</summary>
            public override string ToString() => Text;
        }

        /// <summary>A date as written in a document, with its value when the text resolves it.</summary>
        %GC%
        %V% sealed class DateMention
        {
            private readonly int _row;

            internal DateMention(int index)
            {
                _row = index * %STORE%.DateStride;
            }

            /// <summary>The mention exactly as in the file.</summary>
            public string Text => %STORE%.Text(%STORE%.DateMentions[_row]);

            /// <summary>Its value at its true precision, or null when the text cannot resolve it.</summary>
            public CorpusDate? Value => %STORE%.Date(%STORE%.DateMentions[_row + 1]);

            /// <summary>The document it is in.</summary>
            public Document Document => %STORE%.GetDocument(%STORE%.DateMentions[_row + 2]);

            /// <summary>1-based line of the seed file where it starts.</summary>
            public int Line => %STORE%.DateMentions[_row + 3];

            /// <summary>UTF-16 offset of the mention in the seed file.</summary>
            public int Start => %STORE%.DateMentions[_row + 4];

            /// <summary>UTF-16 length of the mention.</summary>
            public int Length => %STORE%.DateMentions[_row + 5];

            /// <summary>The mention's text.</summary>
            public override string ToString() => Text;
        }
        """;

    private const string KeyAttributes = """
        /// <summary>Records the keys a generated lookup accepts, for the DatasetSdk analyzer; not compiled into the assembly.</summary>
        [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
        [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]
        %GC%
        internal sealed class DatasetSdkKeyAttribute : global::System.Attribute
        {
            /// <summary>One entity and every key that finds it.</summary>
            /// <param name="kind">"speaker" or "document".</param>
            /// <param name="member">The generated property of the entity.</param>
            /// <param name="display">The entity's display name.</param>
            /// <param name="keys">Every key accepted for it, as written in the corpus.</param>
            public DatasetSdkKeyAttribute(string kind, string member, string display, params string[] keys)
            {
            }
        }

        /// <summary>Marks a lookup whose first string parameter is a key of the given kind, for the DatasetSdk analyzer.</summary>
        [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
        [global::System.AttributeUsage(global::System.AttributeTargets.Method | global::System.AttributeTargets.Property)]
        %GC%
        internal sealed class DatasetSdkKeyLookupAttribute : global::System.Attribute
        {
            /// <summary>Marks a lookup.</summary>
            /// <param name="kind">"speaker" or "document".</param>
            public DatasetSdkKeyLookupAttribute(string kind)
            {
            }
        }
        """;
}
