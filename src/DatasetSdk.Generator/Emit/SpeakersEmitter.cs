using System;
using System.Collections.Generic;
using System.Linq;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Emit;

/// <summary><c>Corpus.Speakers</c>, the speaker table and the name/alias index used by <c>Find</c>.</summary>
internal static class SpeakersEmitter
{
    private const int SpeakerStride = 8;
    private const int FirstStatementLength = 120;

    public static string Emit(EmitContext context)
    {
        var model = context.Model;
        var strings = context.Strings;
        var statementsOf = context.StatementsBySpeaker;
        var speakers = new List<int>();
        var aliases = new List<int>();
        var speakerStatements = new List<int>();
        var find = new Postings<string>(StringComparer.Ordinal);

        for (var s = 0; s < model.Speakers.Count; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var speaker = model.Speakers[s];
            foreach (var key in TextKeys.KeysOf(speaker)) find.Add(LookupKey.Normalize(key), s);
            speakers.AddRange(new[]
            {
                strings.Add(context.SpeakerMembers[s]),
                strings.Add(speaker.Name),
                strings.Add(speaker.Role),
                aliases.Count,
                speaker.Aliases.Count,
                speaker.IsCollective ? 1 : 0,
                speakerStatements.Count,
                statementsOf[s].Count,
            });
            aliases.AddRange(speaker.Aliases.Select(strings.Add));
            speakerStatements.AddRange(statementsOf[s]);
        }
        var findTable = KeyTable.ForText(find.Entries, strings);

        var writer = context.BeginFile();
        WriteSpeakersClass(writer, context);
        writer.Line();
        writer.Open("internal static partial class __Store");
        writer.Line("internal const int SpeakerStride = " + EmitContext.Int(SpeakerStride) + ";");
        writer.Line();
        writer.Line("private static readonly Speaker?[] SpeakerCache = new Speaker?[" + EmitContext.Int(model.Speakers.Count) + "];");
        writer.Line();
        writer.Line("internal static Speaker GetSpeaker(int index) => Get(SpeakerCache, index, static i => new Speaker(i));");
        writer.Line();
        writer.Line("// Id, Name, Role, aliases (start, count in SpeakerAliases), IsCollective, statements (start, count in SpeakerStatements)");
        writer.IntArray("Speakers", speakers);
        writer.Line();
        writer.IntArray("SpeakerAliases", aliases);
        writer.Line();
        writer.Line("// Statement indexes of each speaker, in document order.");
        writer.IntArray("SpeakerStatements", speakerStatements);
        writer.Line();
        writer.Line("// Normalized name, surname or alias -> speakers.");
        findTable.Write(writer, "SpeakerFind");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteSpeakersClass(CodeWriter writer, EmitContext context)
    {
        var model = context.Model;
        writer.Summary("The speakers of the corpus, merged across documents.");
        for (var s = 0; s < model.Speakers.Count; s++)
        {
            var speaker = model.Speakers[s];
            var arguments = new[] { "speaker", context.SpeakerMembers[s], speaker.Name }.Concat(TextKeys.KeysOf(speaker));
            writer.Line("[DatasetSdkKey(" + string.Join(", ", arguments.Select(a => Literals.String(a))) + ")]");
        }
        writer.Line(context.GeneratedCode);
        writer.Open(context.Visibility + " static class Speakers");
        writer.Summary("Every speaker of the corpus.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<Speaker> All => __Store.View(null, 0, "
            + EmitContext.Int(model.Speakers.Count) + ", __Store.GetSpeaker);");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// The speaker with this name, surname or alias (case-insensitive, either script, 'ё' same as 'е'), or null.");
        writer.Line("/// When several speakers share the key (e.g. a surname), the first of <see cref=\"All\"/> is returned.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"nameOrAlias\">A name, surname or alias, e.g. the value of <see cref=\"Speaker.Name\"/>.</param>");
        writer.Line("[DatasetSdkKeyLookup(\"speaker\")]");
        writer.Open("public static Speaker? Find(string nameOrAlias)");
        writer.Line("var row = __Store.FindText(__Store.SpeakerFindKeys, __Store.NormalizeKey(nameOrAlias));");
        writer.Line("return row < 0 ? null : __Store.GetSpeaker(__Store.SpeakerFindPostings[__Store.SpeakerFindKeys[row * 3 + 1]]);");
        writer.Close();
        for (var s = 0; s < model.Speakers.Count; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var speaker = model.Speakers[s];
            var statements = context.StatementsBySpeaker[s];
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// " + Literals.Xml(speaker.Name) + (speaker.Role is { } role ? ", " + Literals.Xml(role) : string.Empty)
                + (speaker.IsCollective ? " (collective)" : string.Empty) + "<br/>");
            if (speaker.Aliases.Count > 0) writer.Line("/// Also: " + string.Join(", ", speaker.Aliases.Select(a => Literals.Xml(a, 60))) + "<br/>");
            writer.Line("/// " + EmitContext.Int(statements.Count) + (statements.Count == 1 ? " statement" : " statements")
                + (statements.Count > 0 ? ", first: \u201C" + Literals.Xml(model.Statements[statements[0]].Statement.Text, FirstStatementLength) + "\u201D" : string.Empty));
            writer.Line("/// </summary>");
            writer.Line("public static Speaker " + context.SpeakerMembers[s] + " => __Store.GetSpeaker(" + EmitContext.Int(s) + ");");
        }
        writer.Close();
    }
}
