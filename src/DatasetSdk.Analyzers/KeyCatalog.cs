using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Analyzers;

/// <summary>One entity a key can name: the generated static property and its display name.</summary>
internal sealed class KeyEntity
{
    public KeyEntity(INamedTypeSymbol container, string member, string display, bool displayIsKey)
    {
        Container = container;
        Member = member;
        Display = display;
        DisplayIsKey = displayIsKey;
    }

    /// <summary>The nested class (<c>Speakers</c>) declaring <see cref="Member"/>.</summary>
    public INamedTypeSymbol Container { get; }

    public string Member { get; }

    public string Display { get; }

    /// <summary>Whether the display text is itself a key (a speaker's name is; a document's title is not).</summary>
    public bool DisplayIsKey { get; }
}

/// <summary>An accepted key as declared, its normalized form and the entity it names.</summary>
internal readonly struct KeyInfo
{
    public KeyInfo(string declared, string normalized, KeyEntity entity)
    {
        Declared = declared;
        Normalized = normalized;
        Transliterated = KeyText.Transliterate(normalized);
        Entity = entity;
    }

    public string Declared { get; }

    public string Normalized { get; }

    /// <summary><see cref="Normalized"/> in Latin letters only.</summary>
    public string Transliterated { get; }

    public KeyEntity Entity { get; }
}

/// <summary>Every key of one kind ("speaker", "document") declared under one root class.</summary>
internal sealed class KeyTable
{
    private readonly HashSet<string> _normalized;
    private readonly ImmutableArray<KeyInfo> _keys;

    public KeyTable(ImmutableArray<KeyInfo> keys)
    {
        _keys = keys;
        _normalized = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            _normalized.Add(key.Normalized);
        }
    }

    public bool Contains(string normalizedKey) => _normalized.Contains(normalizedKey);

    /// <summary>
    /// The closest key within max(1, length / 3) edits, or null. Keys are compared as written and, to reach names
    /// known only in the other script, with Cyrillic spelled in Latin; at equal distance a key in the literal's own
    /// script wins, then the key declared first, so the answer does not depend on hash order.
    /// </summary>
    public KeyInfo? Closest(string normalizedKey, CancellationToken cancellationToken)
    {
        var limit = System.Math.Max(1, normalizedKey.Length / 3);
        var transliterated = KeyText.Transliterate(normalizedKey);
        KeyInfo? best = null;
        var bestDistance = limit + 1;
        var bestIsTransliterated = false;
        foreach (var key in _keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var distance = KeyText.Distance(normalizedKey, key.Normalized, bestDistance);
            if (distance < bestDistance || (distance == bestDistance && bestIsTransliterated))
            {
                best = key;
                bestDistance = distance;
                bestIsTransliterated = false;
            }

            distance = KeyText.Distance(transliterated, key.Transliterated, bestDistance - 1);
            if (distance < bestDistance)
            {
                best = key;
                bestDistance = distance;
                bestIsTransliterated = true;
            }
        }

        return best;
    }
}

/// <summary>
/// Key tables read from the <c>[DatasetSdkKey]</c> attributes on the nested classes of each generated root class,
/// built on first use and shared by every operation callback of one compilation.
/// </summary>
internal sealed class KeyCatalog
{
    private const string KeyAttributeName = "DatasetSdkKeyAttribute";

    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableDictionary<string, KeyTable>> _roots =
        new(SymbolEqualityComparer.Default);

    /// <summary>The table of <paramref name="kind"/> under <paramref name="root"/>, or null when it declares no such key.</summary>
    public KeyTable? Find(INamedTypeSymbol root, string kind)
    {
        var tables = _roots.GetOrAdd(root, Build);
        return tables.TryGetValue(kind, out var table) ? table : null;
    }

    private static ImmutableDictionary<string, KeyTable> Build(INamedTypeSymbol root)
    {
        var byKind = new Dictionary<string, ImmutableArray<KeyInfo>.Builder>(System.StringComparer.Ordinal);
        foreach (var container in root.GetTypeMembers())
        {
            foreach (var attribute in container.GetAttributes())
            {
                if (attribute.AttributeClass?.Name != KeyAttributeName || attribute.ConstructorArguments.Length != 4)
                {
                    continue;
                }

                var arguments = attribute.ConstructorArguments;
                if (arguments[0].Value is not string kind
                    || arguments[1].Value is not string member
                    || arguments[2].Value is not string display
                    || arguments[3].Kind != TypedConstantKind.Array)
                {
                    continue;
                }

                var normalizedDisplay = LookupKey.Normalize(display);
                var declaredKeys = arguments[3].Values;
                var displayIsKey = false;
                foreach (var key in declaredKeys)
                {
                    displayIsKey |= key.Value is string text && LookupKey.Normalize(text) == normalizedDisplay;
                }

                var entity = new KeyEntity(container, member, display, displayIsKey);
                if (!byKind.TryGetValue(kind, out var keys))
                {
                    keys = ImmutableArray.CreateBuilder<KeyInfo>();
                    byKind.Add(kind, keys);
                }

                foreach (var key in declaredKeys)
                {
                    if (key.Value is string text)
                    {
                        keys.Add(new KeyInfo(text, LookupKey.Normalize(text), entity));
                    }
                }
            }
        }

        var tables = ImmutableDictionary.CreateBuilder<string, KeyTable>(System.StringComparer.Ordinal);
        foreach (var pair in byKind)
        {
            tables.Add(pair.Key, new KeyTable(pair.Value.ToImmutable()));
        }

        return tables.ToImmutable();
    }
}
