using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// What an extracted document must satisfy whatever its input, written from the documented contract
/// (ExtractedStatement, docs/diagnostics.md) and not from the extractor's code: offsets count from after a
/// leading BOM, stray controls read as one space each, \n, \r\n and a lone \r each end a line, and every
/// statement and date mention is exactly the characters its offsets name.
/// </summary>
internal static class DocumentSpec
{
    /// <summary>Throws with the first broken rule; returns how the case classifies, for the run's summary.</summary>
    public static string Check(string input, ExtractedDocument document)
    {
        var failed = document.Issues.FirstOrDefault(i => i.Kind == IssueKind.ExtractionFailed);
        if (failed is not null) throw new InvalidOperationException("extraction failed: " + failed.Message);

        if (document.Issues.Any(i => i.Kind is IssueKind.BinaryContent or IssueKind.EmptyFile))
        {
            if (document.Statements.Count != 0) throw new InvalidOperationException("a skipped file has statements");
            return "skipped (binary or empty)";
        }

        var text = input.Length > 0 && input[0] == '\uFEFF' ? input.Substring(1) : input;
        if (document.Text.Length != text.Length) throw new InvalidOperationException($"document text is {document.Text.Length} chars, the file {text.Length}");
        for (var i = 0; i < text.Length; i++)
        {
            if (document.Text[i] != AsRead(text[i]))
                throw new InvalidOperationException($"document text differs from the file at {i}: U+{(int)document.Text[i]:X4} for U+{(int)text[i]:X4}");
        }

        var lineStarts = LineStarts(text);
        var names = new HashSet<string>(document.Speakers.Select(s => s.Name), StringComparer.Ordinal);
        foreach (var s in document.Statements)
        {
            CheckSpan("statement", text, s.Start, s.Length, s.Text);
            var line = LineOf(lineStarts, s.Start);
            if (s.Line != line) throw new InvalidOperationException($"statement at {s.Start} says line {s.Line}, it is on line {line}");
            if (s.Speaker is not null && !names.Contains(s.Speaker)) throw new InvalidOperationException($"statement speaker '{s.Speaker}' is not a document speaker");
        }
        foreach (var d in document.Dates)
        {
            CheckSpan("date mention", text, d.Start, d.Length, d.Text);
            var line = LineOf(lineStarts, d.Start);
            if (d.Line != line) throw new InvalidOperationException($"date mention at {d.Start} says line {d.Line}, it is on line {line}");
        }
        return document.Statements.Count == 0 ? "no statements" : "statements";
    }

    private static void CheckSpan(string what, string text, int start, int length, string value)
    {
        if (length <= 0) throw new InvalidOperationException($"{what} at {start} is empty ({length} chars)");
        if (start < 0 || start + length > text.Length)
            throw new InvalidOperationException($"{what} span {start}+{length} is outside the {text.Length}-char file");
        var expected = new string(text.Substring(start, length).Select(AsRead).ToArray());
        if (value != expected)
            throw new InvalidOperationException($"{what} at {start}+{length} is {PropertyRun.Escape(value)}, the file has {PropertyRun.Escape(expected)}");
        // A span that starts or ends inside a surrogate pair cuts a character in half.
        if (char.IsLowSurrogate(text[start]) && start > 0 && char.IsHighSurrogate(text[start - 1]))
            throw new InvalidOperationException($"{what} at {start} starts inside a surrogate pair");
        var end = start + length;
        if (end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
            throw new InvalidOperationException($"{what} at {start}+{length} ends inside a surrogate pair");
    }

    /// <summary>A stray control (a control character that is not white space) reads as a space.</summary>
    private static char AsRead(char c) => char.IsControl(c) && !char.IsWhiteSpace(c) ? ' ' : c;

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        }
        return starts;
    }

    private static int LineOf(List<int> starts, int offset)
    {
        var line = 0;
        while (line + 1 < starts.Count && starts[line + 1] <= offset) line++;
        return line + 1;
    }
}
