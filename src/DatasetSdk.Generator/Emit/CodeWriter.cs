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
    /// %STORE% (data class) and %GC% (GeneratedCode attribute).
    /// </summary>
    public CodeWriter Template(string template, EmitContext context)
    {
        var text = template
            .Replace("%V%", context.Visibility)
            .Replace("%STORE%", context.Store)
            .Replace("%GC%", context.GeneratedCode);
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line.TrimEnd());
        }
        return this;
    }

    /// <summary>
    /// <c>internal static readonly int[] name = Decode("..."u8, count);</c>: the values in the compact text form of
    /// <see cref="IntEncoding"/>. One literal compiles far faster than an array initializer with one token per value.
    /// </summary>
    public CodeWriter IntArray(string name, IReadOnlyList<int> values)
    {
        if (values.Count == 0) return Line("internal static readonly int[] " + name + " = global::System.Array.Empty<int>();");
        return Line("internal static readonly int[] " + name + " = Decode(\"" + IntEncoding.Encode(values) + "\"u8, " + EmitContext.Int(values.Count) + ");");
    }

    public override string ToString() => _builder.ToString();
}
