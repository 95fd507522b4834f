using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// The false-positive gate: realistic code with correct citations, and with the real-code traps of
/// DESIGN.md section 3, on which the analyzer must report no Warning.
/// </summary>
public sealed class AllValidCodeTests
{
    private readonly ITestOutputHelper output;

    public AllValidCodeTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Files()
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ValidCode"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Valid_code_gets_no_warning(string file)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ValidCode", file));
        var diagnostics = await Verifier.Create().DiagnosticsAsync(source);
        foreach (var d in diagnostics)
        {
            output.WriteLine($"{d.Severity} {d.Id} {d.Location.GetLineSpan().StartLinePosition}: {d.GetMessage()}");
        }

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        // Correct citations are complete: not even a suggestion to complete them.
        Assert.DoesNotContain(diagnostics, d => d.Id == "CITE004");
    }

    [Fact]
    public void The_gate_has_files() => Assert.True(Files().Count() >= 3);
}
