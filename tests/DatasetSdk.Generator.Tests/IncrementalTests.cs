using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DatasetSdk.Generator.Tests;

public class IncrementalTests
{
    private static readonly string[] ExpensiveSteps = { TrackingNames.Extract, TrackingNames.BuildCorpus };

    [Fact]
    public void Editing_code_reuses_every_extraction_and_the_corpus()
    {
        var seeds = Articles.Three().ToList();
        var compilation = Harness.Compilation();
        var driver = Harness.Driver(seeds).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Added { } }", Harness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in ExpensiveSteps)
        {
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} output was {output.Reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_seed_extracts_only_that_seed()
    {
        var seeds = Articles.Three().ToList();
        var texts = seeds.Select(s => (AdditionalText)new MemoryText(s.Path, s.Text)).ToList();
        var compilation = Harness.Compilation();
        var driver = Harness.Driver(seeds, texts).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(texts[1], new MemoryText(seeds[1].Path, Articles.English("fisheries")));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.Extract].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.BuildCorpus].SelectMany(s => s.Outputs)).Reason);
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbol_syntax_or_file_objects()
    {
        var compilation = Harness.Compilation();
        var result = Harness.Driver(Articles.Three()).RunGenerators(compilation).GetRunResult().Results.Single();

        var names = new[] { TrackingNames.SeedInput, TrackingNames.Extract, TrackingNames.BuildCorpus, TrackingNames.Options };
        foreach (var name in names)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"no step named {name}");
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, name);
            }
        }
    }

    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(AdditionalText), typeof(Diagnostic), typeof(Location) };

    /// <summary>Walks the object graph (fields and sequence items) and fails on any forbidden type.</summary>
    private static void AssertHoldsNoRoslynObjects(object? root, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Value, string Path)>();
        pending.Push((root, step));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Type) continue;
            if (!value.GetType().IsValueType && !seen.Add(value)) continue;
            var type = value.GetType();
            Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type}");
            if (value is DiagnosticDescriptor) continue; // static descriptors, compared by value
            if (value is IEnumerable sequence)
            {
                var i = 0;
                foreach (var item in sequence) pending.Push((item, $"{path}[{i++}]"));
            }
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    pending.Push((field.GetValue(value), path + "." + field.Name));
                }
            }
        }
    }
}
