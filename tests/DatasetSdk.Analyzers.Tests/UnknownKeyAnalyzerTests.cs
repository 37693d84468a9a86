using DatasetSdk.Analyzers.Tests.Harness;

namespace DatasetSdk.Analyzers.Tests;

public sealed class UnknownKeyAnalyzerTests
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
    public Task Latin_typo_suggests_the_closest_key_with_the_speaker_name() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Lavorv"|]);"""),
            new[] { "No speaker 'Lavorv' in the corpus. Did you mean 'Lavrov' (Sergei Lavrov)?" });

    [Fact]
    public Task Typo_in_a_full_name_suggests_the_name_without_repeating_it() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Speakers.Find([|"Maria Zakharov"|]);"""),
            new[] { "No speaker 'Maria Zakharov' in the corpus. Did you mean 'Maria Zakharova'?" });

    [Theory]
    [InlineData("Sergei Lavrov")]
    [InlineData("Lavrov")]
    [InlineData("LAVROV")]
    [InlineData("  sergei   LAVROV ")]
    [InlineData("Лавров")]
    [InlineData("сергей лавров")]
    [InlineData("Russia's foreign minister")]
    [InlineData("Семенов")]
    [InlineData("Пётр Семёнов")]
    public async Task Accepted_keys_in_any_case_script_or_spacing_are_valid(string key)
    {
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(InMethod(
            $"_ = Corpus.Statements.BySpeaker(\"{key}\"); _ = Corpus.Speakers.Find(\"{key}\");"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Cyrillic_typo_suggests_the_cyrillic_key() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Лавроф"|]);"""),
            new[] { "No speaker 'Лавроф' in the corpus. Did you mean 'Лавров' (Sergei Lavrov)?" });

    [Fact]
    public Task Key_with_a_cyrillic_letter_among_latin_ones_suggests_the_latin_key() =>
        // The 'о' in the literal is Cyrillic: the text looks right but matches nothing.
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Lavr\u043Ev"|]);"""),
            new[] { "No speaker 'Lavrоv' in the corpus. Did you mean 'Lavrov' (Sergei Lavrov)?" });

    [Fact]
    public Task Latin_spelling_of_a_name_known_only_in_cyrillic_suggests_the_cyrillic_key() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Kovaleva"|]); _ = Corpus.Speakers.Find([|"Vera Kovalyova"|]);"""),
            new[]
            {
                "No speaker 'Kovaleva' in the corpus. Did you mean 'Ковалёва' (Вера Ковалёва)?",
                "No speaker 'Vera Kovalyova' in the corpus. Did you mean 'Вера Ковалёва'?",
            });

    [Fact]
    public Task Cyrillic_spelling_of_a_name_known_only_in_latin_suggests_the_latin_key() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Белл"|]);"""),
            new[] { "No speaker 'Белл' in the corpus. Did you mean 'Bell' (Anna Bell)?" });

    [Fact]
    public Task Typo_with_yo_spelled_out_still_finds_the_key() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Speakers.Find([|"Семёнав"|]);"""),
            new[] { "No speaker 'Семёнав' in the corpus. Did you mean 'Семёнов' (Pyotr Semyonov)?" });

    [Fact]
    public Task Unknown_key_with_nothing_close_says_so() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Kowalski"|]);"""),
            new[] { "No speaker 'Kowalski' in the corpus, and no known speaker is close to it" });

    [Fact]
    public Task Short_keys_allow_a_single_edit_only() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Statements.BySpeaker([|"Bel"|]); _ = Corpus.Statements.BySpeaker([|"Bo"|]);"""),
            new[]
            {
                "No speaker 'Bel' in the corpus. Did you mean 'Bell' (Anna Bell)?",
                "No speaker 'Bo' in the corpus, and no known speaker is close to it",
            });

    [Fact]
    public async Task Variable_argument_is_not_checked()
    {
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(InMethod("""
            var who = System.Environment.GetEnvironmentVariable("WHO") ?? "Lavorv";
            _ = Corpus.Statements.BySpeaker(who);
            """));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Constant_argument_is_checked_at_the_use() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            """
            using Fixture.Generated;

            internal static class UserCode
            {
                private const string Minister = "Lavorv";

                internal static void Run() => _ = Corpus.Statements.BySpeaker([|Minister|]);
            }
            """,
            new[] { "No speaker 'Lavorv' in the corpus. Did you mean 'Lavrov' (Sergei Lavrov)?" });

    [Fact]
    public Task Named_argument_is_checked() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = Corpus.Speakers.Find(nameOrAlias: [|"Zaharova"|]);"""),
            new[] { "No speaker 'Zaharova' in the corpus. Did you mean 'Zakharova' (Maria Zakharova)?" });

    [Fact]
    public Task Document_ids_are_checked_without_a_display_name() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""
                _ = Corpus.Documents.ById("001_5149d5faf0a924b9");
                _ = Corpus.Documents.ById([|"001_5149d5faf0a924b8"|]);
                _ = Corpus.Documents.ById([|"Talks in Geneva"|]);
                """),
            new[]
            {
                "No document '001_5149d5faf0a924b8' in the corpus. Did you mean '001_5149d5faf0a924b9'?",
                "No document 'Talks in Geneva' in the corpus, and no known document is close to it",
            });

    [Fact]
    public async Task Speaker_names_are_not_document_ids_and_back()
    {
        var markup = InMethod("""
            _ = Corpus.Documents.ById([|"Lavrov"|]);
            _ = Corpus.Statements.BySpeaker([|"002_0c1d2e3f4a5b6c7d"|]);
            """);
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(Markup.Parse(markup).Source);
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public Task Two_roots_keep_their_keys_apart() =>
        AnalyzerRunner.AssertDiagnosticsAsync(
            """
            internal static class UserCode
            {
                internal static void Run()
                {
                    _ = Fixture.Generated.Corpus.Statements.BySpeaker("Lavrov");
                    _ = Fixture.Archive.Archive.Statements.BySpeaker("Roe");
                    _ = Fixture.Generated.Corpus.Statements.BySpeaker([|"Roe"|]);
                    _ = Fixture.Archive.Archive.Speakers.Find([|"Lavrov"|]);
                }
            }
            """,
            new[]
            {
                "No speaker 'Roe' in the corpus, and no known speaker is close to it",
                "No speaker 'Lavrov' in the corpus, and no known speaker is close to it",
            },
            GeneratedShape.Corpus,
            GeneratedShape.Archive);

    [Fact]
    public async Task Methods_without_the_lookup_attribute_are_ignored()
    {
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(InMethod("""
            _ = Corpus.Statements.Containing("Lavorv");
            _ = string.Concat("Lavorv", "Kowalski");
            """));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_lookup_attribute_of_another_shape_is_ignored()
    {
        // Same attribute name, but no root class with key tables around it: nothing to check against.
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(
            """
            internal sealed class DatasetSdkKeyLookupAttribute : System.Attribute
            {
                public DatasetSdkKeyLookupAttribute(string kind) { }
            }

            internal static class Directory
            {
                [DatasetSdkKeyLookup("speaker")]
                internal static string Find(string name) => name;

                internal static void Run() => Find("Lavorv");
            }
            """);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task Indexer_marked_as_lookup_is_checked()
    {
        var generated = GeneratedShape.Corpus.Replace(
            "internal static class Statements",
            """
            internal sealed class SpeakerIndex
            {
                [DatasetSdkKeyLookup("speaker")]
                public Speaker? this[string nameOrAlias] => null;
            }

            internal static class Statements
            """,
            StringComparison.Ordinal);
        return AnalyzerRunner.AssertDiagnosticsAsync(
            InMethod("""_ = new Corpus.SpeakerIndex()[[|"Zakharva"|]];"""),
            new[] { "No speaker 'Zakharva' in the corpus. Did you mean 'Zakharova' (Maria Zakharova)?" },
            generated);
    }

    [Fact]
    public async Task Lookups_inside_generated_code_are_not_reported()
    {
        var generated = GeneratedShape.Corpus.Replace(
            "public static Speaker? Find(string nameOrAlias) => null;",
            "public static Speaker? Find(string nameOrAlias) => Statements.BySpeaker(\"Lavorv\").Count > 0 ? null : null;",
            StringComparison.Ordinal);
        Assert.NotEqual(GeneratedShape.Corpus, generated);
        var diagnostics = await AnalyzerRunner.DiagnoseAsync("internal static class Empty { }", generated);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Large_corpus_gets_the_closest_key_for_every_typo()
    {
        // 3,000 speakers with near-identical names: each typo must still land on its own speaker.
        var attributes = string.Concat(Enumerable.Range(0, 3000).Select(i =>
            $"[DatasetSdkKey(\"speaker\", \"Person{i}\", \"Person Number{i:D4}\", \"Person Number{i:D4}\", \"Number{i:D4}\")]\n"));
        var generated = GeneratedShape.Corpus.Replace(
            "internal static class Speakers", attributes + "internal static class Speakers", StringComparison.Ordinal);
        var calls = string.Concat(Enumerable.Range(0, 300).Select(i => $"_ = Corpus.Statements.BySpeaker(\"Numbr{i * 10:D4}\");\n"));
        var diagnostics = await AnalyzerRunner.DiagnoseAsync(InMethod(calls), generated);
        Assert.Equal(
            Enumerable.Range(0, 300).Select(i => $"No speaker 'Numbr{i * 10:D4}' in the corpus. Did you mean 'Number{i * 10:D4}' (Person Number{i * 10:D4})?"),
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Diagnostic_links_to_its_documentation()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.DiagnoseAsync(InMethod("""_ = Corpus.Speakers.Find("Lavorv");""")));
        Assert.Equal("https://github.com/datasetsdk/datasetsdk/blob/main/docs/diagnostics.md#dsdk101", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal("Usage", diagnostic.Descriptor.Category);
    }
}
