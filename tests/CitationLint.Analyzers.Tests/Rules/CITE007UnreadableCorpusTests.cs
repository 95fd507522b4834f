using Microsoft.CodeAnalysis;
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
    public Task A_project_entry_for_an_embedded_paper_merges_into_it_and_its_title_change_is_info()
        => new CSharpCitationVerifier
        {
            // Names are united: the embedded 'MeZO' and the project's 'MyZO' both name the merged paper.
            TestCode = "// Paper: MyZO\n// Paper: MeZO\nclass C { }\n",
            ExpectedDiagnostics =
            {
                Diagnostic("CITE007").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                    "refs.papers.tsv",
                    "line 2: this entry changes the title of '2305.17333' (from an embedded corpus) from \"Fine-Tuning Language Models with Just Forward Passes\" to \"My Own Title for the Same Paper\""),
            },
        }.Only("CITE001", "CITE007").WithFile("refs.papers.tsv", "key\ttitle\taliases\tarxiv\n{|#0:2305.17333\tMy Own Title for the Same Paper\tMyZO\t2305.17333|}\n").RunAsync();

    [Fact]
    public Task The_same_paper_in_a_bib_and_a_tsv_merges_field_by_field_in_path_order()
        => new CSharpCitationVerifier
        {
            // a.bib comes first (path order): its key and shorthand are names; b.papers.tsv adds FrobNet.
            TestCode = "// Paper: Frob\n// Paper: FrobNet\n// Paper: frob2020scale\nclass C { }\n",
            ExpectedDiagnostics =
            {
                Diagnostic("CITE007").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                    "b.papers.tsv",
                    "line 2: this entry changes the title of '2501.00003' (from a.bib) from \"Frobnication at Scale\" to \"Frobnication at Scale: A Study\""),
            },
        }.Only("CITE001", "CITE007")
            .WithFile("/p/a.bib", "@misc{frob2020scale, title = {Frobnication at Scale}, shorthand = {Frob}, eprint = {2501.00003}, archivePrefix = {arXiv}}\n")
            .WithFile("/p/b.papers.tsv", "key\ttitle\taliases\tarxiv\n{|#0:2501.00003\tFrobnication at Scale: A Study\tFrobNet\t2501.00003|}\n")
            .RunAsync();

    [Fact]
    public Task Without_the_default_corpus_only_project_papers_are_known()
        => new CSharpCitationVerifier { TestCode = "// Paper: [|MeZO|]\nclass C { }\n" }
            .Only("CITE001").WithEditorConfig("citationlint.corpora = none").RunAsync();
}
