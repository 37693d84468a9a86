using System;
using System.Collections.Generic;
using System.Linq;

namespace DatasetSdk.Generator.Emit;

/// <summary><c>Corpus.Documents</c>, the document and comment tables, and the id index.</summary>
internal static class DocumentsEmitter
{
    private const int DocumentStride = 11;
    private const int CommentStride = 7;

    public static string Emit(EmitContext context)
    {
        var model = context.Model;
        var strings = context.Strings;
        var documents = new List<int>();
        var documentStatements = new List<int>();
        var comments = new List<int>();
        var commentQuotes = new List<int>();
        var ids = new Postings<string>(StringComparer.Ordinal);

        var statementsOf = new List<int>[model.Documents.Count];
        for (var d = 0; d < statementsOf.Length; d++) statementsOf[d] = new List<int>();
        for (var s = 0; s < model.Statements.Count; s++)
        {
            var document = model.Statements[s].Document;
            if (document >= 0 && document < statementsOf.Length) statementsOf[document].Add(s);
        }

        for (var d = 0; d < model.Documents.Count; d++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var document = model.Documents[d];
            ids.Add(document.Id, d);
            documents.AddRange(new[]
            {
                strings.Add(document.Id),
                strings.Add(document.FileName),
                strings.Add(document.Title),
                strings.Add(document.Source),
                strings.Add(document.Language),
                EmitContext.EncodeDate(document.Published),
                strings.Add(document.Url),
                documentStatements.Count,
                statementsOf[d].Count,
                context.CommentStarts[d],
                document.Comments.Count,
            });
            documentStatements.AddRange(statementsOf[d]);

            foreach (var comment in document.Comments)
            {
                var parent = comment.Parent is { } p && p >= 0 && p < document.Comments.Count ? context.CommentStarts[d] + p : -1;
                comments.AddRange(new[]
                {
                    strings.Add(comment.Author),
                    strings.Add(comment.Posted),
                    parent,
                    comment.Depth,
                    strings.Add(comment.Text),
                    commentQuotes.Count,
                    comment.Quotes.Count,
                });
                commentQuotes.AddRange(comment.Quotes.Select(strings.Add));
            }
        }
        var idTable = KeyTable.ForText(ids.Entries, strings);

        var writer = context.BeginFile();
        WriteDocumentsClass(writer, context);
        writer.Line();
        writer.Open("internal static partial class __Store");
        writer.Line("internal const int DocumentStride = " + EmitContext.Int(DocumentStride) + ";");
        writer.Line("internal const int CommentStride = " + EmitContext.Int(CommentStride) + ";");
        writer.Line();
        writer.Line("private static readonly Document?[] DocumentCache = new Document?[" + EmitContext.Int(model.Documents.Count) + "];");
        writer.Line("private static readonly Comment?[] CommentCache = new Comment?[" + EmitContext.Int(comments.Count / CommentStride) + "];");
        writer.Line();
        writer.Line("internal static Document GetDocument(int index) => Get(DocumentCache, index, static i => new Document(i));");
        writer.Line();
        writer.Line("internal static Comment GetComment(int index) => Get(CommentCache, index, static i => new Comment(i));");
        writer.Line();
        writer.Line("// Id, FileName, Title, Source, Language, Published, Url, statements (start, count in DocumentStatements), comments (start, count)");
        writer.IntArray("Documents", documents);
        writer.Line();
        writer.Line("// Statement indexes of each document, in document order.");
        writer.IntArray("DocumentStatements", documentStatements);
        writer.Line();
        writer.Line("// Document id (exact) -> document.");
        idTable.Write(writer, "DocumentIds");
        writer.Line();
        writer.Line("// Author, Posted, Parent (comment index or -1), Depth, Text, quotes (start, count in CommentQuotes)");
        writer.IntArray("Comments", comments);
        writer.Line();
        writer.IntArray("CommentQuotes", commentQuotes);
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteDocumentsClass(CodeWriter writer, EmitContext context)
    {
        var model = context.Model;
        writer.Summary("The documents of the corpus, sorted by id.");
        for (var d = 0; d < model.Documents.Count; d++)
        {
            var document = model.Documents[d];
            writer.Line("[DatasetSdkKey(\"document\", " + Literals.String(context.DocumentMembers[d]) + ", "
                + Literals.String(document.Title ?? document.Id) + ", " + Literals.String(document.Id) + ")]");
        }
        writer.Line(context.GeneratedCode);
        writer.Open(context.Visibility + " static class Documents");
        writer.Summary("Every document, sorted by id.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<Document> All => __Store.View(null, 0, "
            + EmitContext.Int(model.Documents.Count) + ", __Store.GetDocument);");
        writer.Line();
        writer.Summary("The document with this id (the file name without extension, exact match), or null when there is none.");
        writer.Line("/// <param name=\"id\">A document id, e.g. the value of <see cref=\"Document.Id\"/>.</param>");
        writer.Line("[DatasetSdkKeyLookup(\"document\")]");
        writer.Open("public static Document? ById(string id)");
        writer.Line("if (id is null) return null;");
        writer.Line("var row = __Store.FindText(__Store.DocumentIdsKeys, id);");
        writer.Line("return row < 0 ? null : __Store.GetDocument(__Store.DocumentIdsPostings[__Store.DocumentIdsKeys[row * 3 + 1]]);");
        writer.Close();
        for (var d = 0; d < model.Documents.Count; d++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var document = model.Documents[d];
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// " + (document.Title is { } title ? Literals.Xml(title) : "<c>" + Literals.Xml(document.Id) + "</c> (no title)") + "<br/>");
            var facts = new List<string>();
            if (document.Source is { } source) facts.Add(Literals.Xml(source));
            if (EmitContext.EncodeDate(document.Published) >= 0) facts.Add(Literals.Xml(document.Published!.Value.ToString()));
            facts.Add("<c>" + Literals.Xml(document.FileName) + "</c>");
            writer.Line("/// " + string.Join(", ", facts) + "; " + EmitContext.Int(document.Statements.Count) + " statements.");
            writer.Line("/// </summary>");
            writer.Line("public static Document " + context.DocumentMembers[d] + " => __Store.GetDocument(" + EmitContext.Int(d) + ");");
        }
        writer.Close();
    }
}
