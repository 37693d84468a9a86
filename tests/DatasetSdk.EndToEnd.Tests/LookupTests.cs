namespace DatasetSdk.EndToEnd.Tests;

public class LookupTests
{
    [Fact]
    public void Priority_tasks_quote_is_a_direct_statement_dated_by_its_article()
    {
        var statement = SeedFacts.PriorityTasks;

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal(SeedFacts.TassId, statement.Document.Id);
        Assert.Equal(11, statement.Line);
        Assert.Equal("en", statement.Language);
        Assert.Equal(new DateOnly(2016, 5, 6), statement.Date?.ToDateOnly());
    }

    [Fact]
    public void ByYear_ByDate_and_Between_use_the_statement_date()
    {
        var statement = SeedFacts.PriorityTasks;

        Assert.Contains(statement, Corpus.Statements.ByYear(2016));
        Assert.Contains(statement, Corpus.Statements.ByDate(new DateOnly(2016, 5, 6)));
        Assert.Contains(statement, Corpus.Statements.Between(new DateOnly(2016, 5, 1), new DateOnly(2016, 5, 31)));
        Assert.DoesNotContain(statement, Corpus.Statements.ByYear(2010));
        Assert.DoesNotContain(statement, Corpus.Statements.ByDate(new DateOnly(2016, 5, 7)));
        Assert.DoesNotContain(statement, Corpus.Statements.Between(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31)));
    }

    [Fact]
    public void ByYear_holds_exactly_the_statements_of_that_year()
    {
        foreach (var year in new[] { 2010, 2014, 2015, 2016 })
        {
            var expected = Corpus.Statements.All.Where(s => s.Date?.Year == year).ToList();
            Assert.Equal(expected, Corpus.Statements.ByYear(year));
        }
        Assert.NotEmpty(Corpus.Statements.ByYear(2010));
        Assert.Empty(Corpus.Statements.ByYear(1900));
        Assert.Empty(Corpus.Statements.ByYear(-1));
    }

    [Fact]
    public void ByDate_results_all_contain_the_day()
    {
        var day = new DateOnly(2010, 11, 13);
        var statements = Corpus.Statements.ByDate(day);

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.True(s.Date!.Value.Contains(day), s.Id + " is dated " + s.Date));
        SeedFacts.AssertDocumentOrder(statements);
    }

    [Fact]
    public void ByKind_partitions_the_corpus()
    {
        var kinds = Enum.GetValues<StatementKind>();

        foreach (var kind in kinds)
        {
            var statements = Corpus.Statements.ByKind(kind);
            Assert.All(statements, s => Assert.Equal(kind, s.Kind));
            SeedFacts.AssertDocumentOrder(statements);
        }
        Assert.Equal(Corpus.Statements.All.Count, kinds.Sum(k => Corpus.Statements.ByKind(k).Count));
        Assert.Contains(SeedFacts.PriorityTasks, Corpus.Statements.ByKind(StatementKind.Direct));
        // The Kremlin page is a transcript: "Russian Foreign Minister Sergei Lavrov:" then his remarks.
        Assert.Contains(Corpus.Statements.ByKind(StatementKind.Transcript), s => s.Document.Id == SeedFacts.KremlinId);
    }

    [Fact]
    public void ByLanguage_separates_Russian_from_English()
    {
        Assert.Contains(SeedFacts.RealityIs, Corpus.Statements.ByLanguage("ru"));
        Assert.DoesNotContain(SeedFacts.RealityIs, Corpus.Statements.ByLanguage("en"));
        Assert.Contains(SeedFacts.PriorityTasks, Corpus.Statements.ByLanguage("en"));
        Assert.All(Corpus.Statements.ByLanguage("ru"), s => Assert.Equal("ru", s.Language));
        Assert.Empty(Corpus.Statements.ByLanguage("xx"));
    }

    [Theory]
    [InlineData("Priority tasks")]
    [InlineData("PRIORITY TASKS")]
    [InlineData("prïority")]
    [InlineData("summit level")]
    public void Containing_finds_the_English_quote_ignoring_case_and_diacritics(string phrase)
    {
        Assert.Contains(SeedFacts.PriorityTasks, Corpus.Statements.Containing(phrase));
    }

    [Theory]
    [InlineData("Реальность такова")]
    [InlineData("РЕАЛЬНОСТЬ")]
    [InlineData("публичной полемики")]
    public void Containing_finds_the_Russian_quote(string phrase)
    {
        Assert.Contains(SeedFacts.RealityIs, Corpus.Statements.Containing(phrase));
    }

    [Theory]
    [InlineData("tasks priority")]
    [InlineData("zzqxv")]
    [InlineData("полемики публичной")]
    public void Containing_needs_the_words_in_order(string phrase)
    {
        var statements = Corpus.Statements.Containing(phrase);

        Assert.DoesNotContain(SeedFacts.PriorityTasks, statements);
        Assert.DoesNotContain(SeedFacts.RealityIs, statements);
    }

    [Theory]
    [InlineData("Japan")]
    [InlineData("peace treaty")]
    [InlineData("Японии")]
    public void Containing_finds_exactly_the_statements_holding_the_whole_words(string phrase)
    {
        // Words are runs of letters and digits, so "Japanese" does not hold the word "Japan" but "Japan’s" does.
        var pattern = new System.Text.RegularExpressions.Regex(
            @"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", phrase.Split(' ')) + @"(?![\p{L}\p{N}])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        var statements = Corpus.Statements.Containing(phrase);

        Assert.NotEmpty(statements);
        Assert.Equal(Corpus.Statements.All.Where(s => pattern.IsMatch(s.Text)), statements);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\\u0000")]
    public void Odd_search_text_never_throws(string phrase)
    {
        Assert.NotNull(Corpus.Statements.Containing(phrase));
    }

    [Fact]
    public void Dates_of_the_Kremlin_header_are_found()
    {
        var mention = Assert.Single(Corpus.Dates.InYear(2010), d => d.Text == "November 13, 2010" && d.Line == 63);

        Assert.Equal("2010-11-13", mention.Value?.ToString());
        Assert.Equal(SeedFacts.KremlinId, mention.Document.Id);
        Assert.All(Corpus.Dates.InYear(2010), d => Assert.Equal(2010, d.Value?.Year));
    }
}
