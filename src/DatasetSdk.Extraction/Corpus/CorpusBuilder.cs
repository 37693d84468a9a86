using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Corpus;

/// <summary>
/// Merges extracted documents into one corpus: documents sorted by id, one speaker per person across all
/// documents, statements numbered in document order. Cheap compared with extraction.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. The result depends only on the documents' content, not their order.</summary>
    public static CorpusModel Build(IEnumerable<ExtractedDocument> documents, CancellationToken cancellationToken = default)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToArray();
        var speakers = new List<CorpusSpeaker>();
        var speakerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var statements = new List<CorpusStatement>();
        for (var d = 0; d < docs.Length; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = 0;
            foreach (var statement in docs[d].Statements)
            {
                var speaker = -1;
                if (statement.Speaker is { } name)
                {
                    if (!speakerIndex.TryGetValue(name, out speaker))
                    {
                        speaker = speakers.Count;
                        speakerIndex.Add(name, speaker);
                        speakers.Add(new CorpusSpeaker(Identifiers.From(name, speakers.Select(s => s.Id)), name, null, EquatableArray<string>.Empty, false));
                    }
                }
                statements.Add(new CorpusStatement(docs[d].Id + "#" + n++, d, speaker, statement));
            }
        }
        return new CorpusModel(new EquatableArray<ExtractedDocument>(docs), speakers.ToEquatableArray(), statements.ToEquatableArray());
    }
}
