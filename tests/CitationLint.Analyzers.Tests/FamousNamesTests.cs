using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.Corpus;
using Xunit.Abstractions;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// How real code names famous papers (Fixtures/famous-names.tsv, written here: 321 names, 63 of them
/// outside the well-known facts table, and 25 near neighbours of seed aliases; famous-names-heldout.tsv,
/// 60 more), at a <c>Paper:</c>
/// marker and in prose, with the shipped corpora. Known names must be known; no famous name may be
/// turned into a misspelling or an ambiguity of a seed paper, and prose is never reported.
/// </summary>
public sealed class FamousNamesTests
{
    private readonly ITestOutputHelper output;

    public FamousNamesTests(ITestOutputHelper output) => this.output = output;

    private sealed record Row(string Name, string Arxiv, string InWellKnown, bool NearNeighbour);

    private static List<Row> ReadRows(string fixture)
    {
        var rows = new List<Row>();
        var near = false;
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)))
        {
            if (line.StartsWith("# near-neighbours", StringComparison.Ordinal))
            {
                near = true;
                continue;
            }

            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            rows.Add(new Row(f[0], f[1], f[3], near));
        }

        return rows;
    }

    /// <summary>
    /// famous-names.tsv: the set the well-known supplement (corpus/well-known-supplement.tsv) was written
    /// from, so its share says what the shipped corpora know, not how they generalise. famous-names-heldout.tsv:
    /// 60 more names, chosen before anyone looked at the corpora and never used to change them; its share
    /// is the honest one, guarded against regress.
    /// </summary>
    [Theory]
    [InlineData("famous-names.tsv", 300, 0.85)]
    [InlineData("famous-names-heldout.tsv", 60, 0.50)]
    public async Task Famous_names_are_known_and_never_become_seed_papers(string fixture, int atLeast, double knownShare)
    {
        var rows = ReadRows(fixture);
        Assert.True(rows.Count >= atLeast, "the fixture holds " + rows.Count + " rows");
        var source = new StringBuilder();
        var markerLine = new int[rows.Count];
        var proseLine = new int[rows.Count];
        var line = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            markerLine[i] = line;
            source.Append("// Paper: ").Append(rows[i].Name).Append('\n');
            source.Append("class C").Append(i).Append(" { }\n");
            proseLine[i] = line + 2;
            source.Append("// The ").Append(rows[i].Name).Append(" step here is the usual one.\n");
            source.Append("class D").Append(i).Append(" { }\n");
            line += 4;
        }

        var diagnostics = await Verifier.Create().DiagnosticsAsync(source.ToString());
        var byLine = new Dictionary<int, List<Microsoft.CodeAnalysis.Diagnostic>>();
        foreach (var d in diagnostics)
        {
            var l = d.Location.GetLineSpan().StartLinePosition.Line;
            if (!byLine.TryGetValue(l, out var list))
            {
                byLine[l] = list = new List<Microsoft.CodeAnalysis.Diagnostic>();
            }

            list.Add(d);
        }

        var seedTitles = DefaultCorpus.Instance.Papers.Select(p => p.Title).ToList();
        var failures = new List<string>();
        int known = 0, main = 0, wellKnownAlias = 0, wellKnownAliasKnown = 0, nearKnown = 0, nearSeedWarnings = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var at = byLine.TryGetValue(markerLine[i], out var m) ? m : new List<Microsoft.CodeAnalysis.Diagnostic>();
            var isKnown = !at.Any(d => d.Id is "CITE001" or "CITE002");
            var seedWarning = at.FirstOrDefault(d => d.Id is "CITE002" or "CITE005" && seedTitles.Any(t => d.GetMessage().Contains(t, StringComparison.Ordinal)));
            if (rows[i].NearNeighbour)
            {
                nearKnown += isKnown ? 1 : 0;
                nearSeedWarnings += seedWarning is null ? 0 : 1;
                if (seedWarning is not null)
                {
                    output.WriteLine($"near neighbour '{rows[i].Name}': {seedWarning.Id} {seedWarning.GetMessage()}");
                }
            }
            else
            {
                main++;
                known += isKnown ? 1 : 0;
                if (rows[i].InWellKnown == "yes-alias")
                {
                    wellKnownAlias++;
                    wellKnownAliasKnown += isKnown ? 1 : 0;
                }

                if (seedWarning is not null)
                {
                    failures.Add($"'{rows[i].Name}' at a marker: {seedWarning.Id} {seedWarning.GetMessage()}");
                }

                if (!isKnown)
                {
                    output.WriteLine($"unknown at a marker: '{rows[i].Name}' ({rows[i].InWellKnown}): {string.Join("; ", at.Select(d => d.Id + " " + d.GetMessage()))}");
                }
            }

            if (byLine.TryGetValue(proseLine[i], out var p) && p.Any(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning))
            {
                failures.Add($"'{rows[i].Name}' in prose: " + string.Join("; ", p.Select(d => d.Id + " " + d.GetMessage())));
            }
        }

        output.WriteLine($"{fixture}: known at a Paper: marker: {known}/{main} ({100.0 * known / main:F1} %); of names the facts table lists as aliases: {wellKnownAliasKnown}/{wellKnownAlias}");
        output.WriteLine($"near neighbours of seed aliases: {nearKnown}/{rows.Count - main} known; {nearSeedWarnings} with a CITE002/CITE005 naming a seed paper");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The corpora must know the names they hold; of the whole set, the issue's target share (85 %).
        Assert.True(wellKnownAliasKnown >= 0.95 * wellKnownAlias, $"only {wellKnownAliasKnown} of {wellKnownAlias} names of the facts table are known");
        Assert.True(known >= knownShare * main, $"only {known} of {main} famous names are known");
    }

    /// <summary>
    /// DESIGN 4a: what Fix All and <c>dotnet format</c> apply unattended never renames a famous paper
    /// into another. Every famous name (381) at a marker and in prose, with a project corpus holding
    /// near neighbours of famous names (QLoRA, HyperFormer, DINGO, M-FAC): the confident fixes of the
    /// rules that can rename (CITE002, CITE003, CITE006, CITE010) change no name into another (only the
    /// case of a paper's own name), and the completions
    /// (CITE004) keep every name where it was written.
    /// </summary>
    [Fact]
    public async Task Unattended_fixes_never_rename_a_famous_paper()
    {
        const string neighbours = """
            key\ttitle\taliases\tarxiv
            2305.14314\tQLoRA: Efficient Finetuning of Quantized LLMs\tQLoRA\t2305.14314
            2205.12410\tHyperFormer: Learning Expressive Sparse Feature Representations\tHyperFormer\t2305.17159
            dingo\tDINGO: Distributed Newton-Type Method for Gradient-Norm Optimization\tDINGO\t1901.05134
            mfac\tM-FAC: Efficient Matrix-Free Approximations of Second-Order Information\tM-FAC\t2107.03356
            """;
        var names = ReadRows("famous-names.tsv").Concat(ReadRows("famous-names-heldout.tsv")).Select(r => r.Name).Distinct().ToList();
        var source = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            source.Append("// Paper: ").Append(names[i]).Append('\n');
            source.Append("// The ").Append(names[i]).Append(" step follows.\n");
            source.Append("class C").Append(i).Append(" { }\n");
        }

        var text = source.ToString();
        var verifier = Verifier.Create().WithFile("project.papers.tsv", neighbours);
        // Only a change of case of the paper's own name (Adadelta → ADADELTA, DESIGN 4a form-only) may be applied.
        var renamed = await verifier.FixAllAsync(text, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, "CITE002", "CITE003", "CITE006", "CITE010");
        var before = text.Split('\n');
        var after = renamed.Split('\n');
        Assert.Equal(before.Length, after.Length);
        var recased = 0;
        for (var i = 0; i < before.Length; i++)
        {
            Assert.True(string.Equals(before[i], after[i], StringComparison.OrdinalIgnoreCase), "renamed unattended: '" + before[i] + "' → '" + after[i] + "'");
            recased += string.Equals(before[i], after[i], StringComparison.Ordinal) ? 0 : 1;
        }

        var completed = (await verifier.FixAllAsync(text, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, "CITE004")).Split('\n');
        var changed = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var marker = completed[3 * i];
            Assert.StartsWith("// Paper: ", marker, StringComparison.Ordinal);
            Assert.True(marker.Contains(names[i], StringComparison.Ordinal), "the completion dropped '" + names[i] + "': " + marker);
            Assert.Equal("// The " + names[i] + " step follows.", completed[3 * i + 1]);
            changed += marker.Length > ("// Paper: " + names[i]).Length ? 1 : 0;
        }

        output.WriteLine($"{names.Count} famous names at a marker and in prose: unattended renames 0, case changes of a paper's own name {recased}, completions applied {changed}");
        Assert.True(changed > names.Count / 2, "completions applied: " + changed);
    }
}
