using Microsoft.CodeAnalysis;

namespace DatasetSdk.Analyzers;

/// <summary>Every usage diagnostic (DSDK1xx) the DatasetSdk analyzers report.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>ID of the unknown-key diagnostic.</summary>
    public const string UnknownKeyId = "DSDK101";

    private const string Category = "Usage";
    private const string HelpBase = "https://github.com/datasetsdk/datasetsdk/blob/main/docs/diagnostics.md#";
    private const string UnknownKeyTitle = "Unknown corpus key";
    private const string UnknownKeyDescription =
        "A string passed to a generated corpus lookup (Statements.BySpeaker, Speakers.Find, Documents.ById) matches no key "
        + "of the corpus, so the lookup returns nothing at run time.";

    // One ID, three message shapes: the message must read naturally whether or not a suggestion exists,
    // and whether the suggested key already names the entity (a document id does not).

    // RS1032 wants a multi-sentence message to end with a period; these end with the question they ask.
#pragma warning disable RS1032
    /// <summary>DSDK101 with a suggestion and the display name of the entity it belongs to.</summary>
    public static readonly DiagnosticDescriptor UnknownKeyWithNamedSuggestion = new(
        UnknownKeyId,
        UnknownKeyTitle,
        "No {0} '{1}' in the corpus. Did you mean '{2}' ({3})?",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: UnknownKeyDescription,
        helpLinkUri: HelpBase + "dsdk101");

    /// <summary>DSDK101 with a suggestion that speaks for itself.</summary>
    public static readonly DiagnosticDescriptor UnknownKeyWithSuggestion = new(
        UnknownKeyId,
        UnknownKeyTitle,
        "No {0} '{1}' in the corpus. Did you mean '{2}'?",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: UnknownKeyDescription,
        helpLinkUri: HelpBase + "dsdk101");

#pragma warning restore RS1032

    /// <summary>DSDK101 when no key of the corpus is close to the one written.</summary>
    public static readonly DiagnosticDescriptor UnknownKeyWithoutSuggestion = new(
        UnknownKeyId,
        UnknownKeyTitle,
        "No {0} '{1}' in the corpus, and no known {0} is close to it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: UnknownKeyDescription,
        helpLinkUri: HelpBase + "dsdk101");

    /// <summary>Names of the <see cref="Diagnostic.Properties"/> entries a DSDK101 diagnostic carries for its code fix.</summary>
    public static class Properties
    {
        /// <summary>The suggested key, exactly as the generator declared it; absent when nothing is close.</summary>
        public const string SuggestedKey = "SuggestedKey";

        /// <summary>The fully qualified root class (<c>global::Ns.Corpus</c>).</summary>
        public const string RootType = "RootType";

        /// <summary>The root class name as written in the fix title (<c>Corpus</c>).</summary>
        public const string RootName = "RootName";

        /// <summary>The nested class declaring the suggested entity's property (<c>Speakers</c>).</summary>
        public const string Container = "Container";

        /// <summary>The static property of the suggested entity (<c>SergeiLavrov</c>).</summary>
        public const string Member = "Member";

        /// <summary>
        /// How the typed property can replace the string: <see cref="ReplaceArgument"/> (an overload takes the entity),
        /// <see cref="ReplaceLookup"/> (the lookup returns the entity itself); absent when neither holds.
        /// </summary>
        public const string TypedFix = "TypedFix";

        /// <summary><see cref="TypedFix"/> value: put the property in place of the string argument.</summary>
        public const string ReplaceArgument = "Argument";

        /// <summary>
        /// <see cref="TypedFix"/> value: put the property in place of the whole lookup, whose location is the
        /// diagnostic's first additional location.
        /// </summary>
        public const string ReplaceLookup = "Lookup";
    }
}
