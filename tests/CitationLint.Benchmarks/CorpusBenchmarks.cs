using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CitationLint.Corpus;

namespace CitationLint.Benchmarks;

/// <summary>
/// The corpus engine on the shipped corpora (seed + well-known, 1,900-odd real papers), and at 10,000
/// and 100,000 papers (the shipped ones + <see cref="SyntheticCorpus"/>).
/// <see cref="Load"/> is what a consumer pays once per corpus content; the lookups run on a prebuilt index.
/// </summary>
/// <remarks>
/// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
/// A short job (1 launch, 2 warm-ups, 5 measured iterations) keeps the whole run to a few minutes on two cores;
/// BenchmarkDotNet picks one invocation per iteration on its own once an operation takes longer than an iteration.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CorpusBenchmarks
{
    private string tsv = string.Empty;
    private CorpusIndex index = new(System.Array.Empty<Paper>());

    /// <summary><c>shipped</c>: exactly the embedded corpora; a number: that many papers.</summary>
    [Params("shipped", "10000", "100000")]
    public string Papers { get; set; } = "shipped";

    private IReadOnlyList<Paper> Create()
        => Papers == "shipped"
            ? EmbeddedCorpora.Select(seed: true, wellKnown: true).Papers
            : SyntheticCorpus.Create(int.Parse(Papers, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup(Target = nameof(Load))]
    public void SetupLoad() => tsv = PaperTsv.Write(Create(), "synthetic benchmark corpus");

    [GlobalSetup(Targets = new[] { nameof(LookupExactAlias), nameof(LookupAliasNearMiss), nameof(LookupTitleNearMiss), nameof(LookupTitleMisspelled), nameof(LookupUnknownName), nameof(LookupFamousName), nameof(LookupTitlePhrase) })]
    public void SetupLookups() => index = new CorpusIndex(Create());

    [GlobalSetup(Target = nameof(Lookups1000))]
    public void SetupMixedLookups()
    {
        index = new CorpusIndex(Create());
        queries = MixedQueries();
    }

    private string[] queries = System.Array.Empty<string>();

    /// <summary>
    /// 1,000 lookups as sites ask them, of the shipped papers (so the same texts at every corpus size):
    /// a quarter names, a quarter names with two letters swapped, a quarter titles in lower case, a quarter names no corpus holds.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Lookups1000()
    {
        var found = 0;
        foreach (var q in queries)
        {
            found += index.Lookup(q).Best is null ? 0 : 1;
        }

        return found;
    }

    private static string[] MixedQueries()
    {
        var shipped = EmbeddedCorpora.Select(seed: true, wellKnown: true).Papers;
        var list = new List<string>(1000);
        for (var i = 0; list.Count < 1000; i++)
        {
            var p = shipped[(i * 7) % shipped.Count];
            var name = p.Aliases.Count > 0 ? p.Aliases[0] : p.Key;
            switch (i % 4)
            {
                case 0:
                    list.Add(name);
                    break;
                case 1:
                    list.Add(name.Length > 3 ? name.Substring(0, 1) + name[2] + name[1] + name.Substring(3) : name);
                    break;
                case 2:
                    list.Add(p.Title.ToLowerInvariant());
                    break;
                default:
                    list.Add("Quaxitron" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return list.ToArray();
    }

    /// <summary>Parse the corpus TSV and build the index over its papers.</summary>
    [Benchmark]
    public CorpusIndex Load()
    {
        var result = PaperTsv.Read(tsv, "synthetic.papers.tsv");
        var papers = new List<Paper>(result.Papers.Count);
        foreach (var sp in result.Papers)
        {
            papers.Add(sp.Paper);
        }

        return new CorpusIndex(papers);
    }

    /// <summary>An alias of a real paper, exactly (one hash hit).</summary>
    [Benchmark]
    public LookupResult LookupExactAlias() => index.Lookup("MeZO");

    /// <summary>A transposition of the alias Medusa (symmetric-delete path).</summary>
    [Benchmark]
    public LookupResult LookupAliasNearMiss() => index.Lookup("Medsua");

    /// <summary>A lower-case, singular, dash-kept variant of a real title (rare-word candidates + word similarity).</summary>
    [Benchmark]
    public LookupResult LookupTitleNearMiss() => index.Lookup("fine-tuning language models with just forward pass");

    /// <summary>A misspelled title ("Langauge"): no title key matches, so the near-miss path scores candidates.</summary>
    [Benchmark]
    public LookupResult LookupTitleMisspelled() => index.Lookup("Fine Tuning Langauge Models With Just Forward Passes");

    /// <summary>A name of the well-known corpus, exactly.</summary>
    [Benchmark]
    public LookupResult LookupFamousName() => index.Lookup("BERT");

    /// <summary>A distinctive phrase of one title ("The Two-Pass Softmax Algorithm").</summary>
    [Benchmark]
    public LookupResult LookupTitlePhrase() => index.Lookup("Two-Pass Softmax");

    /// <summary>A name no paper has (every path runs and finds nothing).</summary>
    [Benchmark]
    public LookupResult LookupUnknownName() => index.Lookup("Quaxitron");
}
