using DatasetSdk.Extraction.Model;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianReportedSpeechTests
{
    [Theory]
    [InlineData("Цены на жильё продолжат расти, утверждает аналитик Ирина Белкина.")]
    [InlineData("Цены на жильё продолжат расти, пишет аналитик Ирина Белкина.")]
    [InlineData("Цены на жильё продолжат расти, заметила аналитик Ирина Белкина.")]
    [InlineData("Цены на жильё продолжат расти, настаивает аналитик Ирина Белкина.")]
    public void Present_and_past_verbs_of_saying_after_the_clause(string paragraph)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("Цены на жильё продолжат расти", s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Ирина Белкина", s.Speaker);
    }

    [Theory]
    [InlineData("Ранее Ирина Белкина заявляла, что цены на жильё продолжат расти.")]
    [InlineData("Ирина Белкина не раз подчеркивала, что цены на жильё продолжат расти.")]
    [InlineData("Ирина Белкина обещает, что цены на жильё продолжат расти.")]
    public void Imperfective_verbs_of_saying_take_a_clause(string paragraph)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("цены на жильё продолжат расти", s.Text);
        Assert.Equal("Ирина Белкина", s.Speaker);
    }

    [Fact]
    public void Dash_led_speech_with_a_written_cue()
    {
        var result = Body("Губернатор Олег Рябов подвёл итоги года на заседании правительства области.",
            "— Стройки идут по графику. Это важно, — написал Рябов. — Люди видят перемены.");
        Assert.Equal(new[] { "Стройки идут по графику. Это важно", "Люди видят перемены." }, result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Олег Рябов", s.Speaker));
    }

    [Theory]
    [InlineData("По оценке аналитика Ирины Белкиной, цены на жильё продолжат расти.")]
    [InlineData("Цены на жильё, по утверждению аналитика Ирины Белкиной, продолжат расти.")]
    public void Po_otsenke_and_po_utverzhdeniyu_name_a_source(string paragraph)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Ирина Белкина", s.Speaker);
    }

    [Fact]
    public void Po_otsenke_of_a_thing_is_not_a_source()
    {
        Assert.Empty(Body("Работы по оценке ущерба продолжатся до конца месяца.").Statements);
    }

    [Fact]
    public void A_verb_of_writing_without_a_speaker_after_it_is_not_a_cue()
    {
        Assert.Empty(Body("Цены на жильё продолжат расти, пишет о себе каждый второй отчёт.").Statements);
    }
}

public class RussianInvertedCueTests
{
    [Theory]
    [InlineData("Цены на сыр вырастут осенью, сообщил в своём телеграм-канале губернатор Олег Рябов.", "Цены на сыр вырастут осенью")]
    [InlineData("Цены на сыр вырастут осенью, заявил в среду губернатор Олег Рябов.", "Цены на сыр вырастут осенью")]
    [InlineData("Как заявил в беседе с корреспондентом газеты губернатор Олег Рябов, цены на сыр вырастут осенью.", "цены на сыр вырастут осенью")]
    [InlineData("Цены на сыр вырастут осенью, об этом заявил губернатор Олег Рябов на заседании правительства.", "Цены на сыр вырастут осенью")]
    public void A_circumstance_may_stand_between_the_verb_and_its_speaker(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal("Олег Рябов", s.Speaker);
    }

    [Fact]
    public void A_full_stop_inside_an_outlets_name_does_not_end_the_circumstance()
    {
        var result = Body("Как заявил в беседе с корреспондентом «Вестей.Ru» пресс-секретарь завода Олег Рябов, конкуренты занимаются «раздуванием паники».");
        Assert.Equal("Олег Рябов", Assert.Single(result.Statements, s => s.Kind == StatementKind.Partial).Speaker);
    }

    [Fact]
    public void The_listener_may_follow_the_inverted_speaker()
    {
        var s = Body("Переговоры продолжатся осенью, сообщила пресс-секретарь губернатора Анна Белкина журналистам.").Single();
        Assert.Equal("Переговоры продолжатся осенью", s.Text);
        Assert.Equal("Анна Белкина", s.Speaker);
    }

    [Fact]
    public void The_person_talked_with_is_not_the_speaker()
    {
        var result = Body("Цены на сыр вырастут осенью, рассказал в беседе с министром Петром Зайцевым фермер Олег Рябов.");
        Assert.Equal("Олег Рябов", result.Single().Speaker);
    }

