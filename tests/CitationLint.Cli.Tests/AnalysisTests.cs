using CitationLint.Cli.Check;

namespace CitationLint.Cli.Tests;

/// <summary>What <see cref="Analysis"/> reports depends on the files alone: not on the run, nor on which of its concurrent requests finishes first.</summary>
public sealed class AnalysisTests
{
    /// <summary>
    /// Analyses of one set, one after another in one process, report the same diagnostics. Many files
    /// that cite in comments and in attributes, so that the syntax of some trees is asked for while the
    /// semantics of others is computed. On a single <c>CompilationWithAnalyzers</c> of Roslyn 4.5 asked
    /// for trees concurrently, about one analysis in fifteen of this set went without the syntax actions
    /// of one tree (its comment diagnostics missing, its attribute's kept).
    /// </summary>
    [Fact]
    public async Task Analyses_of_one_set_report_the_same_diagnostics()
    {
        using var folder = new TestFolder();
        folder.Write("aaa/First.cs", "class First { }\n");
        foreach (var (name, text) in SkeletonTests.Traps)
        {
            folder.Write("traps/" + name, text);
        }

        foreach (var (name, text) in SkeletonTests.Adversarial(new Random(23), 160))
        {
            folder.Write("adversarial/" + name, text);
        }

        foreach (var (path, text) in Benchmarks.RealisticSources.Create(files: 200, bytes: 3_000_000))
        {
            folder.Write("tree/" + path, text);
        }

        var inputs = Inputs.Collect(new[] { folder.Dir }, Array.Empty<string>(), Array.Empty<string>());
        var set = LoadedSet.Load(inputs.Sets.Single(), new List<string>(), new List<string>());
        var first = await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None);
        Assert.Empty(first.AnalyzerExceptions);
        var expected = first.Diagnostics.Select(SkeletonTests.Describe).ToList();
        Assert.True(expected.Count > 500, $"only {expected.Count} diagnostics");
        for (var run = 1; run < 12; run++)
        {
            var again = (await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None)).Diagnostics.Select(SkeletonTests.Describe).ToList();
            var missing = expected.Except(again).ToList();
            var added = again.Except(expected).ToList();
            Assert.True(missing.Count + added.Count == 0, $"run {run}: {missing.Count} missing, {added.Count} added\n" + string.Join("\n", missing.Concat(added).Take(10)));
        }
    }
}
