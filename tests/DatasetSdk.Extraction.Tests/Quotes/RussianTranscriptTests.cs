using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Segment;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;
using static DatasetSdk.Extraction.Tests.Segment.SegmentFixture;

namespace DatasetSdk.Extraction.Tests.Quotes;

public class RussianTranscriptTests
{
    [Fact]
    public void A_label_on_its_own_line_heads_dash_led_turns_and_questions_are_the_journalists()
    {
        var result = Body(
            "Анна Волкова, главный тренер женской сборной:",
            "- Спасибо всем. Мы сыграли ровно.",
            "- Кто выйдет в стартовом составе?",
            "- Решим завтра утром.",
            "Пекка Лайне, тренер гостей:",
            "- Соперник был быстрее. Мы учтём ошибки.");
        Assert.All(result.Statements, s => Assert.Equal(StatementKind.Transcript, s.Kind));
        Assert.Equal(new[] { "Спасибо всем. Мы сыграли ровно.", "Кто выйдет в стартовом составе?", "Решим завтра утром.", "Соперник был быстрее. Мы учтём ошибки." },
            result.Statements.Select(s => s.Text));
        Assert.Equal(new[] { "Анна Волкова", "journalist", "Анна Волкова", "Пекка Лайне" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void An_answer_goes_on_without_the_dash_but_a_cued_quote_ends_the_turns()
    {
        var result = Body("Анна Волкова, главный тренер:", "- Мы довольны. Идём дальше.", "Состав обсудим завтра.",
            "«Команда готова», — сказал Пётр Зайцев.");
        Assert.Equal(new[] { "Анна Волкова", "Анна Волкова", "Пётр Зайцев" }, result.Statements.Select(s => s.Speaker));
        Assert.Equal(StatementKind.Direct, result.Statements[2].Kind);
    }

    [Fact]
    public void A_dash_led_interview_under_a_lead_gives_the_answers_to_the_subject_of_the_lead()
    {
        var result = Body(
            "В интервью корреспонденту агентства Ивану Смирнову профессор Олег Рябов рассказал о планах института.",
            "- Олег Петрович, что считаете главным итогом года?",
            "- Думаю, это новая лаборатория. Она уже работает.",
            "Мы открыли её весной.",
            "- А что дальше?",
            "- Дальше будет новый корпус.");
        var turns = result.Statements.Where(s => s.Kind == StatementKind.Transcript).ToList();
        Assert.Equal(new[] { "journalist", "Олег Рябов", "Олег Рябов", "journalist", "Олег Рябов" }, turns.Select(s => s.Speaker));
    }

    [Fact]
    public void A_dash_led_list_after_a_lead_is_not_an_interview()
    {
        var result = Body(
            "Профессор Олег Рябов рассказал о планах института.",
            "- Новая лаборатория откроется весной.",
            "- Корпус построят к осени.");
        Assert.DoesNotContain(result.Statements, s => s.Kind == StatementKind.Transcript);
    }

    [Fact]
    public void A_name_with_a_role_and_a_speech_verb_before_the_colon_is_not_a_label()
    {
        var result = Body("Анна Волкова, главный тренер, сказала:", "- Мы довольны. Идём дальше.");
        Assert.DoesNotContain(result.Statements, s => s.Kind == StatementKind.Transcript);
    }

    [Fact]
    public void Capitals_labels_with_initials_or_a_bracketed_note()
    {
        var result = Body(
            "И.СОКОЛОВ: Добрый день, коллеги. Начнём.",
            "ПЁТР ЗАЙЦЕВ [директор библиотеки]: Мы подготовили выставку.",
            "И.СОКОЛОВ: Покажите, пожалуйста.");
        Assert.Equal(new[] { "Соколов", "Пётр Зайцев", "Соколов" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void A_translation_note_after_the_name_is_part_of_the_label()
    {
        var result = Body("А.Дюпон (как переведено): Благодарю за приглашение.", "Вопрос: Каковы итоги визита?");
        Assert.Equal(new[] { "Благодарю за приглашение.", "Каковы итоги визита?" }, result.Statements.Select(s => s.Text));
    }

    [Fact]
    public void Capitals_without_initials_or_a_note_stay_a_headline()
    {
        Assert.Empty(Body("СРОЧНО ВНИМАНИЕ: мост закрыт до утра.").Statements);
        Assert.Empty(Body("СРОЧНЫЕ НОВОСТИ [ВИДЕО]: мост закрыт до утра.").Statements);
    }

    [Fact]
    public void Initials_labels_stand_for_the_speakers_named_before()
    {
        var result = Body(
            "Ирина Белкина: Здравствуйте. У нас в студии гость.",
            "Олег Николаевич Смирнов: Добрый день.",
            "И.Б.: Как прошёл год?",
            "О.С.: Непросто, но интересно.");
        Assert.Equal(new[] { "Ирина Белкина", "Олег Николаевич Смирнов", "Ирина Белкина", "Олег Николаевич Смирнов" }, result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void A_labelled_turn_cut_off_mid_sentence_still_counts_inside_a_transcript()
    {
        var result = Run((BlockKind.Body, "Ирина Белкина: Как прошёл год?"), (BlockKind.Boilerplate, "Олег Смирнов: Я бы сказал, что год был"));
        Assert.Equal(new[] { "Ирина Белкина", "Олег Смирнов" }, result.Statements.Select(s => s.Speaker));
        // Outside a transcript the same line is a headline.
        Assert.Empty(Body("Олег Смирнов: год был непростым").Statements);
    }

    [Fact]
    public void Hyphen_led_speech_is_an_interview_turn_but_a_one_sentence_item_is_a_list()
    {
        var page = Lines(
            "Итоги сезона",
            "",
            "Анна Волкова, главный тренер женской сборной:",
            "",
            "- Спасибо всем. Мы сыграли ровно, хотя соперник был опасен.",
            "",
            "- Кто выйдет в стартовом составе в пятницу?",
            "",
            "- Решим завтра утром. Посмотрим на самочувствие.",
            "",
            "- Бесплатная доставка.");
        Assert.Equal(BlockKind.Body, KindOf(page, "Анна Волкова"));
        Assert.Equal(BlockKind.Body, KindOf(page, "- Кто выйдет"));
        Assert.Equal(BlockKind.Body, KindOf(page, "- Решим"));
        Assert.NotEqual(BlockKind.Body, KindOf(page, "- Бесплатная"));
    }

    [Fact]
    public void A_headline_fronting_its_topic_gives_the_topic_to_the_speaker_closing_it()
    {
        var result = Run((BlockKind.Title, "О новых соглашениях на форуме рассказал губернатор Петров"), (BlockKind.Body, "Губернатор области Олег Петров подвёл итоги форума."));
        var s = Assert.Single(result.Statements);
        Assert.Equal("новых соглашениях на форуме", s.Text);
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Олег Петров", s.Speaker);
    }

    [Fact]
    public void A_headline_about_a_topic_without_a_speaker_is_not_a_statement()
    {
        var result = Run((BlockKind.Title, "О новых соглашениях на форуме в пятницу"), (BlockKind.Body, "Губернатор области Олег Петров подвёл итоги форума."));
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void A_russian_photo_credit_without_a_colon_is_a_caption()
    {
        var page = Lines("О новых соглашениях на форуме рассказал губернатор Петров", "", "Фото пресс-службы правительства области.", "",
            "Губернатор области Олег Петров подвёл итоги форума в пятницу вечером в своём канале.");
        Assert.Equal(BlockKind.Caption, KindOf(page, "Фото пресс-службы"));
        Assert.Equal(BlockKind.Title, KindOf(page, "О новых"));
    }

    [Fact]
    public void A_deck_naming_its_source_reports_speech()
    {
        var result = Run((BlockKind.Title, "Петров заявил о нарушении правил торговли"),
            (BlockKind.Heading, "По словам министра финансов, некоторые страны не скрывают своих целей"),
            (BlockKind.Body, "Министр финансов Иван Петров выступил на заседании правительства в среду."));
        var s = result.With("некоторые страны не скрывают своих целей");
        Assert.Equal(StatementKind.Indirect, s.Kind);
        Assert.Equal("Иван Петров", s.Speaker);
    }

    [Fact]
    public void A_deck_without_a_source_is_not_a_statement()
    {
        var result = Run((BlockKind.Title, "Торговля в регионе"), (BlockKind.Heading, "Некоторые страны не скрывают своих целей"),
            (BlockKind.Body, "Министр финансов Иван Петров выступил на заседании правительства в среду."));
        Assert.Empty(result.Statements);
    }
}
