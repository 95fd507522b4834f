using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CitationLint.Benchmarks;

/// <summary>
/// <c>--quick</c>: one timed pass of each of <see cref="AnalyzerBenchmarks"/>' passes over the generated
/// tree, and what the prefilter lets through. For a look while working; the figures to report are
/// BenchmarkDotNet's.
/// </summary>
internal static class QuickRun
{
    public static void Run(TextWriter output)
    {
        var sources = RealisticSources.Create();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        var compilation = CSharpCompilation.Create("Bench", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _ = global::CitationLint.Corpus.EmbeddedCorpora.Select(seed: true, wellKnown: true).Index;

        int filesWithRuns = 0, runs = 0;
        long runChars = 0;
        var scanner = new CommentScanner(CitationLintOptions.Default, global::CitationLint.Corpus.EmbeddedCorpora.Select(seed: true, wellKnown: true).Index.TitleWordFilter);
        foreach (var tree in trees)
        {
            var candidates = SourcePrefilter.Candidates(tree.GetText(), scanner, default);
            if (candidates is null)
            {
                continue;
            }

            filesWithRuns++;
            runs += candidates.Count;
            foreach (var r in candidates)
            {
                runChars += r.Length;
            }
        }

        output.WriteLine($"{trees.Count} files, {sources.Sum(s => (long)s.Text.Length) / 1e6:0.0} MB; prefilter: {filesWithRuns} files with candidate runs, {runs} runs, {runChars / 1e6:0.00} MB in them");
        for (var round = 0; round < 3; round++)
        {
            var parse = Time(() => Passes.Parse(sources, parseOptions));
            var lint = Time(() => Passes.AnalyzeComments(compilation));
            var raw = Time(() =>
            {
                var n = 0;
                foreach (var tree in trees)
                {
                    n += SourcePrefilter.Candidates(tree.GetText(), scanner, default)?.Count ?? 0;
                }

                return n;
            });
            output.WriteLine($"round {round}: parse {parse:0} ms, CitationLint {lint:0} ms ({lint / parse:0.000}× parse), of which the raw-text prefilter {raw:0} ms");
        }
    }

    private static double Time(Func<int> pass)
    {
        var watch = Stopwatch.StartNew();
        pass();
        return watch.Elapsed.TotalMilliseconds;
    }
}
