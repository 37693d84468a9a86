using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DatasetSdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DatasetSdk.CodeFixes;

/// <summary>
/// Fixes DSDK101 with the key the analyzer suggested: either the corrected string, or the typed property of the
/// suggested entity (<c>Corpus.Speakers.SergeiLavrov</c>), which cannot go stale.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownCorpusKeyCodeFixProvider))]
[Shared]
public sealed class UnknownCorpusKeyCodeFixProvider : CodeFixProvider
{
    private const string UseKeyEquivalence = "DSDK101.UseKey";
    private const string UseMemberEquivalence = "DSDK101.UseMember";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownKeyId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticDescriptors.Properties.SuggestedKey, out var key) || key is null)
            {
                continue;
            }

            var argument = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (argument is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{key}'",
                        token => Replace(context.Document, literal, ReplacementLiteral(literal, key), token),
                        UseKeyEquivalence),
                    diagnostic);
            }

            if (TypedTarget(root, diagnostic, argument) is { } target
                && properties.TryGetValue(DiagnosticDescriptors.Properties.RootType, out var rootType)
                && properties.TryGetValue(DiagnosticDescriptors.Properties.RootName, out var rootName)
                && properties.TryGetValue(DiagnosticDescriptors.Properties.Container, out var container)
                && properties.TryGetValue(DiagnosticDescriptors.Properties.Member, out var member))
            {
                // Written fully qualified, then simplified against the usings in scope.
                var access = SyntaxFactory.ParseExpression($"{rootType}.{container}.{member}")
                    .WithTriviaFrom(target)
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {rootName}.{container}.{member}",
                        token => Replace(context.Document, target, access, token),
                        UseMemberEquivalence),
                    diagnostic);
            }
        }
    }

    /// <summary>The node the typed property replaces: the string argument, or the whole lookup.</summary>
    private static SyntaxNode? TypedTarget(SyntaxNode root, Diagnostic diagnostic, SyntaxNode argument)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.Properties.TypedFix, out var typedFix))
        {
            return null;
        }

        if (typedFix == DiagnosticDescriptors.Properties.ReplaceArgument)
        {
            return argument as ExpressionSyntax;
        }

        if (typedFix == DiagnosticDescriptors.Properties.ReplaceLookup && diagnostic.AdditionalLocations.Count > 0)
        {
            return root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
        }

        return null;
    }

    private static LiteralExpressionSyntax ReplacementLiteral(LiteralExpressionSyntax original, string key) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))
            .WithTriviaFrom(original);

    private static async Task<Document> Replace(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode));
    }
}
