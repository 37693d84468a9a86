using DatasetSdk.Analyzers.Tests.Harness;

namespace DatasetSdk.Analyzers.Tests;

public sealed class UnknownKeyCodeFixTests
{
    private static string InMethod(string body) => $$"""
        using Fixture.Generated;

        internal static class UserCode
        {
            internal static void Run()
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public async Task Speaker_typo_offers_the_key_and_the_typed_property()
    {
        var titles = await AnalyzerRunner.FixTitlesAsync(InMethod("""_ = Corpus.Statements.BySpeaker("Lavorv");"""));
        Assert.Equal(new[] { "Use 'Lavrov'", "Use Corpus.Speakers.SergeiLavrov" }, titles);
    }

    [Fact]
    public async Task Use_key_replaces_the_literal()
    {
        var fixedText = await AnalyzerRunner.ApplyFixAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker("Лавроф");"""), "Use 'Лавров'");
        Assert.Equal(InMethod("""_ = Corpus.Statements.BySpeaker("Лавров");"""), fixedText);
    }

    [Fact]
    public async Task Use_property_in_BySpeaker_binds_the_typed_overload()
    {
        var fixedText = await AnalyzerRunner.ApplyFixAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker("Lavorv");"""), "Use Corpus.Speakers.SergeiLavrov");
        Assert.Equal(InMethod("""_ = Corpus.Statements.BySpeaker(Corpus.Speakers.SergeiLavrov);"""), fixedText);
    }

    [Fact]
    public async Task Use_property_replaces_the_whole_Find_call()
    {
        var fixedText = await AnalyzerRunner.ApplyFixAsync(
            InMethod("""var speaker = Corpus.Speakers.Find("Zaharova")?.Id;"""), "Use Corpus.Speakers.MariaZakharova");
        Assert.Equal(InMethod("""var speaker = Corpus.Speakers.MariaZakharova?.Id;"""), fixedText);
    }

    [Fact]
    public async Task Use_property_replaces_the_whole_ById_call()
    {
        var fixedText = await AnalyzerRunner.ApplyFixAsync(
            InMethod("""var document = Corpus.Documents.ById("001_5149d5faf0a924b8");"""),
            "Use Corpus.Documents.Doc001_5149d5faf0a924b9");
        Assert.Equal(InMethod("""var document = Corpus.Documents.Doc001_5149d5faf0a924b9;"""), fixedText);
    }

    [Fact]
    public async Task Property_is_written_as_short_as_the_usings_allow()
    {
        var source = """
            internal static class UserCode
            {
                internal static object Run() => Fixture.Generated.Corpus.Speakers.Find("Lavorv")!;
            }
            """;
        var fixedText = await AnalyzerRunner.ApplyFixAsync(source, "Use Corpus.Speakers.SergeiLavrov");
        Assert.Equal(source.Replace("Fixture.Generated.Corpus.Speakers.Find(\"Lavorv\")", "Fixture.Generated.Corpus.Speakers.SergeiLavrov", StringComparison.Ordinal), fixedText);
    }

    [Fact]
    public async Task Constant_gets_only_the_typed_property()
    {
        var titles = await AnalyzerRunner.FixTitlesAsync("""
            using Fixture.Generated;

            internal static class UserCode
            {
                private const string Minister = "Lavorv";

                internal static object Run() => Corpus.Statements.BySpeaker(Minister);
            }
            """);
        Assert.Equal(new[] { "Use Corpus.Speakers.SergeiLavrov" }, titles);
    }

    [Fact]
    public async Task Nothing_close_offers_no_fix()
    {
        var titles = await AnalyzerRunner.FixTitlesAsync(InMethod("""_ = Corpus.Statements.BySpeaker("Kowalski");"""));
        Assert.Empty(titles);
    }

    [Fact]
    public async Task Fix_all_replaces_every_typo_with_its_own_suggestion()
    {
        var fixedText = await AnalyzerRunner.FixAllAsync(
            InMethod("""
                _ = Corpus.Statements.BySpeaker("Lavorv");
                    _ = Corpus.Statements.BySpeaker("Zaharova");
                    _ = Corpus.Speakers.Find("Семёнав");
                """),
            "Use '");
        Assert.Equal(
            InMethod("""
                _ = Corpus.Statements.BySpeaker("Lavrov");
                    _ = Corpus.Statements.BySpeaker("Zakharova");
                    _ = Corpus.Speakers.Find("Семёнов");
                """),
            fixedText);
    }

    [Fact]
    public async Task Fix_all_with_properties_uses_each_typo_s_own_speaker()
    {
        var fixedText = await AnalyzerRunner.FixAllAsync(
            InMethod("""
                _ = Corpus.Statements.BySpeaker("Lavorv");
                    _ = Corpus.Speakers.Find("Zaharova");
                """),
            "Use Corpus.");
        Assert.Equal(
            InMethod("""
                _ = Corpus.Statements.BySpeaker(Corpus.Speakers.SergeiLavrov);
                    _ = Corpus.Speakers.MariaZakharova;
                """),
            fixedText);
    }

    [Fact]
    public async Task Named_argument_keeps_its_name_with_the_typed_property()
    {
        var fixedText = await AnalyzerRunner.ApplyFixAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker(speaker: "Lavorv");"""), "Use Corpus.Speakers.SergeiLavrov");
        Assert.Equal(InMethod("""_ = Corpus.Statements.BySpeaker(speaker: Corpus.Speakers.SergeiLavrov);"""), fixedText);
    }

    [Fact]
    public async Task Named_argument_gets_no_typed_property_when_the_overload_names_it_differently()
    {
        var generated = GeneratedShape.Corpus.Replace(
            "BySpeaker(string speaker)", "BySpeaker(string nameOrAlias)", StringComparison.Ordinal);
        Assert.NotEqual(GeneratedShape.Corpus, generated);
        var titles = await AnalyzerRunner.FixTitlesAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker(nameOrAlias: "Lavorv");"""), generated);
        Assert.Equal(new[] { "Use 'Lavrov'" }, titles);
    }
}