    [Fact]
    public void Without_a_speech_verb_об_этом_is_no_cue()
    {
        Assert.Empty(Body("Цены на сыр вырастут осенью, об этом мы писали в прошлом месяце.").Statements);
    }
}

public class RussianQuotedNameTests
{
    [Fact]
    public void A_quoted_company_name_stays_inside_the_reported_clause()
    {
        var s = Body("Спад продаж АО «Ромашка», по словам Ирины Белкиной, не повлияет на планы завода.").Single();
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Спад продаж АО «Ромашка», по словам Ирины Белкиной, не повлияет на планы завода", s.Text);
    }

    [Theory]
    [InlineData("«Ромашка» намерена защищать свои интересы в суде, заявили в компании.", "«Ромашка» намерена защищать свои интересы в суде")]
    [InlineData("Спрос упал после новостей о «Ромашке», сообщил аналитик Пётр Зайцев.", "Спрос упал после новостей о «Ромашке»")]
    [InlineData("Тактика конкурентов сводится к «раздуванию паники», заявил аналитик Пётр Зайцев.", "Тактика конкурентов сводится к «раздуванию паники»")]
    public void A_quoted_name_or_fragment_in_a_clause_before_its_cue_leaves_it_reported(string paragraph, string clause)
    {
        Assert.Contains(Body(paragraph).Statements, s => s.Kind == StatementKind.Indirect && s.Text == clause);
    }

    [Fact]
    public void A_quoted_name_before_a_speech_verb_is_a_body_speaking()
    {
        var s = Body("Сотрудники цеха ушли на обед. «Ромашка» заявила, что завод продолжит работу.").Single();
        Assert.Equal("завод продолжит работу", s.Text);
        Assert.Equal("Ромашка", s.Speaker);
    }

    [Fact]
    public void A_quoted_name_in_the_genitive_before_a_named_speaker_is_not_the_subject()
    {
        var s = Body("Директор «Ромашки» Иван Петров заявил, что завод продолжит работу.").Single();
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void A_whole_quotation_before_its_cue_is_direct_not_a_reported_clause()
    {
        var result = Body("«Мы будем защищать свои интересы», заявил аналитик Пётр Зайцев.");
        Assert.Equal(StatementKind.Direct, result.Single().Kind);
    }

    [Fact]
    public void A_quoted_name_is_not_a_partial_statement()
    {
        var result = Body("Аналитик Ирина Белкина из компании «Северный капитал» считает, что цены вырастут.");
        Assert.DoesNotContain(result.Statements, s => s.Kind == StatementKind.Partial);
        Assert.Equal("цены вырастут", result.Single().Text);
    }

    [Fact]
    public void A_quoted_question_is_speech_not_a_name()
    {
        var result = Body("Тренер Ирина Белкина ответила вопросом — «А как вы думаете?»");
        Assert.Contains(result.Statements, s => s.Text == "А как вы думаете?");
    }

    [Fact]
    public void A_lowercase_quoted_fragment_is_still_a_partial()
    {
        var result = Body("Ирина Белкина назвала решение «поспешным и ошибочным».");
        Assert.Contains(result.Statements, s => s.Kind == StatementKind.Partial && s.Text == "поспешным и ошибочным");
    }
}

public class RussianDocumentOpeningTests
{
    [Theory]
    [InlineData("В заявлении министерства говорится, что переговоры будут продолжены.", "министерство")]
    [InlineData("В сообщении МИД отмечается, что переговоры будут продолжены.", "МИД")]
    public void A_document_opening_the_sentence_with_an_impersonal_verb_speaks_for_its_owner(string paragraph, string speaker)
    {
        var s = Body(paragraph).Single();
        Assert.Equal("переговоры будут продолжены", s.Text);
        Assert.Equal(speaker, s.Speaker);
    }

    [Fact]
    public void A_document_without_an_impersonal_verb_is_no_cue()
    {
        Assert.Empty(Body("В документе так много страниц, что его никто не дочитал.").Statements);
    }

