using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>
/// The text blob: every string of the corpus as UTF-8 literal chunks, and the (chunk, offset, length)
/// table that addresses them. Emitted last, after every other emitter has added its strings.
/// </summary>
internal static class TextEmitter
{
    public static string Emit(EmitContext context)
    {
        var strings = context.Strings;
        var writer = context.BeginFile();
        writer.Open("internal static partial class __Store");
        writer.Line("private static readonly string?[] Decoded = new string?[" + EmitContext.Int(strings.Count) + "];");
        writer.Line();
        writer.Line("// Chunk, byte offset, byte length of each string.");
        writer.IntArray("StringRows", strings.Rows, 3);
        writer.Line();
        writer.Line("private static global::System.ReadOnlySpan<byte> Chunk(int chunk) => chunk switch");
        writer.Line("{");
        writer.Indent();
        for (var c = 0; c < strings.Chunks.Count; c++)
        {
            writer.Line(EmitContext.Int(c) + " => Chunk" + EmitContext.Int(c) + ",");
        }
        writer.Line("_ => default,");
        writer.Outdent();
        writer.Line("};");

        var line = new StringBuilder();
        for (var c = 0; c < strings.Chunks.Count; c++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var pieces = strings.Chunks[c];
            writer.Line();
            if (pieces.Count == 0)
            {
                writer.Line("private static global::System.ReadOnlySpan<byte> Chunk" + EmitContext.Int(c) + " => default;");
                continue;
            }
            writer.Line("private static global::System.ReadOnlySpan<byte> Chunk" + EmitContext.Int(c) + " =>");
            writer.Indent();
            for (var p = 0; p < pieces.Count; p++)
            {
                line.Clear().Append('"');
                Literals.AppendEscaped(line, pieces[p]);
                line.Append("\"u8").Append(p + 1 < pieces.Count ? " +" : ";");
                writer.Line(line.ToString());
            }
            writer.Outdent();
        }
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
