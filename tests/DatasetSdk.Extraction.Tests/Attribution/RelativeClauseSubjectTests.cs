using static DatasetSdk.Extraction.Tests.Quotes.StatementFixture;

namespace DatasetSdk.Extraction.Tests.Attribution;

/// <summary>
/// A speech verb in a relative clause ("…, who said", "…, который заявил") has the mention the comma closes as
/// its speaker, not the subject the sentence opened with; and a role phrase read forward stops at a verb.
/// </summary>
public class RelativeClauseSubjectTests
{
    [Fact]
    public void English_who_clause_speaks_for_the_name_before_it()
    {
        var result = Body("The mayor met Lena Ortiz, who told reporters that the budget would be balanced next year.");
        Assert.Equal("Lena Ortiz", result.With("the budget would be balanced next year").Speaker);
        Assert.DoesNotContain(result.Speaker("Lena Ortiz").Aliases, a => a.Contains("met"));
    }

    [Fact]
    public void Russian_relative_clause_speaks_for_the_name_before_it_not_for_the_sentence_opening()
    {
        var result = Body("С Олегом Рябовым встретилась Анна Белкина, которая сообщила, что бюджет будет сбалансирован.");
        Assert.Equal("Анна Белкина", result.With("бюджет будет сбалансирован").Speaker);
    }

    [Fact]
    public void Russian_role_phrase_read_forward_stops_at_a_past_tense_verb()
    {
        var result = Body("С министром встретился губернатор Олег Рябов, который заявил, что регион получит новые дороги.");
        Assert.Equal("Олег Рябов", result.With("регион получит новые дороги").Speaker);
        var speaker = result.Speaker("Олег Рябов");
        Assert.DoesNotContain(speaker.Aliases, a => a.Contains("встретился"));
        Assert.Equal("губернатор", speaker.Role);
    }

    [Fact]
    public void A_role_noun_ending_like_a_verb_stays_in_the_role()
    {
        var result = Body("Посол Норвегии Ларс Ульсен заявил, что переговоры продолжатся.");
        Assert.Equal("Ларс Ульсен", result.With("переговоры продолжатся").Speaker);
        Assert.Equal("Посол Норвегии", result.Speaker("Ларс Ульсен").Role);
    }

    [Fact]
    public void A_who_clause_without_a_comma_is_no_relative_subject()
    {
        var result = Body("Lena Ortiz said that the residents who spoke were angry.");
        Assert.Equal("Lena Ortiz", result.Single().Speaker);
    }
}
