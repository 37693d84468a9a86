namespace DatasetSdk.Generator.Tests;

/// <summary>Small seed articles of our own for the end-to-end generator tests.</summary>
internal static class Articles
{
    public static string English(string topic) => $"""
        World news

        Talks on {topic} resume in Geneva

        GENEVA, March 4 (Example Wire). Delegations met again on Tuesday.

        "We are ready to continue the work on {topic} next week," the chief negotiator told reporters.

        Officials said the next round would take place in April.
        """;

    public const string Russian = """
        Новости

        В Москве прошли консультации

        МОСКВА, 4 марта. Делегации встретились во вторник.

        "Мы готовы продолжить работу на следующей неделе", - сказал глава делегации.
        """;

    public static IEnumerable<Seed> Three() => new[]
    {
        new Seed("/project/seeds/a-trade.txt", English("trade")),
        new Seed("/project/seeds/b-energy.txt", English("energy")),
        new Seed("/project/seeds/c-ru.txt", Russian),
    };
}
