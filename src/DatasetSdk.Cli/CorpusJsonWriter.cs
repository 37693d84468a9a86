using System.Text.Encodings.Web;
using System.Text.Json;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Cli;

/// <summary>Writes a corpus in the export format of <c>shared/spec/export-format.md</c>.</summary>
public static class CorpusJsonWriter
{
    /// <summary>Serializes <paramref name="corpus"/> as indented UTF-8 JSON; same corpus, same bytes.</summary>
    public static byte[] Write(CorpusModel corpus)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var d in corpus.Documents)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("file", d.FileName);
                json.WriteString("language", d.Language);
                json.WriteString("title", d.Title);
                json.WriteString("source", d.Source);
                json.WriteString("published", d.Published?.ToString());
                json.WriteString("url", d.Url);
                json.WriteStartArray("comments");
                for (var i = 0; i < d.Comments.Count; i++)
                {
                    var c = d.Comments[i];
                    json.WriteStartObject();
                    json.WriteString("author", c.Author);
                    json.WriteString("posted", c.Posted);
                    if (c.Parent is { } parent) json.WriteNumber("parent", parent); else json.WriteNull("parent");
                    json.WriteNumber("depth", c.Depth);
                    json.WriteString("text", c.Text);
                    json.WriteStartArray("quotes");
                    foreach (var q in c.Quotes) json.WriteStringValue(q);
                    json.WriteEndArray();
                    json.WriteNumber("line", c.Line);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("speakers");
            foreach (var s in corpus.Speakers)
            {
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteString("name", s.Name);
                json.WriteString("role", s.Role);
                json.WriteBoolean("collective", s.IsCollective);
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
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteString("document", corpus.Documents[s.Document].Id);
                json.WriteString("speaker", s.Speaker >= 0 ? corpus.Speakers[s.Speaker].Id : null);
                json.WriteString("kind", st.Kind.ToString().ToLowerInvariant());
                json.WriteString("text", st.Text);
                json.WriteNumber("start", st.Start);
                json.WriteNumber("length", st.Length);
                json.WriteNumber("line", st.Line);
                json.WriteString("date", st.Date?.ToString());
                json.WriteString("language", st.Language);
                if (st.Rule.Length > 0) json.WriteString("rule", st.Rule);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("dates");
            foreach (var d in corpus.Documents)
            {
                foreach (var m in d.Dates)
                {
                    json.WriteStartObject();
                    json.WriteString("document", d.Id);
                    json.WriteString("text", m.Text);
                    json.WriteString("value", m.Value?.ToString());
                    json.WriteNumber("start", m.Start);
                    json.WriteNumber("length", m.Length);
                    json.WriteNumber("line", m.Line);
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
