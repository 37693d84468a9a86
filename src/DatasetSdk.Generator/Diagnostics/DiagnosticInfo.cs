using System.Linq;
using DatasetSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DatasetSdk.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain values (descriptor, file path, line, message arguments), so it can travel through
/// the incremental pipeline and compare by content. Becomes a <see cref="Diagnostic"/> only when reported.
/// </summary>
/// <param name="FilePath">The seed file it concerns, or null for the whole project.</param>
/// <param name="Line">1-based line, or 0 when it concerns the whole file.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string? FilePath, int Line, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, int line, params string[] arguments) =>
        new(descriptor, filePath, line, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var location = Location.None;
        if (FilePath is { Length: > 0 } path)
        {
            var position = new LinePosition(Line > 0 ? Line - 1 : 0, 0);
            location = Location.Create(path, default, new LinePositionSpan(position, position));
        }
        return Diagnostic.Create(Descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
