using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class QuoteSpanTests
{
    [Theory]
    [InlineData("\"We are ready to talk,\" Berg said.")]
    [InlineData("“We are ready to talk,” Berg said.")]
    [InlineData("«We are ready to talk,» Berg said.")]
    [InlineData("„We are ready to talk,“ Berg said.")]
    [InlineData("“We are ready to talk,\" Berg said.")]
    [InlineData("\"We are ready to talk,” Berg said.")]
    public void Every_quote_style_gives_the_span_inside_the_marks(string paragraph)
    {
        var result = Body("Foreign Minister Anna Berg met the press.", paragraph);
        var s = result.Single();
        Assert.Equal("We are ready to talk,", s.Text);
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void Russian_guillemets_with_a_dash_cue()
    {
        var result = Body("Министр Иван Петров провел переговоры.", "«Мы готовы к диалогу», — заявил Петров.");
        var s = result.Single();
        Assert.Equal("Мы готовы к диалогу", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
        Assert.Equal("ru", s.Language);
    }

    [Fact]
    public void Offsets_point_at_the_text_in_the_file()
    {
        var result = Body("Anna Berg arrived.", "\"First,\" she said. \"Second.\"", "Иван Петров сказал, что переговоры прошли успешно.");
        Assert.NotEmpty(result.Statements);
        foreach (var s in result.Statements)
        {
            Assert.Equal(s.Text, result.Text.Substring(s.Start, s.Length));
        }
        Assert.Equal(3, result.With("Second.").Line);
    }

    [Fact]
    public void Split_quote_gives_two_statements_with_one_speaker()
    {
        var result = Body("\"The talks were long,\" Anna Berg said. \"But they were useful.\"");
        Assert.Equal(new[] { "The talks were long,", "But they were useful." }, result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Anna Berg", s.Speaker));
    }

    [Fact]
    public void Split_quote_inside_one_sentence_in_russian()
    {
        var result = Body("«Переговоры были долгими, — сказал Иван Петров, — но полезными».");
        Assert.Equal(2, result.Statements.Count);
        Assert.All(result.Statements, s => Assert.Equal("Иван Петров", s.Speaker));
    }

    [Fact]
    public void Split_quote_whose_cue_names_the_listener_or_the_place()
    {
        var result = Body("«Цены растут быстрее зарплат, — сказала Мария Лебедева журналистам. — Это тревожный сигнал».",
            "«Мост откроют к осени, — заявил Олег Рябов в эфире радио. — Работы идут по графику».");
        Assert.Equal(new[] { "Цены растут быстрее зарплат,", "Это тревожный сигнал", "Мост откроют к осени,", "Работы идут по графику" },
            result.Statements.Select(s => s.Text));
        Assert.Equal(new[] { "Мария Лебедева", "Мария Лебедева", "Олег Рябов", "Олег Рябов" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void A_dash_inside_a_quotation_without_a_closing_dash_does_not_split_it()
    {
        var result = Body("Министр Олег Рябов ответил коротко.", "«Мост откроют к осени — сказал бы любой инженер в нашем городе, если бы его спросили об этом»", "Рябов уехал.");
        Assert.DoesNotContain(result.Statements, s => s.Text == "Мост откроют к осени");
    }

    [Fact]
    public void Nested_quotes_stay_inside_the_outer_statement()
    {
        var result = Body("\"They called it «a historic step» and I agree,\" Anna Berg said.");
        Assert.Equal("They called it «a historic step» and I agree,", result.Single().Text);
    }

    [Fact]
    public void Quote_without_closing_mark_ends_with_its_paragraph()
    {
        var result = Body("\"We will meet again in May,\" Anna Berg said. \"The date is not fixed yet", "Nothing else was announced.");
        Assert.Equal("The date is not fixed yet", result.Statements[1].Text);
        Assert.Equal("Anna Berg", result.Statements[1].Speaker);
        Assert.Equal(2, result.Statements.Count);
    }

    [Fact]
    public void Quote_over_two_paragraphs_is_one_statement_per_paragraph_same_speaker()
    {
        var result = Body("Anna Berg said: \"We have agreed on the agenda.", "\"The rest will follow next week.\"");
        Assert.Equal(new[] { "We have agreed on the agenda.", "The rest will follow next week." }, result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Anna Berg", s.Speaker));
    }

    [Fact]
    public void A_trailing_comma_inside_the_marks_is_kept()
    {
        var result = Body("«Мы уверены в успехе,» - сказал Иван Петров.");
        Assert.Equal("Мы уверены в успехе,", result.Single().Text);
    }

    [Theory]
    [InlineData(BlockKind.Caption)]
    [InlineData(BlockKind.Comment)]
    [InlineData(BlockKind.Boilerplate)]
    [InlineData(BlockKind.Heading)]
    public void Quotes_outside_the_body_are_not_statements(BlockKind kind)
    {
        var result = Run((BlockKind.Body, "Anna Berg visited Oslo."), (kind, "\"We are ready to talk,\" Berg said."));
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void Quoted_block_of_a_reader_comment_is_not_a_statement()
    {
        var result = Run((BlockKind.Body, "Anna Berg visited Oslo."), (BlockKind.Comment, "Quote: reader42\n\"The minister said that nothing will change.\""));
        Assert.Empty(result.Statements);
    }
}

public class DashAndInitialTests
{
    [Fact]
    public void Russian_dash_speech_with_a_cue_between_dashes()
    {
        var result = Body("Министр Иван Петров ответил на вопросы.", "— Мы готовы к диалогу, — сказал Петров. — Но не любой ценой.");
        Assert.Equal(new[] { "Мы готовы к диалогу", "Но не любой ценой." }, result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Иван Петров", s.Speaker));
        Assert.All(result.Statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
    }

    [Fact]
    public void Dash_list_item_without_a_cue_is_not_speech()
    {
        Assert.Empty(Body("— поставки газа, — нефть и уголь.").Statements);
    }

    [Theory]
    [InlineData("С.В.Лавров: Добрый день. Мы завершили переговоры.", "Лавров")]
    [InlineData("S. Lavrov: Good afternoon. We have finished our talks.", "Lavrov")]
    public void Transcript_label_with_initials(string paragraph, string surname)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(StatementKind.Transcript, s.Kind);
        Assert.EndsWith(surname, s.Speaker);
    }

    [Fact]
    public void Said_with_a_day_then_a_bare_clause()
    {
        var s = Body("Anna Berg said on Monday she was disappointed by the delay.").Single();
        Assert.Equal("she was disappointed by the delay", s.Text);
    }

    [Fact]
    public void That_far_after_the_verb()
    {
        var s = Body("Anna Berg said at a news conference in Helsinki after the talks that the border would stay open.").Single();
        Assert.Equal("the border would stay open", s.Text);
    }
}
