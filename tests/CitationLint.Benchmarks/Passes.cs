using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CitationLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Benchmarks;

/// <summary>The passes the benchmarks compare: Roslyn's parse, and CitationLint's comment pass called without the analyzer driver.</summary>
internal static class Passes
{
    public static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

    public static int Parse(List<(string Path, string Text)> sources, CSharpParseOptions options)
    {
        var n = 0;
        foreach (var (path, text) in sources)
        {
            n += CSharpSyntaxTree.ParseText(text, options, path).GetRoot().FullSpan.Length;
        }

        return n;
    }

    /// <summary>
    /// CitationAnalyzer's syntax-tree action over every tree, called directly: the analyzer driver's own
    /// overhead, which dominates a run through CompilationWithAnalyzers and varies by ±50% here, is left out.
    /// </summary>
    public static int AnalyzeComments(Compilation compilation)
    {
        var reported = 0;
        var analysis = CitationAnalyzer.CompilationAnalysis.Create(compilation, NoOptions, CancellationToken.None);
        foreach (var tree in compilation.SyntaxTrees)
        {
#pragma warning disable CS0618 // Obsolete for analyzer tests; here it calls the comment pass without the driver, on purpose.
            analysis.AnalyzeComments(new SyntaxTreeAnalysisContext(tree, NoOptions, _ => reported++, _ => true, CancellationToken.None));
#pragma warning restore CS0618
        }

        return reported;
    }
}
