using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CitationLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Benchmarks;

/// <summary>
/// The analyzer's cost against Roslyn's own parse time for the same files: every C# file under
/// this repository's src/ (about 350 KB of real, comment-heavy code). The default corpus is loaded
/// in setup, as the analyzer's process-wide cache would hold it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class AnalyzerBenchmarks
{
    private List<(string Path, string Text)> sources = new();
    private CSharpCompilation compilation = null!;
    private CSharpParseOptions parseOptions = null!;
    private readonly AnalyzerOptions analyzerOptions = new(ImmutableArray<AdditionalText>.Empty);

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
        {
            dir = dir.Parent;
        }

        var src = Path.Combine(dir!.FullName, "src");
        sources = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
        parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        compilation = CSharpCompilation.Create("Bench", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _ = CitationLint.Corpus.DefaultCorpus.Instance.Index;
    }

    /// <summary>Roslyn parsing every file to a full syntax tree.</summary>
    [Benchmark(Baseline = true)]
    public int Parse()
    {
        var n = 0;
        foreach (var (path, text) in sources)
        {
            n += CSharpSyntaxTree.ParseText(text, parseOptions, path).GetRoot().FullSpan.Length;
        }

        return n;
    }

    /// <summary>
    /// CitationAnalyzer's comment pass (what its syntax-tree action does for every file) over the
    /// parsed trees, called directly: the analyzer driver's own overhead, which dominates a run through
    /// CompilationWithAnalyzers and varies by ±50% here, is left out.
    /// </summary>
    [Benchmark]
    public int AnalyzeComments()
    {
        var reported = 0;
        var analysis = CitationAnalyzer.CompilationAnalysis.Create(compilation, analyzerOptions, CancellationToken.None);
        foreach (var tree in compilation.SyntaxTrees)
        {
#pragma warning disable CS0618 // Obsolete for analyzer tests; here it calls the comment pass without the driver, on purpose.
            analysis.AnalyzeComments(new SyntaxTreeAnalysisContext(tree, analyzerOptions, _ => reported++, _ => true, CancellationToken.None));
#pragma warning restore CS0618
        }

        return reported;
    }
}
