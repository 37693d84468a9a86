using System.Globalization;
using System.Text;

namespace DatasetSdk.Benchmarks;

/// <summary>
/// Deterministic news-like articles for sizing runs: a headline, a dateline, then paragraphs that each carry
/// one statement (direct quotes, reported speech, pronoun attributions; every fifth speaker in Russian).
/// </summary>
public static class SyntheticCorpus
{
    public const int StatementsPerFile = 50;

    private static readonly string[] FirstNames =
        ["Anna", "Boris", "Clara", "Daniel", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas", "Kira", "Leon", "Marta", "Nora", "Oscar", "Paula", "Rosa", "Stefan", "Tessa", "Victor"];
    private static readonly string[] LastNames =
        ["Keller", "Marsh", "Brandt", "Hale", "Lund", "Novak", "Quinn", "Reyes", "Sato", "Thorne", "Ueda", "Vance", "Wolff", "Yates", "Abbott", "Baker", "Carver", "Dunn", "Ellis", "Frost", "Grant", "Hayes", "Irwin", "Jensen", "Kemp"];
    private static readonly string[] RussianFirstNames = ["Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Игорь", "Ксения", "Лев"];
    private static readonly string[] RussianLastNames = ["Орлов", "Соколов", "Морозов", "Волков", "Зайцев", "Павлов", "Семенов", "Голубев", "Виноградов", "Богданов"];
    private static readonly string[] Roles = ["Foreign Minister", "Economy Minister", "the mayor", "a government spokesperson", "the central bank governor", "the trade envoy"];
    private static readonly string[] Topics = ["the trade agreement", "the energy project", "the border crossing", "the fishing quotas", "the rail link", "the tariff talks", "the water treaty", "the port expansion"];
    private static readonly string[] Cities = ["Harbourton", "Lakeside", "Northgate", "Riverford", "Eastmere", "Westvale"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] RussianTopics = ["торговое соглашение", "энергетический проект", "пограничный переход", "железнодорожное сообщение"];

    /// <summary>Seed files holding <paramref name="statements"/> statements in all, <see cref="StatementsPerFile"/> per file.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int statements)
    {
        var files = new List<(string, string)>();
        for (var i = 0; statements > 0; i++, statements -= StatementsPerFile)
        {
            files.Add(($"seeds/synthetic_{i:D5}.txt", Article(i, Math.Min(StatementsPerFile, statements))));
        }
        return files;
    }

    /// <summary>
    /// One article whose <paramref name="statements"/> statements all stand in a single paragraph after the
    /// headline and dateline, as a scraped page without paragraph breaks gives them. With
    /// <paramref name="runOn"/> the sentences are also joined by ", and " into one sentence.
    /// </summary>
    public static string SingleParagraph(int statements, bool runOn)
    {
        var blocks = Article(0, statements).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var body = blocks.Skip(2);
        var joined = runOn ? string.Join(", and ", body.Select(b => b.TrimEnd('.'))) + "." : string.Join(" ", body);
        return blocks[0] + "\n\n" + blocks[1] + "\n\n" + joined + "\n";
    }

    /// <summary>One article with <paramref name="statements"/> statement paragraphs.</summary>
    public static string Article(int index, int statements)
    {
        var text = new StringBuilder(statements * 160);
        var year = 2010 + index % 12;
        var month = Months[index % 12];
        var topic = Topics[index % Topics.Length];
        text.Append("Ministers report progress on ").Append(topic).Append("\n\n");
        text.Append(Cities[index % Cities.Length].ToUpperInvariant()).Append(", ").Append(month).Append(' ')
            .Append(1 + index % 28).Append(", ").Append(year).Append(" /Synthetic Wire/.\n\n");

        for (var k = 0; k < statements; k++)
        {
            // A speaker holds the floor for four paragraphs; the corpus has a few hundred distinct speakers.
            var group = index * StatementsPerFile / 4 + k / 4;
            var detail = Topics[(index + k) % Topics.Length];
            var when = Months[(index + k) % 12];
            if (group % 5 == 4)
            {
                var first = RussianFirstNames[group % RussianFirstNames.Length];
                var last = RussianLastNames[group / RussianFirstNames.Length % RussianLastNames.Length];
                var ruTopic = RussianTopics[(index + k) % RussianTopics.Length];
                text.Append((k % 4) switch
                {
                    0 => $"\"Мы продолжим работу над темой «{ruTopic}» и ждем результатов к концу года\", - заявил министр {first} {last}.",
                    1 => $"{last} сообщил, что переговоры по теме «{ruTopic}» продолжатся в следующем месяце.",
                    2 => $"По словам {last}, стороны договорились о новой встрече.",
                    _ => $"\"Это важный шаг для обеих стран\", - добавил он.",
                });
            }
            else
            {
                var first = FirstNames[group % FirstNames.Length];
                var last = LastNames[group / FirstNames.Length % LastNames.Length];
                var role = Roles[group % Roles.Length];
                text.Append((k % 4) switch
                {
                    0 => $"\"Our work on {detail} will continue in {when}, and we expect results by the end of the year,\" {role} {first} {last} said.",
                    1 => $"{last} said that the talks on {detail} had made real progress since {when}.",
                    2 => $"According to {last}, both sides are ready to sign a memorandum on {detail}.",
                    _ => $"\"This is an important step for both countries,\" {last} told reporters on Monday.",
                });
            }
            text.Append("\n\n");
        }
        return text.ToString();
    }
}
