using DatasetSdk.Extraction.Text;

namespace DatasetSdk.Extraction.Tests.Metadata;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("The minister said that the talks would continue in the spring.", "en")]
    [InlineData("Министр заявил, что переговоры продолжатся весной.", "ru")]
    [InlineData("Міністр заявив, що переговори триватимуть і навесні, є надія.", "uk")]
    [InlineData("Der Minister sagte, dass die Gespräche im Frühjahr nicht enden und weitergehen.", "de")]
    [InlineData("Le ministre a dit que les négociations et les réunions continueront dans la région.", "fr")]
    [InlineData("El ministro dijo que las conversaciones y los contactos continuarán en la primavera.", "es")]
    [InlineData("外務大臣は、交渉は春に続くと述べた。", "ja")]
    [InlineData("外交部长说谈判将在春天继续。", "zh")]
    [InlineData("장관은 협상이 봄에 계속될 것이라고 말했다.", "ko")]
    public void Detects_the_language_of_a_paragraph(string paragraph, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(paragraph, 0, paragraph.Length));

    [Fact]
    public void Only_the_given_span_counts()
    {
        var text = "Министр заявил: The talks will go on.";
        var at = text.IndexOf("The", System.StringComparison.Ordinal);
        Assert.Equal("en", LanguageDetector.Detect(text, at, text.Length - at));
    }
}
