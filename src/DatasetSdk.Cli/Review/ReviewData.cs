using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Cli.Review;

/// <summary>
/// The data island of the review page. Statements are arrays rather than objects because a large corpus has a
/// hundred thousand of them and the names would double the page; the field order is the script's contract:
/// <c>[id, document, speaker, kind, start, length, line, date, language, rule, cueStart, cueLength]</c>.
/// Statement texts are not repeated: the script cuts them from the document text by start and length.
/// </summary>
internal static class ReviewData
{
    private static readonly StatementKind[] Kinds = Enum.GetValues<StatementKind>();
    private static readonly BlockKind[] BlockKinds = Enum.GetValues<BlockKind>();

    public static string Json(CorpusModel corpus, IReadOnlyList<string> speakerColors)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("kinds");
            foreach (var k in Kinds) json.WriteStringValue(Lower(k));
            json.WriteEndArray();
            json.WriteStartArray("blockKinds");
            foreach (var k in BlockKinds) json.WriteStringValue(Lower(k));
            json.WriteEndArray();

            var blocks = new List<EquatableArray<TextBlock>>();
            json.WriteStartArray("documents");
            foreach (var d in corpus.Documents)
            {
                var segmented = DocumentSegmenter.Segment(d.Text, new LineMap(d.Text), CancellationToken.None).Blocks;
                blocks.Add(segmented);
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("file", d.FileName);
                json.WriteString("title", d.Title);
                json.WriteString("source", d.Source);
                json.WriteString("language", d.Language);
                json.WriteString("published", d.Published?.ToString());
                json.WriteString("url", d.Url);
                json.WriteNumber("comments", d.Comments.Count);
                json.WriteString("text", d.Text);
                json.WriteStartArray("blocks");
                foreach (var b in segmented)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(b.Start);
                    json.WriteNumberValue(b.Length);
                    json.WriteNumberValue(Array.IndexOf(BlockKinds, b.Kind));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteStartArray("dates");
                foreach (var m in d.Dates)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(m.Start);
                    json.WriteNumberValue(m.Length);
                    json.WriteStringValue(m.Value?.ToString());
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("speakers");
            for (var i = 0; i < corpus.Speakers.Count; i++)
            {
                var s = corpus.Speakers[i];
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteString("name", s.Name);
                json.WriteString("role", s.Role);
                json.WriteBoolean("collective", s.IsCollective);
                json.WriteString("color", speakerColors[i]);
                json.WriteStartArray("aliases");
                foreach (var a in s.Aliases) json.WriteStringValue(a);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("statements");
            foreach (var s in corpus.Statements)
            {
                var st = s.Statement;
                var (cueStart, cueLength) = Cue(st);
                json.WriteStartArray();
                json.WriteStringValue(s.Id);
                json.WriteNumberValue(s.Document);
                json.WriteNumberValue(s.Speaker);
                json.WriteNumberValue(Array.IndexOf(Kinds, st.Kind));
                json.WriteNumberValue(st.Start);
                json.WriteNumberValue(st.Length);
                json.WriteNumberValue(st.Line);
                json.WriteStringValue(st.Date?.ToString());
                json.WriteStringValue(st.Language);
                json.WriteStringValue(st.Rule);
                json.WriteNumberValue(cueStart);
                json.WriteNumberValue(cueLength);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Html.ScriptSafeJson(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>
    /// The words that named the statement's speaker, as the extractor read them ("Berg said": "Berg"); (-1, 0)
    /// when no cue of its own did: a continued quote, a speaker the manifest set.
    /// </summary>
    internal static (int Start, int Length) Cue(ExtractedStatement statement) =>
        statement.CueStart >= 0 && statement.Speaker is not null ? (statement.CueStart, statement.CueLength) : (-1, 0);
}
