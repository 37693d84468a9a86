using System.Globalization;
using System.Text;

namespace DatasetSdk.Generator.Tests.Properties;

/// <summary>
/// How many cases each property runs. CI runs the counts in the code; <c>DATASETSDK_PROPERTY_SCALE=N</c>
/// multiplies every count by N for a longer local run (docs/performance.md). A failure prints a CsCheck seed:
/// <c>CsCheck_Seed=&lt;seed&gt;</c> replays exactly that case.
/// </summary>
internal static class PropertyRun
{
    public const string ScaleVariable = "DATASETSDK_PROPERTY_SCALE";

    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    public static int Iterations(int ciCount) => ciCount * Scale;

    /// <summary>A failing case as C# string-literal text, so a shrunk input can be pasted into a regression test.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder.Append('"').ToString();
    }
}
