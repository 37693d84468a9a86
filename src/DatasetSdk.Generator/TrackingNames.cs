namespace DatasetSdk.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps re-ran.</summary>
public static class TrackingNames
{
    /// <summary>Additional file → <see cref="SeedInput"/> (null for files that are not seeds).</summary>
    public const string SeedInput = nameof(SeedInput);

    /// <summary>One seed → its extracted document; the expensive, per-file step.</summary>
    public const string Extract = nameof(Extract);

    /// <summary>Additional file → the parsed corpus manifest (null for files that are not the manifest).</summary>
    public const string Manifest = nameof(Manifest);

    /// <summary>All documents → the merged corpus and the input diagnostics.</summary>
    public const string BuildCorpus = nameof(BuildCorpus);

    /// <summary>Build properties and consumer capabilities → <see cref="GeneratorOptions"/>.</summary>
    public const string Options = nameof(Options);
}
