Console.WriteLine("QuoteExplorer");
