using System;
using System.Reflection;
using DatasetSdk.Generator.Diagnostics;
using DatasetSdk.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Generator;

/// <summary>
/// Turns the seed files (AdditionalFiles with <c>DatasetSdkSeed="true"</c>) into typed corpus data.
/// Wiring only: reading seeds (<see cref="SeedInput"/>), extraction and merge (<see cref="CorpusBuild"/>),
/// options (<see cref="GeneratorOptions"/>) and emission (<see cref="CorpusEmitter"/>) live elsewhere.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    private static readonly string Version = typeof(CorpusGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var documents = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SeedInput.From(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.SeedInput)
            .Where(static seed => seed is not null)
            .Select(static (seed, ct) => CorpusBuild.Extract(seed!, ct))
            .WithTrackingName(TrackingNames.Extract);

        var manifest = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ManifestInput.From(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Manifest)
            .Collect()
            .Select(static (all, _) => ManifestInput.Choose(all));

        var corpus = documents
            .Collect()
            .Combine(manifest)
            .Select(static (pair, ct) => CorpusBuild.Create(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.BuildCorpus);

        var features = context.ParseOptionsProvider
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => ConsumerFeatures.From(pair.Left, pair.Right));

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(features)
            .Select(static (pair, _) => GeneratorOptions.Create(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        context.RegisterSourceOutput(corpus.Combine(options), static (spc, pair) => Execute(spc, pair.Left, pair.Right));
    }

    private static void Execute(SourceProductionContext context, CorpusBuild build, GeneratorOptions options)
    {
        foreach (var diagnostic in options.Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());
        foreach (var diagnostic in build.Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());

        if (!options.Features.CanCompileCorpus)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConsumer, null, 0, options.Features.Describe()).ToDiagnostic());
            return;
        }

        if (build.TooLarge(options.MaxStatements) is { } tooLarge)
        {
            context.ReportDiagnostic(tooLarge.ToDiagnostic());
            return;
        }

        try
        {
            var files = CorpusEmitter.Emit(build.Model, options, Version, context.CancellationToken);
            foreach (var file in files) context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.GenerationFailed, null, 0, ex.GetType().Name + ": " + ex.Message).ToDiagnostic());
        }
    }
}
