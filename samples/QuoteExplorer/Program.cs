// QuoteExplorer: everything below reads data the DatasetSdk generator compiled in from seeds/*.txt.
// There is no file access or parsing at run time; the corpus is ordinary C# objects and tables.
Console.OutputEncoding = System.Text.Encoding.UTF8;

var documents = Corpus.Documents.All;
var statements = Corpus.Statements.All;
Console.WriteLine($"Corpus: {documents.Count} documents, {statements.Count} statements, " +
                  $"{Corpus.Speakers.All.Count} speakers, {Corpus.Dates.All.Count} date mentions");
Console.WriteLine();
foreach (var document in documents)
{
    Console.WriteLine($"{document.Id}  [{document.Language}]  {document.Published?.ToString() ?? "undated"}  {document.Source ?? "unknown source"}");
    Console.WriteLine($"    {document.Title ?? "(no headline)"}");
    Console.WriteLine($"    {document.Statements.Count} statements, {document.Comments.Count} reader comments");
}

Console.WriteLine();
Console.WriteLine("Statements by speaker");
foreach (var speaker in Corpus.Speakers.All.Where(s => s.Statements.Count > 0).OrderByDescending(s => s.Statements.Count))
{
    Console.WriteLine();
    Console.WriteLine(speaker.Role is { } role ? $"{speaker.Name}, {role}" : speaker.Name);
    PrintStatements(speaker.Statements);
}

var unattributed = statements.Where(s => s.Speaker is null).ToList();
if (unattributed.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("(speaker not identified)");
    PrintStatements(unattributed);
}

// Lavrov speaks in most seed articles, so his typed member is safe to use here.
var lavrov = Corpus.Speakers.SergeiLavrov;
Console.WriteLine();
Console.WriteLine($"{lavrov.Name} is also known as: {string.Join(", ", lavrov.Aliases)}");
Console.WriteLine($"BySpeaker(\"Лавров\") finds {Corpus.Statements.BySpeaker("Лавров").Count} of his {lavrov.Statements.Count} statements.");

Console.WriteLine();
Console.WriteLine("Statements per year");
foreach (var year in statements.Where(s => s.Date?.Year is not null).Select(s => s.Date!.Value.Year!.Value).Distinct().Order())
{
    Console.WriteLine($"    {year}: {Corpus.Statements.ByYear(year).Count}");
}

foreach (var phrase in new[] { "peace treaty", "мирного договора" })
{
    var matches = Corpus.Statements.Containing(phrase);
    Console.WriteLine();
    Console.WriteLine($"Containing \"{phrase}\": {matches.Count}");
    PrintStatements(matches, withSpeaker: true);
}

static void PrintStatements(IEnumerable<Statement> statements, bool withSpeaker = false)
{
    foreach (var statement in statements)
    {
        var speaker = withSpeaker ? $" ({statement.Speaker?.Name ?? "unknown speaker"})" : "";
        Console.WriteLine($"    {statement.Date?.ToString() ?? "undated"}: [{statement.Kind}] {statement.Text}{speaker}");
    }
}
