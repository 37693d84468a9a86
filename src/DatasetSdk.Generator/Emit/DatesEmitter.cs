using System.Collections.Generic;

namespace DatasetSdk.Generator.Emit;

/// <summary><c>Corpus.Dates</c>, the date mention table and its year index.</summary>
internal static class DatesEmitter
{
    private const int DateStride = 6;

    public static string Emit(EmitContext context)
    {
        var model = context.Model;
        var mentions = new List<int>();
        var years = new Postings<int>();
        for (var d = 0; d < model.Documents.Count; d++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var mention in model.Documents[d].Dates)
            {
                var value = EmitContext.EncodeDate(mention.Value);
                if (value >= 10000) years.Add(value / 10000, mentions.Count / DateStride);
                mentions.AddRange(new[] { context.Strings.Add(mention.Text), value, d, mention.Line, mention.Start, mention.Length });
            }
        }

        var writer = context.BeginFile();
        writer.Template(DatesClass.Replace("%COUNT%", EmitContext.Int(mentions.Count / DateStride)), context);
        writer.Line();
        writer.Open("internal static partial class __Store");
        writer.Line("internal const int DateStride = " + EmitContext.Int(DateStride) + ";");
        writer.Line();
        writer.Line("private static readonly DateMention?[] DateMentionCache = new DateMention?[" + EmitContext.Int(mentions.Count / DateStride) + "];");
        writer.Line();
        writer.Line("internal static DateMention GetDateMention(int index) => Get(DateMentionCache, index, static i => new DateMention(i));");
        writer.Line();
        writer.Line("// Text, Value (or -1), Document, Line, Start, Length");
        writer.IntArray("DateMentions", mentions);
        writer.Line();
        writer.Line("// Year -> date mentions.");
        KeyTable.ForInt(years.Entries).Write(writer, "DateYears");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private const string DatesClass = """
        /// <summary>Every date mentioned in the corpus.</summary>
        %GC%
        %V% static class Dates
        {
            /// <summary>Every date mention, in document order.</summary>
            public static global::System.Collections.Generic.IReadOnlyList<DateMention> All => __Store.View(null, 0, %COUNT%, __Store.GetDateMention);

            /// <summary>The date mentions whose value lies in <paramref name="year"/>, at any precision.</summary>
            /// <param name="year">A year, e.g. 2016.</param>
            public static global::System.Collections.Generic.IReadOnlyList<DateMention> InYear(int year) =>
                __Store.Postings(__Store.DateYearsKeys, __Store.FindInt(__Store.DateYearsKeys, year), __Store.DateYearsPostings, __Store.GetDateMention);
        }
        """;
}
