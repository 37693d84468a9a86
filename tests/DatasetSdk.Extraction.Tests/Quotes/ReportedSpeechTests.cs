using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class ReportedSpeechTests
{
    [Theory]
    [InlineData("Anna Berg said that the border would stay open.", "the border would stay open")]
    [InlineData("Anna Berg has also stressed that the border would stay open.", "the border would stay open")]
    [InlineData("Anna Berg told reporters that the border would stay open.", "the border would stay open")]
    [InlineData("Anna Berg said the border would stay open.", "the border would stay open")]
    [InlineData("Anna Berg pointed out that the border would stay open.", "the border would stay open")]
    public void English_speech_verb_and_its_clause(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Theory]
    [InlineData("Иван Петров заявил, что граница останется открытой.")]
    [InlineData("Иван Петров сообщил, что граница останется открытой.")]
    [InlineData("Иван Петров также отметил, что граница останется открытой.")]
    [InlineData("Иван Петров выразил надежду на то, что граница останется открытой.")]
    public void Russian_speech_verb_and_its_clause(string paragraph)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("граница останется открытой", s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void Feminine_russian_verb_forms_are_cues()
    {
        var s = Body("Анна Берг заявила, что граница останется открытой.").Single();
        Assert.Equal("Анна Берг", s.Speaker);
    }

    [Theory]
    [InlineData("The border will stay open until May, Anna Berg said after the meeting.", "The border will stay open until May")]
    [InlineData("The border will stay open until May, said Anna Berg.", "The border will stay open until May")]
    [InlineData("OSLO (Agency) — The border will stay open until May, Anna Berg said.", "The border will stay open until May")]
    public void Clause_before_the_cue(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void Russian_clause_before_an_inverted_cue()
    {
        var s = Body("Граница останется открытой до мая, заявил Иван Петров.").Single();
        Assert.Equal("Граница останется открытой до мая", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void According_to_a_pronoun()
    {
        var result = Body("Anna Berg spoke in Oslo on Monday.", "According to her, the border will stay open.");
        var s = result.Single();
        Assert.Equal("the border will stay open", s.Text);
        Assert.Equal("Anna Berg", s.Speaker);
    }

    [Fact]
    public void Po_ego_slovam_in_russian()
    {
        var result = Body("Иван Петров заявил, что переговоры прошли успешно.", "По его словам, стороны договорились о новой встрече.");
        var s = result.With("стороны договорились о новой встрече");
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void Gerund_takes_the_subject_of_its_sentence()
    {
        var result = Body("Министр Иван Петров отметил рост торговли, добавив, что у двух стран есть новые проекты.");
        var s = result.Single();
        Assert.Equal("у двух стран есть новые проекты", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void Invitation_takes_the_rest_of_the_sentence()
    {
        var s = Body("Anna Berg invited her Finnish colleague to visit Oslo in June.").Single();
        Assert.Equal("her Finnish colleague to visit Oslo in June", s.Text);
    }

    [Fact]
    public void Clause_running_into_a_quote_ends_at_a_dash()
    {
        var result = Body("Иван Петров выразил надежду, что проекты удастся завершить - некоторые из них \"уже близки к финалу\".");
        Assert.Equal("проекты удастся завершить", result.Statements[0].Text);
        Assert.Equal(StatementKind.Partial, result.Statements[1].Kind);
    }

    [Theory]
    [InlineData("The border stayed open all year.")]
    [InlineData("Anna Berg visited Oslo and Bergen last week.")]
    [InlineData("Граница оставалась открытой весь год.")]
    public void Sentences_without_a_cue_give_nothing(string paragraph)
    {
        Assert.Empty(Body(paragraph).Statements);
    }

    [Fact]
    public void Speech_verb_with_only_a_time_after_it_is_not_a_clause()
    {
        Assert.Empty(Body("Anna Berg said on Monday.").Statements);
    }

    [Fact]
    public void A_statement_date_comes_from_its_sentence_else_the_document()
    {
        const string text = "Anna Berg said on May 5 that the border would stay open.\n\n";
        var dateStart = text.IndexOf("May 5", StringComparison.Ordinal);
        var dates = new[] { new DateMention("May 5", PartialDate.Of(2021, 5, 5), dateStart, 5, 1) }.ToEquatableArray();
        var result = Run(dates, (DatasetSdk.Extraction.Segment.BlockKind.Body, "Anna Berg said on May 5 that the border would stay open."), (DatasetSdk.Extraction.Segment.BlockKind.Body, "Anna Berg said that trade was growing."));
        Assert.Equal(PartialDate.Of(2021, 5, 5), result.With("the border would stay open").Date);
        Assert.Equal(Published, result.With("trade was growing").Date);
    }

    [Fact]
    public void About_this_opening_a_paragraph_points_back_to_a_one_sentence_lead()
    {
        var result = Body(
            "Открытие моста «Южный» снова откладывается: первые машины по нему поедут не раньше осени.",
            "Об этом во вторник сообщил мэр Тулы Олег Воронин. По его словам, подрядчик не успевает.");
        var lead = result.With("Открытие моста «Южный» снова откладывается: первые машины по нему поедут не раньше осени");
        Assert.Equal(StatementKind.Indirect, lead.Kind);
        Assert.Equal("Олег Воронин", lead.Speaker);
    }

    [Fact]
    public void About_this_does_not_reach_back_over_a_long_paragraph()
    {
        var result = Body(
            "Мост закрыли в марте. Открытие снова откладывается.",
            "Об этом сообщил вице-мэр Олег Воронин.");
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void Two_reports_joined_by_a_semicolon_are_split()
    {
        var en = Body("Farmers say the rules came too late; the ministry says nobody objected at the time.");
        Assert.Equal(new[] { "the rules came too late", "nobody objected at the time" }, en.Statements.Select(s => s.Text));
        Assert.EndsWith("ministry", en.With("nobody objected at the time").Speaker);
        var ru = Body("Жители говорят, что их никто не спрашивал; в мэрии говорят, что других вариантов нет.");
        Assert.Equal(new[] { "их никто не спрашивал", "других вариантов нет" }, ru.Statements.Select(s => s.Text));
    }

    [Fact]
    public void A_semicolon_without_a_second_cue_stays_inside_the_clause()
    {
        var result = Body("Farmers say the rules came too late; the harvest had already begun.");
        Assert.Equal("the rules came too late; the harvest had already begun", result.Single().Text);
    }

    [Fact]
    public void Po_dannym_and_po_informatsii_name_a_source()
    {
        var result = Body("По информации полиции, на трассе произошло три аварии.");
        var s = result.With("на трассе произошло три аварии");
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Contains("полици", s.Speaker);
        var en = Body("According to the police, three crashes happened on the road.");
        Assert.Contains("police", en.With("three crashes happened on the road").Speaker);
    }

    [Fact]
    public void Po_dannym_of_a_survey_is_not_a_person()
    {
        var result = Body("По данным опроса, большинство жителей против стройки.");
        Assert.DoesNotContain(result.Extraction.Speakers, sp => !sp.IsCollective);
    }

    [Fact]
    public void A_source_set_off_inside_the_sentence_reports_the_whole_sentence()
    {
        var ru = Body("В ночь на среду, по информации полиции, на трассе произошло три аварии.");
        Assert.Equal("В ночь на среду, по информации полиции, на трассе произошло три аварии", ru.Single().Text);
        var en = Body("On Tuesday night, according to the police, three crashes happened on the road.");
        Assert.Equal("On Tuesday night, according to the police, three crashes happened on the road", en.Single().Text);
    }

    [Fact]
    public void A_trailing_source_still_reports_the_clause_before_it()
    {
        var en = Body("Three crashes happened on the road, according to the police.");
        Assert.Equal("Three crashes happened on the road", en.Single().Text);
    }

    [Fact]
    public void A_parenthetical_as_cue_inside_the_sentence_reports_the_whole_sentence()
    {
        var ru = Body("Ремонт дороги, как уточнили в мэрии, обойдется в 40 млн рублей.");
        var s = ru.Single();
        Assert.Equal("Ремонт дороги, как уточнили в мэрии, обойдется в 40 млн рублей", s.Text);
        Assert.Contains("мэри", s.Speaker);
        var en = Body("The repair, as the council confirmed, will cost two million pounds.");
        Assert.Contains("council", en.Single().Speaker);
    }

    [Fact]
    public void As_well_as_inside_a_sentence_is_not_a_cue()
    {
        Assert.Empty(Body("The repair, as well as the new lighting, will cost two million pounds.").Statements);
    }

    [Fact]
    public void As_cue_with_a_quoted_body_name_before_the_comma()
    {
        var ru = Body("Как пояснили в пресс-службе АО «Городские мосты», движение откроют в пятницу.");
        var s = ru.With("движение откроют в пятницу");
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Contains("пресс-служб", s.Speaker);
    }

    [Fact]
    public void A_long_quotation_after_an_as_cue_is_not_a_body_name()
    {
        var ru = Body("Как пояснили в мэрии «мы не можем открыть мост раньше пятницы», движение закрыто.");
        Assert.DoesNotContain(ru.Statements, st => st.Text == "движение закрыто");
    }

    [Fact]
    public void A_committee_speaks_as_a_body()
    {
        var ru = Body("В комитете по образованию уточнили, что занятия начнутся в среду.");
        Assert.Contains("комитет", ru.With("занятия начнутся в среду").Speaker);
        var en = Body("The education committee said that classes would start on Wednesday.");
        Assert.Contains("committee", en.With("classes would start on Wednesday").Speaker);
    }

    [Fact]
    public void A_committee_in_a_role_does_not_take_the_person_s_words()
    {
        var ru = Body("Председатель комитета Анна Орлова сообщила, что занятия начнутся в среду.");
        Assert.Equal("Анна Орлова", ru.With("занятия начнутся в среду").Speaker);
    }
}
