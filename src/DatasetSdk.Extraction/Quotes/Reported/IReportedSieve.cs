using System.Collections.Generic;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>One construction of reported speech, tried on each clause in the order <see cref="ReportedSpeech.Sieves"/> declares.</summary>
internal interface IReportedSieve
{
    /// <summary>
    /// Adds the statements <paramref name="clause"/> gives under this construction. True claims the clause,
    /// even with nothing added, and the sieves after this one never read it.
    /// </summary>
    bool Claim(ReportedClause clause, List<Candidate> output);
}
