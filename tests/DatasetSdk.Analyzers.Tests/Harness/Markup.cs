using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Analyzers.Tests.Harness;

/// <summary>Test source with the expected diagnostic spans marked as <c>[|...|]</c>.</summary>
public sealed class Markup
{
    private Markup(string source, IReadOnlyList<TextSpan> spans)
    {
        Source = source;
        Spans = spans;
    }

    public string Source { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static Markup Parse(string markup)
    {
        var source = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                Assert.True(start < 0, "nested [| in test markup");
                start = source.Length;
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                Assert.True(start >= 0, "|] without [| in test markup");
                spans.Add(TextSpan.FromBounds(start, source.Length));
                start = -1;
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        Assert.True(start < 0, "unclosed [| in test markup");
        return new Markup(source.ToString(), spans);
    }
}
