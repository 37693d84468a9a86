using System.Text;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Cli.Review;

/// <summary>
/// Writes the review page: one self-contained HTML file (inline CSS, script and SVG, nothing fetched) that shows
/// every document with its statements highlighted in place and copies manifest fixes to the clipboard.
/// </summary>
/// <remarks>
/// The corpus travels as a JSON island that the script renders a page of documents at a time, so a corpus of
/// ten thousand documents opens without building ten thousand DOM trees. Only the timeline is drawn here,
/// because it is the same for every filter.
/// </remarks>
public static class ReviewPage
{
    /// <summary>Writes the page for <paramref name="corpus"/>; the same corpus gives the same characters.</summary>
    public static void Write(CorpusModel corpus, TextWriter writer)
    {
        var speakerColors = corpus.Speakers.Select((_, i) => SpeakerColor(i)).ToArray();
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // the page needs nothing from anywhere, and the browser enforces that: whatever a document's text held,
        // it could fetch nothing
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'\">\n");
        writer.Write("<title>DatasetSdk review</title>\n<style>\n");
        writer.Write(ReviewAssets.Css);
        writer.Write("</style>\n</head>\n<body>\n<header>\n<h1>DatasetSdk review</h1>\n<p class=\"summary\">");
        writer.Write(Html.Escape(FormattableString.Invariant(
            $"{corpus.Documents.Count} documents, {corpus.Statements.Count} statements, {corpus.Speakers.Count} speakers")));
        writer.Write("</p>\n</header>\n");
        writer.Write(ReviewAssets.Controls);
        writer.Write("<section id=\"timeline\">\n<h2>Statements per month, top speakers</h2>\n");
        ReviewTimeline.Write(corpus, speakerColors, writer);
        writer.Write("</section>\n");
        writer.Write(ReviewAssets.Panels);
        writer.Write("<script type=\"application/json\" id=\"review-data\">");
        writer.Write(ReviewData.Json(corpus, speakerColors));
        writer.Write("</script>\n<script>\n");
        writer.Write(ReviewAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>
    /// A speaker's colour: golden-angle hues, so neighbouring speakers differ as much as possible and the colour
    /// of a speaker depends only on its place in the corpus, not on the filter or the page.
    /// </summary>
    internal static string SpeakerColor(int index) =>
        FormattableString.Invariant($"hsl({index * 137.508 % 360:0.#} 70% 38%)");
}

/// <summary>Escaping of text placed in HTML and of JSON placed in a script element.</summary>
public static class Html
{
    /// <summary>Escapes text for an element's content or a double- or single-quoted attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// Makes JSON safe inside a script element: no '&lt;' at all (so neither "&lt;/script" nor "&lt;!--" can end
    /// or change the element), and U+2028/U+2029 escaped, which older script engines read as line ends.
    /// Every one of these characters can only stand inside a JSON string, where the escape means the same.
    /// </summary>
    public static string ScriptSafeJson(string json) =>
        json.Replace("<", "\\u003c").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");
}
