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
    public static int AnalyzeComments(Compilation compilation, AnalyzerOptions? options = null)
    {
        options ??= NoOptions;
        var reported = 0;
        var analysis = CitationAnalyzer.CompilationAnalysis.Create(compilation, options, CancellationToken.None);
        foreach (var tree in compilation.SyntaxTrees)
        {
#pragma warning disable CS0618 // Obsolete for analyzer tests; here it calls the comment pass without the driver, on purpose.
            analysis.AnalyzeComments(new SyntaxTreeAnalysisContext(tree, options, _ => reported++, _ => true, CancellationToken.None));
#pragma warning restore CS0618
        }

        return reported;
    }

    /// <summary>The raw-text prefilter alone over every tree (what a file without a citation costs): the runs it accepts.</summary>
    public static int Prefilter(Compilation compilation)
    {
        var scanner = new CommentScanner(global::CitationLint.Analyzers.Configuration.CitationLintOptions.Default, global::CitationLint.Corpus.EmbeddedCorpora.Select(seed: true, wellKnown: true).Index.TitleWordFilter);
        var runs = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            runs += SourcePrefilter.Candidates(tree.GetText(), scanner, CancellationToken.None)?.Count ?? 0;
        }

        return runs;
    }

    /// <summary>An additional file held in memory: a project corpus for the benchmarks.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            this.text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
