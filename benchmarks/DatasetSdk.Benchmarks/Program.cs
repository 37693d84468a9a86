using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DatasetSdk.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(DatasetSdk.Benchmarks.SyntheticCorpus).Assembly).Run(args);
