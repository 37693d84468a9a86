using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// The statement indexes behind the <c>Statements</c> lookups: speaker keys, days, dates, years, kinds,
/// languages and the inverted word index.
/// </summary>
internal static class IndexesEmitter
{
    public static string Emit(EmitContext context)
    {
        var model = context.Model;
        var speakerKeys = new Postings<string>(StringComparer.Ordinal);
        var days = new Postings<int>();
        var dates = new Postings<int>();
        var years = new Postings<int>();
        var kinds = new Postings<int>();
        var languages = new Postings<string>(StringComparer.Ordinal);
        var words = new Postings<string>(StringComparer.Ordinal);

        for (var s = 0; s < model.Speakers.Count; s++)
        {
            foreach (var key in TextKeys.KeysOf(model.Speakers[s]))
            {
                var normalized = LookupKey.Normalize(key);
                foreach (var statement in context.StatementsBySpeaker[s]) speakerKeys.Add(normalized, statement);
            }
        }

        for (var s = 0; s < model.Statements.Count; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var statement = model.Statements[s].Statement;
            var date = EmitContext.EncodeDate(statement.Date);
            if (date >= 10000)
            {
                dates.Add(date, s);
                years.Add(date / 10000, s);
                if (date % 100 != 0) days.Add(date, s);
            }
            kinds.Add(StatementsEmitter.KindValue(statement.Kind), s);
            languages.Add(LookupKey.Normalize(statement.Language), s);
            foreach (var word in TextKeys.Words(Literals.Sanitize(statement.Text))) words.Add(word, s);
        }

        var writer = context.BeginFile();
        writer.Open("internal static partial class __Store");
        writer.Line("// Normalized speaker name, surname or alias -> statements of every speaker with that key.");
        KeyTable.ForText(speakerKeys.Entries, context.Strings).Write(writer, "SpeakerKeys");
        writer.Line();
        writer.Line("// Full date (yyyymmdd) -> statements.");
        KeyTable.ForInt(days.Entries).Write(writer, "StatementDays");
        writer.Line();
        writer.Line("// Date with a known year (yyyymmdd, 0 for an unknown month or day) -> statements.");
        KeyTable.ForInt(dates.Entries).Write(writer, "StatementDates");
        writer.Line();
        writer.Line("// Year -> statements.");
        KeyTable.ForInt(years.Entries).Write(writer, "StatementYears");
        writer.Line();
        writer.Line("// StatementKind -> statements.");
        KeyTable.ForInt(kinds.Entries).Write(writer, "StatementKinds");
        writer.Line();
        writer.Line("// Normalized language code -> statements.");
        KeyTable.ForText(languages.Entries, context.Strings).Write(writer, "StatementLanguages");
        writer.Line();
        writer.Line("// Folded word -> statements containing it.");
        KeyTable.ForText(words.Entries, context.Strings).Write(writer, "StatementWords");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
