using Microsoft.CodeAnalysis;

namespace DatasetSdk.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. IDs are listed in AnalyzerReleases.Unshipped.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "DatasetSdk.Input";
    private const string HelpBase = "https://github.com/datasetsdk/datasetsdk/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyFile = Create(
        "DSDK001", "Seed file is empty",
        "Seed file '{0}' has no text; it adds nothing to the corpus",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BinaryContent = Create(
        "DSDK002", "Seed file is binary or not decodable",
        "Seed file '{0}' was skipped: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoStatements = Create(
        "DSDK003", "No statements found",
        "{1}; the document is still part of the corpus",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidMetadata = Create(
        "DSDK004", "Invalid seed metadata",
        "Metadata of seed file '{0}' could not be used: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ExtractionFailed = Create(
        "DSDK005", "Extraction failed",
        "Seed file '{0}' could not be extracted and was left empty: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateDocumentId = Create(
        "DSDK006", "Duplicate document id",
        "Seed file '{0}' has the document id '{1}' already taken by '{2}'; it was left out of the corpus",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConsumer = Create(
        "DSDK007", "Project cannot compile the generated corpus",
        "The DatasetSdk corpus needs C# 11 or later and .NET 6 or later (it uses UTF-8 string literals and System.DateOnly); this project has {0}. No corpus was generated. Set <LangVersion>11</LangVersion> or later and target net6.0 or later.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create(
        "DSDK008", "Invalid DatasetSdk build property",
        "Build property '{0}' has the value '{1}', which {2}; '{3}' is used instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GenerationFailed = Create(
        "DSDK009", "Corpus generation failed",
        "The DatasetSdk generator failed and emitted no corpus: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidManifest = Create(
        "DSDK010", "Invalid corpus manifest",
        "Corpus manifest '{0}': {1}; the rest of the manifest and the corpus are still used",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnmatchedManifestEntry = Create(
        "DSDK011", "Corpus manifest entry matches nothing",
        "Corpus manifest '{0}': {1}; the entry has no effect",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        "DSDK012", "Seed file is too large",
        "Seed file '{0}' was skipped: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CorpusTooLarge = Create(
        "DSDK013", "Corpus is too large for one compilation",
        "The corpus has {0} statements, more than the {1} one compilation is asked to hold (DatasetSdkMaxStatements); nothing was generated. Split the seeds into several projects, one corpus each (for example one per year or per source, with DatasetSdkSeeds), or raise DatasetSdkMaxStatements on a build machine with the memory for it.",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant());
}
