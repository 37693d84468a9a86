using System.Collections.Generic;
using System.Text;

namespace DatasetSdk.Generator.Emit;

/// <summary>Indented C# text over a <see cref="StringBuilder"/>; always "\n" line ends, four-space indents.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any) and an opening brace, then indents.</summary>
    public CodeWriter Open(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> comment; <paramref name="xml"/> must already be XML-escaped.</summary>
    public CodeWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    /// <summary>
    /// Writes a multi-line template at the current indent, replacing the placeholders %V% (visibility),
    /// %ROOT% (root class), %STORE% (data class) and %GC% (GeneratedCode attribute).
    /// </summary>
    public CodeWriter Template(string template, EmitContext context)
    {
        var text = template
            .Replace("%V%", context.Visibility)
            .Replace("%ROOT%", context.Root)
            .Replace("%STORE%", context.Store)
            .Replace("%GC%", context.GeneratedCode);
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line.TrimEnd());
        }
        return this;
    }

    /// <summary>
    /// <c>internal static readonly int[] name = new int[] { ... };</c>, <paramref name="stride"/> values a line,
    /// each line commented with its row number so the tables stay readable in snapshots.
    /// </summary>
    public CodeWriter IntArray(string name, IReadOnlyList<int> values, int stride, bool rowNumbers = true)
    {
        if (values.Count == 0) return Line("internal static readonly int[] " + name + " = global::System.Array.Empty<int>();");
        Line("internal static readonly int[] " + name + " = new int[]");
        Line("{");
        _indent++;
        var line = new StringBuilder();
        for (var i = 0; i < values.Count; i += stride)
        {
            line.Clear();
            if (rowNumbers) line.Append("/* ").Append(EmitContext.Int(i / stride)).Append(" */ ");
            for (var j = i; j < i + stride && j < values.Count; j++)
            {
                line.Append(EmitContext.Int(values[j])).Append(',');
                if (j + 1 < i + stride && j + 1 < values.Count) line.Append(' ');
            }
            Line(line.ToString());
        }
        _indent--;
        return Line("};");
    }

    public override string ToString() => _builder.ToString();
}
