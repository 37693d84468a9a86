using DatasetSdk.Extraction.Quotes;
using DatasetSdk.Extraction.Text;
using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text, 0, text.Length, QuoteSpans.Find(text, 0, text.Length))
            .Select(s => text.Substring(s.Start, s.End - s.Start)).ToArray();

    [Theory]
    [InlineData("Mr. Tiller and Mrs. Tiller met Ms. Berg at the hall.")]
    [InlineData("Dr. Lena Moss said the clinic would open.")]
    [InlineData("Sen. Paul Ray and Rep. Carla Dunn voted against it.")]
    [InlineData("Gov. Tom Hale named Lt. Gen. Mark Tiller to the post.")]
    [InlineData("Gen. Ivo Brandt spoke on St. Anne Street.")]
    [InlineData("Prof. Nora Quinn and Harry Smith Jr. were invited.")]
    [InlineData("Harry J. Smith chairs the U.S. House panel.")]
    [InlineData("The U.K. Treasury will pay for No. 5 and No. 6.")]
    [InlineData("The vote was moved from Jan. 5 to Feb. 12 and then to Sept. 30.")]
    [InlineData("Oct. 3, Nov. 4 and Dec. 5 are the dates.")]
    [InlineData("He lost 16 lbs. since the spring and never gained it back.")]
    [InlineData("He lost 16 lbs. \u201cand two belt loops\u201d over the summer.")]
    [InlineData("The parade went from St. Paul to Mt. Vernon and Ft. Wayne.")]
    public void English_abbreviations_and_initials_do_not_end_a_sentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Theory]
    [InlineData("Анна Петрова, т. е. глава комиссии, выступила первой.")]
    [InlineData("Съезд прошел в г. Тверь на ул. Садовой в доме им. Пушкина.")]
    [InlineData("Как заявил В. В. Смирнов, работы начнутся весной.")]
    [InlineData("Доклад сделал П.Дюваль из Франции.")]
    [InlineData("Бюджет составит 5 млн руб. в месяц и 2 млрд руб. в год.")]
    [InlineData("В 2019–2020 гг. проект обсуждали проф. Ирина Лунина и акад. Олег Ветров.")]
    [InlineData("Об этом сказано в ст. 12 и ч. 2 закона.")]
    [InlineData("Цех выпускал 40 шт. деталей в смену.")]
    public void Russian_abbreviations_and_initials_do_not_end_a_sentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Theory]
    [InlineData("The hall closed at 5 p.m. The staff went home.", "The hall closed at 5 p.m.")]
    [InlineData("She moved to the U.S. The move took a year.", "She moved to the U.S.")]
    [InlineData("They chose plan B. It was cheaper.", "They chose plan B.")]
    [InlineData("The firm is Acme Inc. The firm is old.", "The firm is Acme Inc.")]
    [InlineData("Пришли все: студенты, аспиранты и т. д. Затем начался доклад.", "Пришли все: студенты, аспиранты и т. д.")]
    [InlineData("Завод открыли в 2019 г. В городе появилось двести рабочих мест.", "Завод открыли в 2019 г.")]
    [InlineData("Ремонт стоил 5 млн руб. Это больше плана.", "Ремонт стоил 5 млн руб.")]
    [InlineData("Работала группа А. В Москве ее ждали.", "Работала группа А.")]
    public void A_sentence_still_ends_after_an_abbreviation_when_a_new_one_opens(string text, string first)
    {
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void A_blank_line_always_ends_a_sentence()
    {
        var sentences = Sentences("Mark Tiller spoke first\n\nanna petrova answered");
        Assert.Equal(new[] { "Mark Tiller spoke first", "anna petrova answered" }, sentences);
    }

    [Fact]
    public void A_quote_ending_its_own_sentence_ends_the_writer_sentence_but_a_quote_inside_does_not()
    {
        Assert.Equal(2, Sentences("He said: \"We are done.\" Then he left.").Length);
        Assert.Single(Sentences("He called the plan \"done. Finished\" and left."));
    }

    [Theory]
    [InlineData("\"The clinic will open in May,\" said Dr. Lena Moss.", "Lena Moss")]
    [InlineData("\"We are not ready,\" Rep. Carla Dunn said.", "Carla Dunn")]
    [InlineData("Sen. Paul Ray told reporters that the vote would come on Jan. 5.", "Paul Ray")]
    [InlineData("Lt. Gen. Mark Tiller said that the base would stay open.", "Mark Tiller")]
    [InlineData("«Мы готовы», — сказал акад. Пётр Волков.", "Пётр Волков")]
    [InlineData("\"The numbers are clear,\" said Rep. John A. Whitfield, a Democrat from Ohio.", "John A. Whitfield")]
    [InlineData("\"The numbers are bad,\" Rep. John A. Whitfield said.", "John A. Whitfield")]
    [InlineData("Gov. Anna Reyes of St. Paul said the roads were open.", "Anna Reyes")]
    public void A_title_before_a_name_is_never_the_speaker(string paragraph, string speaker)
    {
        var result = Body(paragraph);
        var statement = Assert.Single(result.Statements);
        Assert.Equal(speaker, statement.Speaker);
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name is "Dr" or "Rep" or "Sen" or "Gen" or "Lt" or "акад");
    }

    [Fact]
    public void A_date_abbreviation_keeps_the_reported_clause_whole()
    {
        var result = Body("Anna Petrova said that the bridge would close on Jan. 5 for repairs.");
        Assert.Equal("the bridge would close on Jan. 5 for repairs", result.Single().Text);
    }

    [Fact]
    public void A_title_alone_names_nobody()
    {
        var result = Body("\"The results are in,\" the Dr. said.");
        Assert.DoesNotContain(result.Extraction.Speakers, s => s.Name == "Dr");
    }
}
