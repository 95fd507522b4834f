using System.Collections.Immutable;
using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// What the main job shows: the analyzer's diagnostics on samples/ZerothOrder.Sample, with its
/// project corpus and options, kept as a reviewed snapshot (Snapshots/sample-diagnostics.verified.txt).
/// </summary>
public sealed class SampleSnapshotTests
{
    [Fact]
    public async Task Sample_diagnostics_match_the_snapshot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root!.FullName, "CitationLint.sln")))
        {
            root = root.Parent;
        }

        var sample = Path.Combine(root.FullName, "samples", "ZerothOrder.Sample");
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: Path.GetRelativePath(sample, f).Replace('\\', '/')))
            .ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        trees.Add(CSharpSyntaxTree.ParseText(Generation.CitesAttributeSource.Text, parse, path: "obj/" + Generation.CitesAttributeSource.HintName));
        trees.Add(CSharpSyntaxTree.ParseText(Generation.CitesAttributeSource.EmbeddedText, parse, path: "obj/" + Generation.CitesAttributeSource.EmbeddedHintName));
        var compilation = CSharpCompilation.Create("ZerothOrder.Sample", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var corpus = new InMemoryAdditionalText("refs.papers.tsv", File.ReadAllText(Path.Combine(sample, "refs.papers.tsv")));
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(corpus), new TestConfigOptionsProvider(new Dictionary<string, string> { ["citationlint.url_style"] = "arxiv" }));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();

        var text = new StringBuilder();
        foreach (var d in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            var span = d.Location.GetLineSpan();
            text.Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                .Append(d.Id).Append(' ').Append(d.Severity).Append(": ").Append(d.GetMessage()).Append('\n');
        }

        Snapshot.Match("sample-diagnostics", text.ToString());
    }
}
