using System.Linq;
using DatasetSdk.Extraction.Dates;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Extraction.Tests.Dates;

internal static class DateFixture
{
    /// <summary>Each mention of a sentence as "text=value", values resolved against <paramref name="anchor"/>.</summary>
    public static string[] Mentions(string sentence, string? anchor = null)
    {
        PartialDate? a = PartialDate.TryParse(anchor, out var p) ? p : null;
        PartialDate? last = null;
        return DateFinder.Find(sentence, 0, sentence.Length).Select(e =>
        {
            var value = DateResolver.Resolve(e, a, last);
            if (value is { Day: not null }) last = value;
            return sentence.Substring(e.Start, e.Length) + "=" + (value?.ToString() ?? "null");
        }).ToArray();
    }
}
