using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class NewsStyleRuleTests
{
    [Theory]
    [InlineData("Norway and Iceland agreed on Tuesday to share fishing data, the two governments said.", "Norway and Iceland agreed on Tuesday to share fishing data")]
    [InlineData("Норвегия и Исландия договорились обмениваться данными о промысле, заявили правительства двух стран.", "Норвегия и Исландия договорились обмениваться данными о промысле")]
    public void A_clause_before_a_governments_cue_is_reported(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void Governments_without_a_speech_verb_report_nothing()
    {
        Assert.Empty(Body("Norway and Iceland agreed to share data, the two governments having met in Oslo.").Statements);
    }

    [Theory]
    [InlineData("Trade Minister Anna Berg visited the port and said the new terminal would open in May.", "the new terminal would open in May", "Anna Berg")]
    [InlineData("Министр торговли Анна Берг посетила порт и заявила, что новый терминал откроется в мае.", "новый терминал откроется в мае", "Анна Берг")]
    public void A_coordinated_verb_shares_the_first_verbs_subject(string paragraph, string clause, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Fact]
    public void A_coordinated_verb_without_a_named_subject_reports_nothing()
    {
        Assert.Empty(Body("The ships left the port and said goodbye.").Statements);
    }

    [Theory]
    [InlineData("In 2020, Oslo warned that new drilling would “certainly” harm the fishing grounds.", "new drilling would “certainly” harm the fishing grounds")]
    [InlineData("В 2020 году Осло предупредил, что новое бурение \"неизбежно\" навредит рыбным промыслам.", "новое бурение \"неизбежно\" навредит рыбным промыслам")]
    [InlineData("Anna Berg said the new “green corridor” would open in May.", "the new “green corridor” would open in May")]
    [InlineData("Иван Петров заявил, что переговоры были \"очень полезными\" для обеих сторон.", "переговоры были \"очень полезными\" для обеих сторон")]
    public void A_quote_too_short_for_a_partial_stays_inside_its_clause(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void A_longer_quote_ending_a_clause_is_still_the_partial_statement()
    {
        var result = Body("Anna Berg said that the drilling would \"harm the fishing grounds\".");
        Assert.Equal(StatementKind.Partial, result.With("harm the fishing grounds").Kind);
    }

    [Fact]
    public void A_russian_clause_running_into_a_quote_is_indirect_beside_the_partial()
    {
        var result = Body("Анна Берг заявила, что бурение \"навредит рыбным промыслам\".");
        Assert.Equal(StatementKind.Partial, result.With("навредит рыбным промыслам").Kind);
        Assert.Contains(result.Statements, s => s.Kind == StatementKind.Indirect && s.Text.StartsWith("бурение", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Zamministra_names_the_deputy_minister_introduced_earlier()
    {
        var result = Body("Заместитель министра транспорта Иван Петров посетил порт.", "\"Работы завершатся к лету\", - сказал замминистра.");
        Assert.Equal("Иван Петров", result.Single().Speaker);
    }

    [Fact]
    public void Sobesednik_agentstva_is_the_person_being_quoted()
    {
        var result = Body("Министр транспорта Иван Петров выступил в Москве.", "Собеседник агентства также не исключил, что порт откроется весной.");
        var s = result.Single();
        Assert.Equal("порт откроется весной", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Theory]
    [InlineData("He did not rule out that the port would open in spring.", "the port would open in spring")]
    [InlineData("Он не исключил, что порт откроется весной.", "порт откроется весной")]
    public void Not_ruling_out_reports_a_clause(string paragraph, string clause)
    {
        Assert.Equal(clause, Body("Minister Anna Berg spoke in Oslo.", paragraph).Single().Text);
    }

    [Fact]
    public void Ne_isklyucheno_without_a_speaker_reports_nothing()
    {
        Assert.Empty(Body("Погода не исключила задержек рейсов.").Statements);
    }

    [Theory]
    [InlineData("Порт откроется весной, заявил \"Северу\" министр транспорта Иван Петров.")]
    [InlineData("Порт откроется весной, заявил агентству министр транспорта Иван Петров.")]
    [InlineData("Порт откроется весной, заявил РИА Новости министр транспорта Иван Петров.")]
    [InlineData("Порт откроется весной, заявил агентству глава Минтранса Иван Петров.")]
    public void An_outlet_told_may_stand_between_the_verb_and_the_speaker(string paragraph)
    {
        var s = Body(paragraph).Statements.Single(x => x.Kind == StatementKind.Indirect);
        Assert.Equal("Порт откроется весной", s.Text);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void A_quote_after_the_speaker_still_stops_the_clause_before_the_cue()
    {
        var result = Body("Порт откроется весной, заявил агентству Иван Петров: \"Все готово\".");
        Assert.DoesNotContain(result.Statements, s => s.Text == "Порт откроется весной");
    }

    [Fact]
    public void A_quoted_fragment_after_an_as_cue_is_partial_inside_the_reported_clause()
    {
        var result = Body("Как сообщили агентству в пресс-службе министерства, Осло \"внимательно изучит\" предложения.");
        Assert.Equal("Осло \"внимательно изучит\" предложения", result.Statements.Single(s => s.Kind == StatementKind.Indirect).Text);
        Assert.Equal("внимательно изучит", result.Statements.Single(s => s.Kind == StatementKind.Partial).Text);
    }

    [Theory]
    [InlineData("Trade Minister Anna Berg called the deal “historic” and left the room.", "historic", "Anna Berg")]
    [InlineData("Министр Иван Петров назвал эти меры \"запоздалыми\", однако поддержал их.", "запоздалыми", "Иван Петров")]
    public void A_quoted_label_after_a_naming_verb_is_partial(string paragraph, string quote, string speaker)
    {
        var s = Body(paragraph).With(quote);
        Assert.Equal(StatementKind.Partial, s.Kind);
        Assert.Equal(speaker, s.Speaker);
    }

    [Theory]
    [InlineData("The ship was called “Polar Star” by its crew.")]
    [InlineData("The board called a meeting, “urgent” in tone.")]
    [InlineData("Officials called the vessel “Polar Star” after the storm.")]
    public void A_naming_verb_without_a_speaker_or_across_a_comma_makes_no_partial(string paragraph)
    {
        Assert.DoesNotContain(Body(paragraph).Statements, s => s.Kind == StatementKind.Partial);
    }

    [Theory]
    [InlineData("Как сообщили агентству в пресс-службе министерства, Осло \"внимательно изучит\" предложения.", "внимательно изучит")]
    [InlineData("As the ministry said, Oslo will “study carefully” the proposals.", "study carefully")]
    public void A_sentence_opened_by_its_source_attributes_a_two_word_fragment(string paragraph, string quote)
    {
        Assert.Equal(StatementKind.Partial, Body(paragraph).With(quote).Kind);
    }

    [Fact]
    public void A_two_word_fragment_mid_sentence_without_a_leading_source_is_a_term()
    {
        Assert.DoesNotContain(Body("Oslo will “study carefully” the proposals, the paper wrote in an editorial note.").Statements, s => s.Kind == StatementKind.Partial);
    }

    [Theory]
    [InlineData("Как сообщили в пресс-службе Минтранса, порт откроется весной.", "В ведомстве подчеркнули, что работы идут по графику.")]
    [InlineData("The Transport Ministry said the port would open in spring.", "The ministry added that the work was on schedule.")]
    public void A_bare_body_noun_is_the_body_named_before(string first, string second)
    {
        var result = Body(first, second);
        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(result.Statements[0].Speaker, result.Statements[1].Speaker);
    }

    [Fact]
    public void Two_named_bodies_stay_two_speakers()
    {
        var result = Body("Как сообщили в пресс-службе Минтранса, порт откроется весной.", "В пресс-службе Минфина подчеркнули, что денег хватит.");
        Assert.NotEqual(result.Statements[0].Speaker, result.Statements[1].Speaker);
    }

    [Theory]
    [InlineData("Norway and Iceland agreed to share data, the two governments said.", "The center will open in May, according to a joint statement.", "The center will open in May")]
    [InlineData("Норвегия и Исландия договорились обмениваться данными, заявили правительства двух стран.", "Центр откроется в мае, согласно совместному заявлению.", "Центр откроется в мае")]
    public void A_statement_as_source_is_the_group_last_quoted(string first, string second, string clause)
    {
        var result = Body(first, second);
        var s = result.With(clause);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal(result.Statements[0].Speaker, s.Speaker);
    }

    [Fact]
    public void According_to_a_plan_reports_nothing()
    {
        Assert.Empty(Body("The center will open in May, according to the plan.").Statements);
    }

    [Fact]
    public void His_ministry_is_the_body_his_minister_role_names()
    {
        var result = Body("Norwegian Trade Minister Lars Dahl met his Icelandic counterpart.", "Dahl will travel to Reykjavik next week, his ministry said.");
        var s = result.Single();
        Assert.Equal("Dahl will travel to Reykjavik next week", s.Text);
        Assert.Equal("the Norwegian Trade Ministry", s.Speaker);
    }

    [Fact]
    public void Ego_vedomstvo_is_a_body_not_the_man()
    {
        var result = Body("Министр транспорта Иван Петров посетил порт.", "Петров вылетит в Мурманск в пятницу, сообщило его ведомство.");
        Assert.NotEqual("Иван Петров", result.Single().Speaker);
    }

    [Fact]
    public void A_pronoun_without_a_body_noun_is_still_the_man()
    {
        var result = Body("Trade Minister Lars Dahl met reporters.", "The talks went well, he said.");
        Assert.Equal("Lars Dahl", result.Single().Speaker);
    }

    [Theory]
    [InlineData("Министр Иван Петров отметил, что график работ «очень плотный»", "очень плотный")]
    [InlineData("Minister Anna Berg said the schedule was “very tight”", "very tight")]
    public void A_subheadline_reporting_words_gives_its_quotation(string heading, string quote)
    {
        var s = Run((BlockKind.Heading, heading)).Single();
        Assert.Equal(quote, s.Text);
        Assert.Equal(StatementKind.Partial, s.Kind);
    }

    [Fact]
    public void A_subheadline_with_a_quoted_title_gives_nothing()
    {
        Assert.Empty(Run((BlockKind.Heading, "Учения «Северный щит» пройдут в марте")).Statements);
    }

    [Fact]
    public void Sobesednik_agentstva_after_the_verb_is_the_person_being_quoted()
    {
        var result = Body("Министр транспорта Иван Петров выступил в Москве.", "Порт откроется весной, сообщил собеседник агентства.");
        Assert.Equal("Иван Петров", result.Single().Speaker);
    }

    [Theory]
    [InlineData("Trade Minister Anna Berg told reporters the talks were over and added that a deal was near.", "the talks were over", "a deal was near")]
    [InlineData("Министр Иван Петров заявил, что переговоры завершены, и добавил, что сделка близка.", "переговоры завершены", "сделка близка")]
    public void A_second_speech_verb_ends_the_first_clause(string paragraph, string first, string second)
    {
        var result = Body(paragraph);
        Assert.Equal(new[] { first, second }, result.Statements.Select(s => s.Text));
    }

    [Fact]
    public void And_before_an_ordinary_verb_stays_in_the_clause()
    {
        Assert.Equal("the talks were over and everyone went home", Body("Anna Berg said the talks were over and everyone went home.").Single().Text);
    }

    [Theory]
    [InlineData("Exports will fall, Dahl said, adding that prices would rise.", "Exports will fall", "prices would rise")]
    [InlineData("Экспорт газа сократится в этом году, заявил Петров, добавив, что цены вырастут.", "Экспорт газа сократится в этом году", "цены вырастут")]
    public void A_participle_after_a_trailing_cue_reports_a_second_clause(string paragraph, string first, string second)
    {
        var result = Body("Energy Minister Lars Dahl and Министр Иван Петров met.", paragraph);
        Assert.Equal(new[] { first, second }, result.Statements.Select(s => s.Text));
        Assert.Equal(result.Statements[0].Speaker, result.Statements[1].Speaker);
    }

    [Fact]
    public void A_participle_without_that_adds_no_clause()
    {
        Assert.Equal("Exports will fall", Body("Exports will fall, Dahl said, adding a warning about prices.").Single().Text);
    }

    [Fact]
    public void Govoritsya_v_soobshchenii_names_the_documents_owner()
    {
        var s = Body("Экспорт газа сократится в этом году, говорится в сообщении пресс-службы Минтранса.").Single();
        Assert.Equal("Экспорт газа сократится в этом году", s.Text);
        Assert.Equal("пресс-служба Минтранса", s.Speaker);
    }

    [Fact]
    public void Govoritsya_v_sovmestnom_zayavlenii_is_the_group_last_quoted()
    {
        var result = Body("Норвегия и Исландия договорились о сотрудничестве, заявили правительства двух стран.", "Экспорт газа сократится в этом году, говорится в совместном заявлении.");
        Assert.Equal(result.Statements[0].Speaker, result.With("Экспорт газа сократится в этом году").Speaker);
    }

    [Fact]
    public void Govoritsya_v_doklade_of_experts_is_not_a_speech_cue()
    {
        Assert.Empty(Body("Экспорт газа сократится в этом году, говорится в докладе экспертов.").Statements);
    }

    [Fact]
    public void Ob_etom_govoritsya_v_soobshchenii_points_back()
    {
        var s = Body("Экспорт газа сократится в этом году. Об этом говорится в сообщении пресс-службы Минтранса.").Single();
        Assert.Equal("Экспорт газа сократится в этом году", s.Text);
        Assert.Equal("пресс-служба Минтранса", s.Speaker);
    }

    [Theory]
    [InlineData("Prices rose, Berg said.", "Prices rose")]
    [InlineData("Экспорт сократится, заявил Петров.", "Экспорт сократится")]
    public void A_two_word_clause_before_a_cue_is_reported(string paragraph, string clause)
    {
        Assert.Equal(clause, Body(paragraph).Single().Text);
    }

    [Theory]
    [InlineData("Asked about the sanctions, Berg said nothing.")]
    [InlineData("Отвечая на вопрос журналистов, Петров ничего не сказал.")]
    public void A_fronted_adverbial_before_a_cue_is_not_reported(string paragraph)
    {
        Assert.Empty(Body(paragraph).Statements);
    }
}
