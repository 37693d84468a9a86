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
        writer.IntArray("StringRows", strings.Rows);
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
            // One literal per chunk: a chain of concatenated u8 literals costs the compiler time quadratic in its length.
            line.Clear().Append("private static global::System.ReadOnlySpan<byte> Chunk").Append(EmitContext.Int(c)).Append(" => \"");
            foreach (var piece in pieces) Literals.AppendEscaped(line, piece);
            writer.Line(line.Append("\"u8;").ToString());
        }
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
