using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CitationLint.Benchmarks;

/// <summary>
/// IDE latency (issue 10): re-analysing one 2,000-line document with warm caches, as an editor does
/// after a keystroke — a new compilation holding the edited tree, the corpora already loaded and
/// indexed. Median and p95 are reported; the target is under 2 ms median.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 30)]
public class EditorLatencyBenchmarks
{
    private Compilation compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Generated files joined into one document of 2,000 lines: licence header, docs, comments, a few citations.
        var text = new StringBuilder();
        foreach (var (_, file) in RealisticSources.Create(files: 40, bytes: 0))
        {
            text.Append(file.Replace("namespace Generated.", "namespace Joined" + text.Length + "."));
            if (text.ToString().Split('\n').Length >= 2_000)
            {
                break;
            }
        }

        var lines = text.ToString().Split('\n');
        var document = string.Join("\n", lines.Take(2_000));
        var closed = document + new string('}', Unclosed(document)) + "\n";
        var tree = CSharpSyntaxTree.ParseText(closed, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse), "Edited.cs");
        compilation = CSharpCompilation.Create("Editor", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

        // Warm: the corpora loaded and indexed, the analysis of this compilation done once.
        _ = Passes.AnalyzeComments(compilation);
    }

    /// <summary>The comment pass over the one edited document.</summary>
    [Benchmark]
    public int ReanalyseDocument() => Passes.AnalyzeComments(compilation);

    private static int Unclosed(string text)
    {
        var open = 0;
        foreach (var c in text)
        {
            open += c == '{' ? 1 : c == '}' ? -1 : 0;
        }

        return open > 0 ? open : 0;
    }

    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
