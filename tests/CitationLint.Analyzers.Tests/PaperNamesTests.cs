using CitationLint.Analyzers.Tests.Harness;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// The names code uses for a paper (issue: mined names, title phrases, versions, the well-known
/// corpus, BibTeX keys), through the real analyzer at strong sites and in prose.
/// </summary>
public sealed class PaperNamesTests
{
    [Fact]
    public Task A_complete_citation_by_a_mined_method_phrase_is_silent()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites("Lookahead Decoding", Title = "Break the Sequential Dependency of LLM Inference Using Lookahead Decoding", Url = "https://arxiv.org/abs/2402.02057")]
                class C { }
                """,
        }.RunAsync();

    [Fact]
    public Task Spelled_out_forms_variants_plurals_and_title_phrases_name_their_paper()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: {|CITE004:Adaptive Parallel Decoding|}
                // Paper: {|CITE004:Coherent Contextual Decoding|}
                // Paper: {|CITE004:Medusa-2|}
                // Paper: {|CITE004:FlexMDM|}
                // Paper: {|CITE004:Two-Pass Softmax|}
                // Paper: {|CITE004:Stochastic Taylor Derivative Estimator|}
                // Paper: {|CITE004:Sampling-based Deep Interest Modeling|}
                class C { }
                """,
        }.Only("CITE001", "CITE002", "CITE004").RunAsync();

    [Fact]
    public Task A_title_phrase_counts_only_when_distinctive_and_of_one_title_and_only_at_a_site()
        => new CSharpCitationVerifier
        {
            // "Parallel Decoding" and "Language Models" are in many titles; "Softmax Algorithm" holds a
            // rare word and runs in one title; prose never resolves a phrase.
            TestCode = """
                // Paper: {|CITE001:Parallel Decoding|}
                // Paper: {|CITE001:Language Models|}
                // Paper: {|CITE004:Softmax Algorithm|}
                // We use the two-pass softmax here, and lookahead decoding there.
                class C { }
                """,
        }.Only("CITE001", "CITE002", "CITE004").RunAsync();

    [Fact]
    public Task Another_version_of_a_name_is_another_paper_not_a_misspelling()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: {|CITE001:MobileNetV2|}
                // Paper: {|CITE001:FlashAttention-3|}
                // Paper: {|CITE001:LASP|}
                // Paper: {|CITE002:MobilenetV3|}
                class C { }
                """,
        }.Only("CITE001", "CITE002").WithGlobalConfig("citationlint.corpora = none").WithFile("refs.papers.tsv", string.Join("\n",
            "key\ttitle\taliases\tarxiv",
            "1905.02244\tSearching for MobileNetV3\tMobileNetV3\t1905.02244",
            "2307.08691\tFlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning\tFlashAttention-2\t2307.08691",
            "2502.07563\tLASP-2: Rethinking Sequence Parallelism for Linear Attention and Its Hybrid\tLASP-2\t2502.07563",
            string.Empty)).RunAsync();

    [Fact]
    public Task Famous_papers_are_known_from_the_well_known_corpus_and_can_be_switched_off()
        => Task.WhenAll(
            new CSharpCitationVerifier
            {
                TestCode = """
                    // Paper: {|#0:BERT|}
                    // Paper: {|CITE004:Adam|}
                    class C { }
                    """,
                ExpectedDiagnostics =
                {
                    Diagnostic("CITE004").WithLocation(0).WithArguments("BERT", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "title and URL"),
                },
            }.Only("CITE001", "CITE004").RunAsync(),
            new CSharpCitationVerifier
            {
                TestCode = """
                    // Paper: {|CITE001:BERT|}
                    // Paper: {|CITE004:MeZO|}
                    class C { }
                    """,
            }.Only("CITE001", "CITE004").WithGlobalConfig("citationlint.corpora = seed").RunAsync());

    [Fact]
    public Task A_bibtex_entry_key_is_a_name_the_paper_can_be_cited_by()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites({|CITE004:"frob2020scale"|})]
                [Cites({|CITE004:"Frob"|})]
                [Cites({|CITE001:"frob2020scal"|})]
                class C { }
                """,
        }.Only("CITE001", "CITE002", "CITE004")
            .WithFile("refs.bib", "@misc{frob2020scale, title = {Frobnication at Scale}, shorthand = {Frob}, eprint = {2501.00003}, archivePrefix = {arXiv}}\n")
            .RunAsync();
}
