namespace DatasetSdk.Extraction.Model;

// Public here; the analyzer links LookupKey.cs alone, where the class stays internal to it.
public static partial class LookupKey
{
}
