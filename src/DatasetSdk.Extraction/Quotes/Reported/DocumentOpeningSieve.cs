using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Speakers;
using static DatasetSdk.Extraction.Quotes.Reported.ClauseScan;
using static DatasetSdk.Extraction.Text.TextScan;
using static DatasetSdk.Extraction.Quotes.Reported.DocumentSource;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// "В сообщении мэрии говорится, что паром будет ходить ежедневно", "В документе отмечается, что …": a
/// document opening the sentence with an impersonal verb and "что". The document's owner speaks; a document
/// with no owner is the group last quoted. Russian only.
/// </summary>
internal sealed class DocumentOpeningSieve : IReportedSieve
{
    private static readonly HashSet<string> ImpersonalVerbs = new(StringComparer.Ordinal)
    {
        "говорится", "сказано", "отмечается", "подчеркивается", "подчёркивается", "указывается", "сообщается", "утверждается",
    };

    public bool Claim(ReportedClause clause, List<Candidate> output)
    {
        var p = clause.P;
        var end = clause.End;
        var first = clause.First;
        var limit = clause.Limit;
        var words = p.Words;
        if (first + 3 >= limit || words[first].Lower is not ("в" or "во")) return false;
        var noun = first + 1;
        while (noun < limit && noun <= first + 3 && !DocumentNouns.Contains(words[noun].Lower)) noun++;
        if (noun >= limit || !DocumentNouns.Contains(words[noun].Lower)) return false;
        var verb = noun + 1;
        while (verb < limit && verb <= noun + 5 && !ImpersonalVerbs.Contains(words[verb].Lower)) verb++;
        if (verb + 1 >= limit || !ImpersonalVerbs.Contains(words[verb].Lower) || words[verb + 1].Lower != "что" || p.InQuote[verb]) return false;
        var owner = verb > noun + 1 ? MentionReader.StartingAt(p.Text, words, noun + 1) : null;
        if (owner is not null && owner.End > words[verb].Start) owner = null;
        owner ??= verb > noun + 1 && Vocabulary.IsOrganization(words[noun + 1].Lower)
            ? new Mention(MentionKind.Organization, words[noun + 1].Start, words[verb - 1].End, p.Text.Substring(words[noun + 1].Start, words[verb - 1].End - words[noun + 1].Start), Array.Empty<string>(), null)
            : null;
        owner ??= StatementSource(p, first + 1, noun + 1)
            ?? new Mention(MentionKind.GroupPronoun, words[first + 1].Start, words[noun].End, p.Text.Substring(words[first + 1].Start, words[noun].End - words[first + 1].Start), Array.Empty<string>(), null);
        var clauseStart = words[verb + 1].End;
        if (SpeechQuoteIn(p, clauseStart, end) is { } q) return false;
        return Emit(p, clauseStart, end, new Cue(owner, VerbFrame.That), output);
    }
}
