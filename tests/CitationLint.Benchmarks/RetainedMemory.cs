using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using CitationLint.Corpus;

namespace CitationLint.Benchmarks;

/// <summary>
/// <c>--retained</c>: how much memory a built index keeps alive per corpus size (BenchmarkDotNet's
/// MemoryDiagnoser reports allocations, not retained size), measured with <see cref="GC.GetTotalMemory(bool)"/>
/// before and after, plus a quick sanity check of what each benchmarked lookup returns and why it costs what it does.
/// </summary>
public static class RetainedMemory
{
    /// <summary>0: exactly the shipped corpora (seed + well-known).</summary>
    public static readonly int[] Sizes = { 0, 10_000, 100_000 };

    public static void Run(TextWriter output)
    {
        var rows = new List<string[]>();
        var lookups = new List<string[]>();
        foreach (var requested in Sizes)
        {
            var papers = requested == 0 ? EmbeddedCorpora.Select(seed: true, wellKnown: true).Papers : SyntheticCorpus.Create(requested);
            var size = papers.Count;
            var tsv = PaperTsv.Write(papers, "synthetic benchmark corpus");

            // 1. The index alone, over papers that are already alive (what PaperCorpus.Index adds).
            var indexBytes = Retained(() => new CorpusIndex(papers));
            var watch = Stopwatch.StartNew();
            var aliasCount = new CorpusIndex(papers).AliasCount;
            watch.Stop();

            // 2. Papers read from the TSV plus their index (the TSV text is alive before and after, so it is not counted).
            var loadedBytes = Retained(() => Load(tsv));
            var loaded = Load(tsv);
            var readPapers = loaded.Papers;

            rows.Add(new[]
            {
                Int(size),
                Int(aliasCount),
                Int(DeleteEntries(papers)),
                Int(tsv.Length),
                Mb(indexBytes),
                Int(indexBytes / size),
                Mb(loadedBytes),
                Int(loadedBytes / size),
                watch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
            });

            foreach (var probe in SyntheticCorpus.ProbeTexts)
            {
                var result = loaded.Lookup(probe);
                var best = result.Best;
                lookups.Add(new[]
                {
                    Int(size),
                    "`" + probe + "`",
                    MedianMicroseconds(loaded, probe).ToString("0.0", CultureInfo.InvariantCulture),
                    Int(result.Candidates.Count),
                    best is null ? "(none)" : $"{best.Kind} {best.Score:0.00} {Shorten(best.Matched)}",
                });
            }

            GC.KeepAlive(tsv);
        }

        output.WriteLine("Retained memory of the built index (GC.GetTotalMemory(true) after - before; .NET "
            + Environment.Version + ", " + (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + " GC)");
        output.WriteLine();
        WriteTable(output, new[]
        {
            "Papers", "Aliases", "Delete-index entries", "TSV chars", "Index retained", "Index B/paper",
            "Papers+index retained", "Papers+index B/paper", "Index build ms (1 run)",
        }, rows);
        output.WriteLine();
        output.WriteLine("Lookups on the loaded index (median of a Stopwatch loop; BenchmarkDotNet has the real numbers)");
        output.WriteLine();
        WriteTable(output, new[] { "Papers", "Query", "Median µs", "Candidates", "Best" }, lookups);
        output.WriteLine();
        output.WriteLine("'Delete-index entries': (hash, alias) pairs of the symmetric-delete index, 12 bytes each once sorted.");
    }

    /// <summary>
    /// Bytes that the object <paramref name="build"/> returns keeps alive. The object is built and dropped in
    /// non-inlined frames so that no JIT temporary of the caller keeps an earlier or later object alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Retained(Func<object> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Keep(build);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        held = null;
        return after - before;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Keep(Func<object> build) => held = build();

    private static object? held;

    /// <summary>What <see cref="CorpusBenchmarks.Load"/> does: parse the TSV, index its papers.</summary>
    private static CorpusIndex Load(string tsv)
    {
        var read = PaperTsv.Read(tsv, "synthetic.papers.tsv");
        var papers = new Paper[read.Papers.Count];
        for (var i = 0; i < papers.Length; i++)
        {
            papers[i] = read.Papers[i].Paper;
        }

        return new CorpusIndex(papers);
    }

    /// <summary>(hash, alias) pairs the symmetric-delete index holds: every deletion variant up to the alias's edit budget.</summary>
    private static long DeleteEntries(IReadOnlyList<Paper> papers)
    {
        long total = 0;
        foreach (var p in papers)
        {
            foreach (var a in p.Aliases)
            {
                var normalized = TextNormalizer.Normalize(a);
                if (normalized.Length == 0)
                {
                    continue;
                }

                var n = TextNormalizer.FoldForComparison(normalized).Length;
                if (n > 48 || n < 5)
                {
                    continue;
                }

                total += n < 9 ? 1 + n : 1 + n + (long)n * (n - 1) / 2;
            }
        }

        return total;
    }

    /// <summary>How many titles the title near-miss path scores for this query (see CorpusIndex.AddTitleNearMisses).</summary>

    private static int Count(Dictionary<string, List<int>> postings, string w) => postings.TryGetValue(w, out var l) ? l.Count : 0;

    private static double MedianMicroseconds(CorpusIndex index, string probe)
    {
        for (var i = 0; i < 20; i++)
        {
            index.Lookup(probe);
        }

        var samples = new double[31];
        for (var s = 0; s < samples.Length; s++)
        {
            var watch = Stopwatch.StartNew();
            const int Inner = 20;
            for (var i = 0; i < Inner; i++)
            {
                index.Lookup(probe);
            }

            watch.Stop();
            samples[s] = watch.Elapsed.TotalMilliseconds * 1000 / Inner;
        }

        Array.Sort(samples);
        return samples[samples.Length / 2];
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";

    private static string Int(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.00", CultureInfo.InvariantCulture) + " MB";

    private static void WriteTable(TextWriter output, string[] header, List<string[]> rows)
    {
        output.WriteLine("| " + string.Join(" | ", header) + " |");
        var separators = new string[header.Length];
        for (var i = 0; i < separators.Length; i++)
        {
            separators[i] = i == 1 && header[1] == "Query" ? ":---" : "---:";
        }

        output.WriteLine("|" + string.Join("|", separators) + "|");
        foreach (var r in rows)
        {
            output.WriteLine("| " + string.Join(" | ", r) + " |");
        }
    }
}
