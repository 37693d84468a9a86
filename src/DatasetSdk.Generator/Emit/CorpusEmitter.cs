using System.Collections.Generic;
using System.Threading;
using DatasetSdk.Extraction.Model;

namespace DatasetSdk.Generator.Emit;

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>Runs every emitter over one corpus. The text blob goes last: the others add the strings it holds.</summary>
internal static class CorpusEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(CorpusModel model, GeneratorOptions options, string version, CancellationToken cancellationToken)
    {
        var context = new EmitContext(model, options, version, cancellationToken);
        var prefix = options.Namespace + "." + options.ClassName + ".";
        var files = new List<GeneratedFile>
        {
            new(prefix + "Types.g.cs", TypesEmitter.Emit(context)),
            new(prefix + "Runtime.g.cs", RuntimeEmitter.Emit(context)),
            new(prefix + "Documents.g.cs", DocumentsEmitter.Emit(context)),
            new(prefix + "Speakers.g.cs", SpeakersEmitter.Emit(context)),
            new(prefix + "Statements.g.cs", StatementsEmitter.Emit(context)),
            new(prefix + "Dates.g.cs", DatesEmitter.Emit(context)),
            new(prefix + "Indexes.g.cs", IndexesEmitter.Emit(context)),
        };
        files.Add(new GeneratedFile(prefix + "Text.g.cs", TextEmitter.Emit(context)));
        return files;
    }
}
