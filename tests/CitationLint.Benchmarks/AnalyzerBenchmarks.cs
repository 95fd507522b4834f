using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CitationLint.Benchmarks;

/// <summary>
/// The analyzer's cost side by side with Roslyn's parse and with the floor — a bare walk that visits
/// every comment trivia of every parsed tree and reads its text — over two trees: every C# file under
/// this repository's <c>src/</c> (about 350 KB of comment-heavy code), and the generated realistic tree
/// (<see cref="RealisticSources"/>: 1,000+ files, 20+ MB). Issue 10's targets: CitationLint at most the
/// walk and at most 10% of the parse. The embedded corpora are loaded in setup, as the analyzer's
/// process-wide cache holds them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnalyzerBenchmarks
{
    private List<(string Path, string Text)> sources = new();
    private CSharpCompilation compilation = null!;
    private CSharpParseOptions parseOptions = null!;

    [Params("src", "generated")]
    public string Tree { get; set; } = "src";

    [GlobalSetup]
    public void Setup()
    {
        sources = Tree == "generated" ? RealisticSources.Create() : RepositorySources();
        parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        compilation = CSharpCompilation.Create("Bench", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _ = global::CitationLint.Corpus.EmbeddedCorpora.Select(seed: true, wellKnown: true).Index;
    }

    /// <summary>Roslyn parsing every file to a full syntax tree.</summary>
    [Benchmark(Baseline = true)]
    public int Parse() => Passes.Parse(sources, parseOptions);

    /// <summary>The floor: every comment trivia of every parsed tree visited and its text read, nothing else.</summary>
    [Benchmark]
    public int CommentWalk()
    {
        var n = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText();
            foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: false))
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                {
                    n += text.ToString(trivia.FullSpan).Length;
                }
            }
        }

        return n;
    }

    /// <summary>CitationAnalyzer's comment pass over the parsed trees (see <see cref="Passes.AnalyzeComments"/>).</summary>
    [Benchmark]
    public int CitationLint() => Passes.AnalyzeComments(compilation);

    /// <summary>The raw-text prefilter alone over every tree: what a file or comment without a citation costs, and allocates.</summary>
    [Benchmark]
    public int Prefilter() => Passes.Prefilter(compilation);

    private static List<(string Path, string Text)> RepositorySources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
        {
            dir = dir.Parent;
        }

        return Directory.GetFiles(Path.Combine(dir!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
    }
}
