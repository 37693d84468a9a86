using System.Collections.Concurrent;
using System.Collections.Immutable;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DatasetSdk.Analyzers;

/// <summary>
/// DSDK101: a constant string passed as the key of a generated corpus lookup (a member marked
/// <c>[DatasetSdkKeyLookup(kind)]</c>) that names no key of that kind, with the closest key as a suggestion.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownCorpusKeyAnalyzer : DiagnosticAnalyzer
{
    private const string LookupAttributeName = "DatasetSdkKeyLookupAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownKeyWithNamedSuggestion,
        DiagnosticDescriptors.UnknownKeyWithSuggestion,
        DiagnosticDescriptors.UnknownKeyWithoutSuggestion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // The attributes are [Conditional], so they only exist as source of this compilation: without one,
            // no lookup can be marked and the compilation costs nothing more.
            if (!start.Compilation.ContainsSymbolsWithName(LookupAttributeName, SymbolFilter.Type, start.CancellationToken))
            {
                return;
            }

            var state = new CompilationState();
            start.RegisterOperationAction(
                c => state.Analyze(c, ((IInvocationOperation)c.Operation).TargetMethod, ((IInvocationOperation)c.Operation).Arguments),
                OperationKind.Invocation);
            start.RegisterOperationAction(
                c => state.Analyze(c, ((IPropertyReferenceOperation)c.Operation).Property, ((IPropertyReferenceOperation)c.Operation).Arguments),
                OperationKind.PropertyReference);
        });
    }

    /// <summary>What a member marked as a lookup takes: the key kind and the ordinal of its key parameter.</summary>
    private sealed class Lookup
    {
        public static readonly Lookup None = new(string.Empty, -1);

        public Lookup(string kind, int keyOrdinal)
        {
            Kind = kind;
            KeyOrdinal = keyOrdinal;
        }

        public string Kind { get; }

        public int KeyOrdinal { get; }
    }

    private sealed class CompilationState
    {
        private readonly KeyCatalog _catalog = new();
        private readonly ConcurrentDictionary<ISymbol, Lookup> _lookups = new(SymbolEqualityComparer.Default);

        public void Analyze(OperationAnalysisContext context, ISymbol target, ImmutableArray<IArgumentOperation> arguments)
        {
            // Lookups are members of a class nested in the root class, taking a string: filter on that before
            // touching attributes, since this runs for every call in the compilation.
            var root = target.ContainingType?.ContainingType;
            if (root is null || arguments.IsEmpty)
            {
                return;
            }

            var lookup = _lookups.GetOrAdd(target.OriginalDefinition, FindLookup);
            if (lookup.KeyOrdinal < 0)
            {
                return;
            }

            IArgumentOperation? keyArgument = null;
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == lookup.KeyOrdinal)
                {
                    keyArgument = argument;
                }
            }

            if (keyArgument is null
                || keyArgument.ArgumentKind != ArgumentKind.Explicit
                || keyArgument.Value.ConstantValue is not { HasValue: true, Value: string key })
            {
                return;
            }

            var table = _catalog.Find(root, lookup.Kind);
            var normalized = LookupKey.Normalize(key);
            if (table is null || table.Contains(normalized))
            {
                return;
            }

            var location = keyArgument.Value.Syntax.GetLocation();
            var suggestion = table.Closest(normalized, context.CancellationToken);
            if (suggestion is not { } found)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnknownKeyWithoutSuggestion, location, lookup.Kind, key));
                return;
            }

            var entity = found.Entity;
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticDescriptors.Properties.SuggestedKey, found.Declared);
            properties.Add(DiagnosticDescriptors.Properties.RootType, root.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            properties.Add(DiagnosticDescriptors.Properties.RootName, root.Name);
            properties.Add(DiagnosticDescriptors.Properties.Container, entity.Container.Name);
            properties.Add(DiagnosticDescriptors.Properties.Member, entity.Member);
            var named = keyArgument.Syntax is ArgumentSyntax { NameColon: not null };
            var typedFix = TypedFix(target, lookup.KeyOrdinal, named, arguments, entity);
            if (typedFix is not null)
            {
                properties.Add(DiagnosticDescriptors.Properties.TypedFix, typedFix);
            }

            var additional = new[] { context.Operation.Syntax.GetLocation() };
            var diagnostic = entity.DisplayIsKey && entity.Display != found.Declared
                ? Diagnostic.Create(DiagnosticDescriptors.UnknownKeyWithNamedSuggestion, location, additional, properties.ToImmutable(), lookup.Kind, key, found.Declared, entity.Display)
                : Diagnostic.Create(DiagnosticDescriptors.UnknownKeyWithSuggestion, location, additional, properties.ToImmutable(), lookup.Kind, key, found.Declared);
            context.ReportDiagnostic(diagnostic);
        }

        private static Lookup FindLookup(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == LookupAttributeName
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string kind)
                {
                    var parameters = member is IMethodSymbol method ? method.Parameters : ((IPropertySymbol)member).Parameters;
                    foreach (var parameter in parameters)
                    {
                        if (parameter.Type.SpecialType == SpecialType.System_String)
                        {
                            return new Lookup(kind, parameter.Ordinal);
                        }
                    }
                }
            }

            return Lookup.None;
        }

        /// <summary>
        /// Whether the entity's typed property can stand in for the string: in place of the whole lookup when the
        /// lookup returns the entity and takes nothing else (<c>Speakers.Find</c>), in place of the argument when
        /// an overload takes the entity where the string was (<c>Statements.BySpeaker(Speaker)</c>) under the same
        /// parameter name if the argument is named.
        /// </summary>
        private static string? TypedFix(ISymbol target, int keyOrdinal, bool named, ImmutableArray<IArgumentOperation> arguments, KeyEntity entity)
        {
            ITypeSymbol? entityType = null;
            foreach (var candidate in entity.Container.GetMembers(entity.Member))
            {
                if (candidate is IPropertySymbol { IsStatic: true } property)
                {
                    entityType = property.Type;
                }
            }

            if (entityType is null)
            {
                return null;
            }

            var returnType = target is IMethodSymbol method ? method.ReturnType : ((IPropertySymbol)target).Type;
            var onlyKey = true;
            foreach (var argument in arguments)
            {
                onlyKey &= argument.Parameter?.Ordinal == keyOrdinal || argument.ArgumentKind == ArgumentKind.DefaultValue;
            }

            if (onlyKey && SymbolEqualityComparer.Default.Equals(returnType, entityType))
            {
                return DiagnosticDescriptors.Properties.ReplaceLookup;
            }

            if (target is not IMethodSymbol lookupMethod)
            {
                return null;
            }

            foreach (var candidate in lookupMethod.ContainingType.GetMembers(lookupMethod.Name))
            {
                if (candidate is IMethodSymbol overload
                    && overload.Parameters.Length == lookupMethod.Parameters.Length
                    && TakesEntityAt(overload, lookupMethod, keyOrdinal, entityType)
                    && (!named || overload.Parameters[keyOrdinal].Name == lookupMethod.Parameters[keyOrdinal].Name))
                {
                    return DiagnosticDescriptors.Properties.ReplaceArgument;
                }
            }

            return null;
        }

        private static bool TakesEntityAt(IMethodSymbol overload, IMethodSymbol lookup, int keyOrdinal, ITypeSymbol entityType)
        {
            for (var i = 0; i < overload.Parameters.Length; i++)
            {
                var expected = i == keyOrdinal ? entityType : lookup.Parameters[i].Type;
                if (!SymbolEqualityComparer.Default.Equals(overload.Parameters[i].Type, expected))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
