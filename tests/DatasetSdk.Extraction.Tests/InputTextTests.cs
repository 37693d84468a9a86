using System.Text;
using DatasetSdk.Extraction;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Tests;

public class InputTextTests
{
    // Written for these tests.
    private const string Article =
        "Council approves the new bridge\n\n" +
        "The city council voted on Tuesday to build a footbridge over the river.\n\n" +
        "\"We have waited ten years for this crossing,\" council member Ida Lorne said.\n";

    private const string Quote = "We have waited ten years for this crossing,";

    [Theory]
    [InlineData('\0')]
    [InlineData('\u0001')]
    [InlineData('\u001B')]
    [InlineData('\u007F')]
    [InlineData('\u0090')]
    public void A_stray_control_character_costs_the_file_nothing(char control)
    {
        var clean = DocumentExtractor.Extract("bridge.txt", Article);
        var text = Article.Replace("voted on", "voted " + control + "on").Replace("ten years", "ten " + control + "years");

        var doc = DocumentExtractor.Extract("bridge.txt", text);

        Assert.DoesNotContain(doc.Issues, i => i.Kind == IssueKind.BinaryContent);
        var statement = Assert.Single(doc.Statements, s => s.Text.StartsWith("We have waited", StringComparison.Ordinal));
        Assert.Equal(Quote.Replace("ten years", "ten  years"), statement.Text);
        // Offsets still point into the file as it is: the control became one space, not nothing.
        var original = Assert.Single(clean.Statements, s => s.Text == Quote);
        Assert.Equal(original.Start + 1, statement.Start);
        Assert.Equal(text.IndexOf("We have waited", StringComparison.Ordinal), statement.Start);
        Assert.Equal(clean.Title, doc.Title);
    }

    [Fact]
    public void Stray_controls_become_spaces_one_for_one_and_layout_characters_stay()
    {
        const string text = "a\0b\tc\r\nd\u000Be\u000Cf\u0007g\u0085h";

        Assert.Equal("a b\tc\r\nd\u000Be\u000Cf g\u0085h", InputText.BlankStrayControls(text));
    }

    [Fact]
    public void Text_without_controls_is_returned_as_it_is()
    {
        Assert.Same(Article, InputText.BlankStrayControls(Article));
    }

    [Fact]
    public void Binary_data_is_named_as_such()
    {
        var bytes = new byte[400];
        new Random(7).NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);

        var reason = InputText.Unreadable(text);

        Assert.NotNull(reason);
        Assert.Contains("binary data", reason);
        Assert.Contains("control characters", reason);
    }

    [Fact]
    public void Utf16_text_without_a_byte_order_mark_is_named_as_such()
    {
        var text = Encoding.UTF8.GetString(Encoding.Unicode.GetBytes(Article));

        var doc = DocumentExtractor.Extract("bridge.txt", text);

        var issue = Assert.Single(doc.Issues);
        Assert.Equal(IssueKind.BinaryContent, issue.Kind);
        Assert.Contains("UTF-16", issue.Message);
    }

    [Fact]
    public void A_file_in_another_encoding_is_named_as_not_utf8()
    {
        // Windows-1251 bytes decoded as UTF-8: almost every Cyrillic byte is invalid.
        var cyrillic = new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0 };
        var text = Encoding.UTF8.GetString(cyrillic);

        var reason = InputText.Unreadable(text);

        Assert.NotNull(reason);
        Assert.Contains("not valid UTF-8", reason);
    }

    [Fact]
    public void An_ordinary_article_is_readable()
    {
        Assert.Null(InputText.Unreadable(Article));
        Assert.Null(InputText.Unreadable(Article.Replace("voted on", "voted\0on")));
    }
}