    [Fact]
    public void The_foreign_ministry_acronym_is_a_body()
    {
        Assert.Equal("МИД", Body("В МИД отметили, что переговоры будут продолжены.").Single().Speaker);
    }
}

public class RussianRoleComplementTests
{
    [Theory]
    [InlineData("«Мы готовы к турниру», — сказал главный тренер сборной России Пётр Зайцев.")]
    [InlineData("«Мы готовы к турниру», — сказал глава МИД РФ Пётр Зайцев.")]
    public void A_country_or_acronym_in_the_genitive_completes_the_role_before_the_name(string paragraph)
    {
        var result = Body(paragraph);
        Assert.Equal("Пётр Зайцев", result.Single().Speaker);
        Assert.Contains(result.Extraction.Speakers.Single().Aliases, a => a.EndsWith("Пётр Зайцев", StringComparison.Ordinal) && a.Length > "Пётр Зайцев".Length);
    }

    [Fact]
    public void Modifiers_of_the_role_joined_by_i_stay_in_the_role()
    {
        var result = Body("Курс рубля будет падать, считает финансовый и биржевой аналитик Пётр Зайцев.");
        Assert.Equal("Пётр Зайцев", result.Single().Speaker);
    }

    [Fact]
    public void Two_speakers_joined_by_i_are_not_one_role()
    {
        var result = Body("Курс рубля будет падать, считают аналитики и Пётр Зайцев.");
        Assert.DoesNotContain(result.Statements, s => s.Speaker == "Пётр Зайцев");
    }

    [Fact]
    public void A_role_with_a_country_and_no_name_is_not_a_name()
    {
        var result = Body("«Мы готовы к турниру», — сказал главный тренер сборной России.");
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name.Contains("России", StringComparison.Ordinal) && !s.IsCollective);
    }
}

public class RussianOutletTests
{
    [Theory]
    [InlineData("Как пишет «Северная газета», школа откроется в октябре.", "школа откроется в октябре")]
    [InlineData("Школа откроется в октябре, пишет газета «Северная газета».", "Школа откроется в октябре")]
    [InlineData("Школа откроется в октябре, сообщает «Северная газета».", "Школа откроется в октябре")]
    public void A_quoted_outlet_after_a_reporting_verb_is_the_speaker(string paragraph, string clause)
    {
        var s = Body(paragraph).Single();
        Assert.Equal(clause, s.Text);
        Assert.Equal("Северная газета", s.Speaker);
    }

    [Fact]
    public void A_quoted_outlet_told_is_a_listener_not_the_speaker()
    {
        var s = Body("Как сообщил «Северной газете» директор Иван Петров, школа откроется в октябре.").Single();
        Assert.Equal("Иван Петров", s.Speaker);
    }
}

public class RussianClauseWithFragmentTests
{
    [Fact]
    public void A_reported_clause_holding_a_quoted_fragment_is_indirect_and_the_fragment_partial()
    {
        var result = Body("Иван Петров заявил, что тактика конкурентов заключается в «раздувании паники».");
        Assert.Equal(2, result.Statements.Count);
        Assert.Equal("тактика конкурентов заключается в «раздувании паники»", result.Statements.Single(s => s.Kind == StatementKind.Indirect).Text);
        Assert.Equal("раздувании паники", result.Statements.Single(s => s.Kind == StatementKind.Partial).Text);
        Assert.All(result.Statements, s => Assert.Equal("Иван Петров", s.Speaker));
    }

    [Fact]
    public void A_sentence_with_a_fragment_before_ob_etom_zayavil_is_indirect_too()
    {
        var result = Body("Некоторые страны нарушают правила, прикрываясь «красивыми словами» о свободе торговли. Об этом заявил министр Иван Петров.");
        Assert.Contains(result.Statements, s => s.Kind == StatementKind.Indirect && s.Text.StartsWith("Некоторые страны нарушают правила", StringComparison.Ordinal) && s.Speaker == "Иван Петров");
    }

    [Fact]
    public void A_quotation_after_a_colon_is_only_direct()
    {
        var result = Body("Иван Петров заявил: «Тактика конкурентов — раздувание паники».");
        Assert.Equal(StatementKind.Direct, result.Single().Kind);
    }

    [Fact]
    public void An_english_clause_with_a_quoted_fragment_is_indirect_beside_the_partial_too()
    {
        var result = Body("Anna Berg said that the plan was \"a reckless gamble with public money\".");
        Assert.Contains(result.Statements, s => s.Kind == StatementKind.Indirect && s.Text.Contains('"'));
        Assert.Contains(result.Statements, s => s.Kind == StatementKind.Partial && s.Text == "a reckless gamble with public money");
    }
}
