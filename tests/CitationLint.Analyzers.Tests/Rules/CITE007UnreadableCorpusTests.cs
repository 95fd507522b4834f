using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE007UnreadableCorpusTests
{
    [Fact]
    public async Task A_broken_line_is_reported_at_its_file_and_line_and_the_rest_is_used()
    {
        var corpus = string.Join("\n",
            "key\ttitle\taliases",
            "frob\tFrobnication at Scale\tFrobNet",
            "only-a-key",
            "quax\tQuaxitron: A Study\tQuaxitron");
        var diagnostics = await Verifier.Create().WithFile("/p/refs.papers.tsv", corpus).DiagnosticsAsync("""
            // Paper: FrobNet
            // Paper: Quaxitron
            class C { }
            """);
        var problem = Assert.Single(diagnostics, d => d.Id == "CITE007");
        Assert.Equal("/p/refs.papers.tsv", problem.Location.GetLineSpan().Path);
        Assert.Equal(2, problem.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("line 3", problem.GetMessage());
        Assert.DoesNotContain(diagnostics, d => d.Id == "CITE001");
    }

    [Fact]
    public async Task Bib_and_listing_corpora_are_read_too()
    {
        var bib = "@misc{q, title = {Quaxitron: Quantum Axis Transformers}, eprint = {2501.00002}, archivePrefix = {arXiv}}\n@article{broken, title = {Unclosed\n";
        var listing = "Frobnication at Scale\nWe propose FrobNet, a frobnication network that scales to very large graphs while keeping memory flat. Experiments on ten benchmarks show consistent gains over strong baselines in every setting.\n";
        var diagnostics = await Verifier.Create()
            .WithFile("a.bib", bib)
            .WithFile("b.papers.txt", listing)
            .DiagnosticsAsync("""
                // Paper: Quaxitron
                // Paper: FrobNet
                class C { }
                """);
        Assert.Single(diagnostics, d => d.Id == "CITE007" && d.Location.GetLineSpan().Path == "a.bib");
        Assert.DoesNotContain(diagnostics, d => d.Id == "CITE001");
    }

    [Fact]
    public async Task Editing_a_corpus_file_changes_the_next_analysis()
    {
        const string source = "// Paper: FrobNet\nclass C { }\n";
        var before = await Verifier.Create().WithFile("refs.papers.tsv", "key\ttitle\taliases\nx\tSomething Else\tOther\n").DiagnosticsAsync(source);
        var after = await Verifier.Create().WithFile("refs.papers.tsv", "key\ttitle\taliases\nfrob\tFrobnication at Scale\tFrobNet\n").DiagnosticsAsync(source);
        Assert.Contains(before, d => d.Id == "CITE001");
        Assert.DoesNotContain(after, d => d.Id == "CITE001");
    }

    [Fact]
    public async Task Project_entry_with_the_same_key_wins_over_the_default_corpus()
    {
        var diagnostics = await Verifier.Create()
            .WithFile("refs.papers.tsv", "key\ttitle\taliases\tarxiv\n2305.17333\tMy Own Title for the Same Paper\tMyZO\t2305.17333\n")
            .DiagnosticsAsync("// Paper: MyZO\n// Paper: MeZO\nclass C { }\n");
        Assert.Contains(diagnostics, d => d.Id == "CITE001" && d.GetMessage().Contains("'MeZO'"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "CITE001" && d.GetMessage().Contains("'MyZO'"));
    }

    [Fact]
    public async Task Without_the_default_corpus_only_project_papers_are_known()
    {
        var diagnostics = await Verifier.Create().WithOption("citationlint.corpora", "none")
            .DiagnosticsAsync("// Paper: MeZO\nclass C { }\n");
        Assert.Contains(diagnostics, d => d.Id == "CITE001");
    }
}
