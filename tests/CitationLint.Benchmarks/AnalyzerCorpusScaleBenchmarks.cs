using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Benchmarks;

/// <summary>
/// The analyzer's comment pass over the generated tree (<see cref="RealisticSources"/>) with the shipped
/// corpora alone, and with a project corpus that brings the corpus to 10,000 and 100,000 papers
/// (<see cref="SyntheticCorpus"/>): how the analyzer's cost grows with the corpus. The project corpus
/// is parsed and indexed in setup, as the process-wide cache holds it after the first compilation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnalyzerCorpusScaleBenchmarks
{
    private CSharpCompilation compilation = null!;
    private AnalyzerOptions options = Passes.NoOptions;

    [Params("shipped", "10000", "100000")]
    public string Papers { get; set; } = "shipped";

    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = RealisticSources.Create().Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        compilation = CSharpCompilation.Create("Bench", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        if (Papers != "shipped")
        {
            var shipped = EmbeddedCorpora.Select(seed: true, wellKnown: true).Papers.Count;
            var extra = SyntheticCorpus.Create(int.Parse(Papers, System.Globalization.CultureInfo.InvariantCulture)).Skip(shipped).ToList();
            var tsv = PaperTsv.Write(extra, "synthetic project corpus");
            options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Passes.InMemoryText("/project/synthetic.papers.tsv", tsv)));
        }

        // The first pass parses and indexes the project corpus; the measured ones find it cached.
        _ = Passes.AnalyzeComments(compilation, options);
    }

    [Benchmark]
    public int CitationLint() => Passes.AnalyzeComments(compilation, options);
}
