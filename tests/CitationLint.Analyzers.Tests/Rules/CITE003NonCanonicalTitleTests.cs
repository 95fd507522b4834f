using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE003NonCanonicalTitleTests
{
    [Fact]
    public Task Title_written_differently_at_every_site()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                // Paper: {|#0:Fine-Tuning Language-Models with Just Forward Passes|}
                [Cites([|"Fine Tuning Language Models With Just Forward Passes"|])]
                class C
                {
                    /// <summary>Implements <cite>[|MEDUSA - simple LLM inference acceleration framework with multiple decoding heads|]</cite>.</summary>
                    void M() { }

                    // As in "[|graph mamba - towards learning on graphs with state space models|]", we scan.
                    void N() { }
                }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE003").WithLocation(0).WithArguments(
                    "Fine-Tuning Language-Models with Just Forward Passes",
                    "Fine-Tuning Language Models with Just Forward Passes"),
            },
        }.Only("CITE003").RunAsync();

    [Fact]
    public Task A_one_word_title_in_other_capitals_is_a_mention_in_prose()
        => new CSharpCitationVerifier
        {
            // "DINOv3" is a paper's whole title: in prose, one word in other capitals is a mention, not a citation.
            TestCode = """
                // The DinoV3 backbone stays frozen; Dinov3 features are cached.
                class C { }
                """,
        }.RunAsync();

    [Fact]
    public Task Exact_titles_are_canonical()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: Fine-Tuning Language Models with Just Forward Passes
                // As in "Graph Mamba: Towards Learning on Graphs with State Space Models", we scan.
                class C { }
                """,
        }.Only("CITE003").RunAsync();

    [Fact]
    public Task Titles_split_across_doc_lines_and_with_entities_or_ligatures_are_read_whole()
        => new CSharpCitationVerifier
        {
            TestCode = """
                /// <summary>
                /// Paper: "Fine-Tuning Language Models with
                /// Just Forward Passes" (https://arxiv.org/abs/2305.17333)
                /// Cite: T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives
                /// Cite: "Fine-Tuning Language Models with Just Forward Passes"
                /// </summary>
                class C { }
                """,
        }.Only("CITE003").RunAsync();

    [Fact]
    public Task Fix_uses_the_canonical_title_in_a_comment()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: [|Fine Tuning Language Models with Just Forward Passes|] (arXiv:2305.17333)
                class C { }
                """,
            FixedCode = """
                // Paper: Fine-Tuning Language Models with Just Forward Passes (arXiv:2305.17333)
                class C { }
                """,
        }.Only("CITE003").RunAsync();

    [Fact]
    public Task Fix_escapes_the_title_for_xml_documentation()
        => new CSharpCitationVerifier
        {
            TestCode = """
                /// <summary><cite>[|t3 - transparent tracking &amp; triggering for fine-grained overlap of compute &amp; collectives|]</cite></summary>
                class C { }
                """,
            FixedCode = """
                /// <summary><cite>T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives</cite></summary>
                class C { }
                """,
        }.Only("CITE003").RunAsync();

    /// <summary>Two documents of one project; Fix All starts from the confident action, as an IDE or dotnet format does.</summary>
    [Fact]
    public Task Fix_all_in_the_project_fixes_every_place()
        => new CSharpCitationVerifier
        {
            TestState =
            {
                Sources =
                {
                    """
                    using CitationLint;
                    class C
                    {
                        [Cites([|"fine tuning language models with just forward passes"|])] void A() { }
                        [Cites([|"fine tuning language models with just forward passes"|])] void A(int x) { }
                    }
                    """,
                    """
                    using CitationLint;
                    class D
                    {
                        [Cites([|"fine tuning language models with just forward passes"|])] void B() { }
                    }
                    """,
                },
            },
            CodeActionEquivalenceKey = CitationCodeFixProvider.ConfidentKey,
            FixedState =
            {
                Sources =
                {
                    """
                    using CitationLint;
                    class C
                    {
                        [Cites("Fine-Tuning Language Models with Just Forward Passes")] void A() { }
                        [Cites("Fine-Tuning Language Models with Just Forward Passes")] void A(int x) { }
                    }
                    """,
                    """
                    using CitationLint;
                    class D
                    {
                        [Cites("Fine-Tuning Language Models with Just Forward Passes")] void B() { }
                    }
                    """,
                },
            },
        }.Only("CITE003").RunAsync();

    [Fact]
    public Task Fix_of_an_attribute_title_stays_a_string_literal()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites("MeZO", Title = [|"Fine Tuning Language Models With Just Forward Passes"|], Url = "https://arxiv.org/abs/2305.17333")]
                class C { }
                """,
            FixedCode = """
                using CitationLint;
                [Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
                class C { }
                """,
        }.Only("CITE003").RunAsync();
}
