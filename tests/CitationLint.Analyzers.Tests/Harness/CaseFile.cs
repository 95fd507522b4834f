using System.Text;
using Microsoft.CodeAnalysis;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>Many labelled cases in one compilation: each case's code, then a class of its own; diagnostics mapped back to their case.</summary>
public sealed class CaseFile
{
    private readonly List<(int First, int Last)> ranges = new();

    public CaseFile(IReadOnlyList<string> codes)
    {
        var source = new StringBuilder("using CitationLint;\n");
        var line = 1;
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i] + "\nclass Case" + i + " { }\n";
            var lines = code.Count(c => c == '\n');
            ranges.Add((line, line + lines - 1));
            source.Append(code);
            line += lines;
        }

        Source = source.ToString();
    }

    public string Source { get; }

    /// <summary>The diagnostics of each case, in case order; a diagnostic outside every case fails the test.</summary>
    public List<List<Diagnostic>> ByCase(IEnumerable<Diagnostic> diagnostics)
    {
        var perCase = ranges.Select(_ => new List<Diagnostic>()).ToList();
        foreach (var d in diagnostics.Where(d => d.Location.IsInSource))
        {
            var l = d.Location.GetLineSpan().StartLinePosition.Line;
            var index = ranges.FindIndex(r => l >= r.First && l <= r.Last);
            Assert.True(index >= 0, "diagnostic outside every case at line " + l);
            perCase[index].Add(d);
        }

        return perCase;
    }
}
