using CitationLint.Analyzers.Tests.Harness;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE007UnreadableCorpusTests
{
    /// <summary>Markup in the additional file puts the expected diagnostic on its third line, whole.</summary>
    [Fact]
    public Task A_broken_line_is_reported_at_its_file_and_line_and_the_rest_is_used()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: FrobNet
                // Paper: Quaxitron
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE007").WithLocation(0).WithArguments("refs.papers.tsv", "line 3: line has 1 column(s); a paper needs at least a key and a title (tab-separated); skipped"),
            },
        }.Only("CITE001", "CITE007").WithFile("/p/refs.papers.tsv", string.Join("\n",
            "key\ttitle\taliases",
            "frob\tFrobnication at Scale\tFrobNet",
            "{|#0:only-a-key|}",
            "quax\tQuaxitron: A Study\tQuaxitron")).RunAsync();

    [Fact]
    public Task Bib_and_listing_corpora_are_read_too()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: Quaxitron
                // Paper: FrobNet
                class C { }
                """,
        }.Only("CITE001", "CITE007")
            .WithFile("a.bib", "@misc{q, title = {Quaxitron: Quantum Axis Transformers}, eprint = {2501.00002}, archivePrefix = {arXiv}}\n{|CITE007:@article{broken, title = {Unclosed|}\n")
            .WithFile("b.papers.txt", "Frobnication at Scale\nWe propose FrobNet, a frobnication network that scales to very large graphs while keeping memory flat. Experiments on ten benchmarks show consistent gains over strong baselines in every setting.\n")
            .RunAsync();

    [Fact]
    public async Task Editing_a_corpus_file_changes_the_next_analysis()
    {
        const string source = "// Paper: FrobNet\nclass C { }\n";
        await new CSharpCitationVerifier { TestCode = "// Paper: [|FrobNet|]\nclass C { }\n" }
            .Only("CITE001").WithFile("refs.papers.tsv", "key\ttitle\taliases\nx\tSomething Else\tOther\n").RunAsync();
        await new CSharpCitationVerifier { TestCode = source }
            .Only("CITE001").WithFile("refs.papers.tsv", "key\ttitle\taliases\nfrob\tFrobnication at Scale\tFrobNet\n").RunAsync();
    }

    [Fact]
    public Task Project_entry_with_the_same_key_wins_over_the_default_corpus()
        => new CSharpCitationVerifier
        {
            TestCode = "// Paper: MyZO\n// Paper: {|#0:MeZO|}\nclass C { }\n",
            ExpectedDiagnostics = { Diagnostic("CITE001").WithLocation(0).WithArguments("MeZO", string.Empty) },
        }.Only("CITE001").WithFile("refs.papers.tsv", "key\ttitle\taliases\tarxiv\n2305.17333\tMy Own Title for the Same Paper\tMyZO\t2305.17333\n").RunAsync();

    [Fact]
    public Task Without_the_default_corpus_only_project_papers_are_known()
        => new CSharpCitationVerifier { TestCode = "// Paper: [|MeZO|]\nclass C { }\n" }
            .Only("CITE001").WithEditorConfig("citationlint.corpora = none").RunAsync();
}
