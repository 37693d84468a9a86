using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DatasetSdk.Generator;

/// <summary>What the consumer's compilation can compile, read once per compilation as plain values.</summary>
/// <param name="LanguageVersion">Effective C# version, e.g. "7.3" or "12.0"; empty when the project is not C#.</param>
internal sealed record ConsumerFeatures(string LanguageVersion, bool SupportsUtf8Literals, bool HasDateOnly, bool HasReadOnlySpan)
{
    public static ConsumerFeatures From(ParseOptions parseOptions, Compilation compilation)
    {
        var language = (parseOptions as CSharpParseOptions)?.LanguageVersion;
        return new ConsumerFeatures(
            language?.ToDisplayString() ?? string.Empty,
            language is { } version && version >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11,
            compilation.GetTypeByMetadataName("System.DateOnly") is not null,
            compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null);
    }

    /// <summary>True when the emitted form (UTF-8 literals, spans, DateOnly) compiles in the consumer.</summary>
    public bool CanCompileCorpus => SupportsUtf8Literals && HasDateOnly && HasReadOnlySpan;

    /// <summary>What is missing, for the diagnostic.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        parts.Add(LanguageVersion.Length == 0 ? "a language other than C#" : "C# " + LanguageVersion);
        if (!HasDateOnly || !HasReadOnlySpan) parts.Add("a target framework without " + (HasReadOnlySpan ? "System.DateOnly" : "System.ReadOnlySpan<T> and System.DateOnly"));
        return string.Join(" and ", parts);
    }
}

/// <summary>Where and how the corpus is emitted, from the build properties of the consuming project.</summary>
/// <param name="Public">True to make every emitted type public, else internal.</param>
/// <param name="GlobalUsing">True to emit <c>global using Namespace;</c>, so the generated types are in scope in every file of the project.</param>
/// <param name="MaxStatements">The most statements one compilation is asked to hold; past it DSDK013 says to split the corpus.</param>
/// <param name="Diagnostics">Problems with the build properties (each falls back to its default).</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    bool Public,
    bool GlobalUsing,
    int MaxStatements,
    ConsumerFeatures Features,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultNamespace = "DatasetSdk.Generated";
    public const string DefaultClassName = "Corpus";


    /// <summary>Type names the root class may not take: they are emitted beside it or nested in it.</summary>
    private static readonly HashSet<string> ReservedClassNames = new(StringComparer.Ordinal)
    {
        "StatementKind", "DatePrecision", "CorpusDate", "Document", "Comment", "Speaker", "Statement", "DateMention",
        "Documents", "Speakers", "Statements", "Dates", "DatasetSdkKeyAttribute", "DatasetSdkKeyLookupAttribute",
    };

    public string Visibility => Public ? "public" : "internal";

    public static GeneratorOptions Create(AnalyzerConfigOptions global, ConsumerFeatures features)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = DefaultNamespace;
        if (Read(global, "DatasetSdkNamespace") is { } explicitNamespace)
        {
            if (IsValidNamespace(explicitNamespace)) ns = explicitNamespace;
            else diagnostics.Add(Invalid("DatasetSdkNamespace", explicitNamespace, "is not a valid C# namespace", ns));
        }
        else if (Read(global, "RootNamespace") is { } root && IsValidNamespace(SanitizeNamespace(root)))
        {
            ns = SanitizeNamespace(root);
        }

        var className = DefaultClassName;
        if (Read(global, "DatasetSdkClassName") is { } explicitClass)
        {
            if (!IsValidIdentifier(explicitClass)) diagnostics.Add(Invalid("DatasetSdkClassName", explicitClass, "is not a valid C# identifier", className));
            else if (ReservedClassNames.Contains(explicitClass)) diagnostics.Add(Invalid("DatasetSdkClassName", explicitClass, "is the name of a generated type", className));
            else className = explicitClass;
        }

        var isPublic = false;
        if (Read(global, "DatasetSdkVisibility") is { } visibility)
        {
            if (string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase)) isPublic = true;
            else if (!string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(Invalid("DatasetSdkVisibility", visibility, "is neither 'public' nor 'internal'", "internal"));
        }

        var globalUsing = true;
        if (Read(global, "DatasetSdkGlobalUsing") is { } usingValue)
        {
            if (string.Equals(usingValue, "false", StringComparison.OrdinalIgnoreCase)) globalUsing = false;
            else if (!string.Equals(usingValue, "true", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(Invalid("DatasetSdkGlobalUsing", usingValue, "is neither 'true' nor 'false'", "true"));
        }

        var maxStatements = CorpusBuild.DefaultMaxStatements;
        if (Read(global, "DatasetSdkMaxStatements") is { } maxValue)
        {
            if (int.TryParse(maxValue, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0) maxStatements = parsed;
            else diagnostics.Add(Invalid("DatasetSdkMaxStatements", maxValue, "is not a positive whole number", CorpusBuild.DefaultMaxStatements.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new GeneratorOptions(ns, className, isPublic, globalUsing, maxStatements, features, diagnostics.ToEquatableArray());
    }

    private static DiagnosticInfo Invalid(string property, string value, string reason, string fallback) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InvalidConfiguration, null, 0, property, value, reason, fallback);

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// RootNamespace defaults to the project name, which may be "my-app" or "2048": like the project templates,
    /// turn each part into an identifier ("my_app", "_2048").
    /// </summary>
    private static string SanitizeNamespace(string value)
    {
        var parts = value.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in parts[i]) builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]) || SyntaxFacts.GetKeywordKind(builder.ToString()) != SyntaxKind.None)
                builder.Insert(0, '_');
            parts[i] = builder.ToString();
        }
        return string.Join(".", parts);
    }

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsValidIdentifier(part)) return false;
        }
        return true;
    }

    /// <summary>A name usable as written: a valid identifier that is not a keyword.</summary>
    internal static bool IsValidIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None && !HasFormatCharacter(value);

    // Format characters are legal in identifiers but invisible and ignored when names are compared.
    private static bool HasFormatCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) return true;
        }
        return false;
    }
}
