using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE003NonCanonicalTitleTests
{
    private static Verifier V => Verifier.Create().Only("CITE003");

    [Fact]
    public async Task Title_written_differently_at_every_site()
    {
        var diagnostics = await V.VerifyAsync("""
            using CitationLint;
            // Paper: {|CITE003:fine-tuning language models with just forward passes|}
            [Cites({|CITE003:"Fine Tuning Language Models With Just Forward Passes"|})]
            class C
            {
                /// <summary>Implements <cite>{|CITE003:MEDUSA: simple LLM inference acceleration framework with multiple decoding heads|}</cite>.</summary>
                void M() { }

                // As in "{|CITE003:graph mamba - towards learning on graphs with state space models|}", we scan.
                void N() { }
            }
            """);
        Assert.Equal("'fine-tuning language models with just forward passes' is written differently from the paper's title \"Fine-Tuning Language Models with Just Forward Passes\"", diagnostics[0].GetMessage());
    }

    [Fact]
    public Task Exact_titles_are_canonical()
        => V.VerifyAsync("""
            // Paper: Fine-Tuning Language Models with Just Forward Passes
            // As in "Graph Mamba: Towards Learning on Graphs with State Space Models", we scan.
            class C { }
            """);

    [Fact]
    public Task Titles_split_across_doc_lines_and_with_entities_or_ligatures_are_read_whole()
        => V.VerifyAsync("""
            /// <summary>
            /// Paper: "Fine-Tuning Language Models with
            /// Just Forward Passes" (https://arxiv.org/abs/2305.17333)
            /// Cite: T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives
            /// Cite: "Fine-Tuning Language Models with Just Forward Passes"
            /// </summary>
            class C { }
            """.Replace("Fine-Tuning Language Models with Just Forward Passes\"\n", "Fine-Tuning Language Models with Just Forward Passes\"\n"));

    [Fact]
    public Task Fix_uses_the_canonical_title_in_a_comment()
        => V.VerifyFixAsync(
            """
            // Paper: {|CITE003:fine-tuning language models with just forward passes|} (arXiv:2305.17333)
            class C { }
            """,
            """
            // Paper: Fine-Tuning Language Models with Just Forward Passes (arXiv:2305.17333)
            class C { }
            """);

    [Fact]
    public Task Fix_escapes_the_title_for_xml_documentation()
        => V.VerifyFixAsync(
            """
            /// <summary><cite>{|CITE003:t3 - transparent tracking &amp; triggering for fine-grained overlap of compute &amp; collectives|}</cite></summary>
            class C { }
            """,
            """
            /// <summary><cite>T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives</cite></summary>
            class C { }
            """);

    [Fact]
    public async Task Fix_all_in_the_project_fixes_every_place()
    {
        var fixedText = await V.FixAllAsync("""
            using CitationLint;
            class C
            {
                [Cites("fine tuning language models with just forward passes")] void A() { }
                [Cites("fine tuning language models with just forward passes")] void A(int x) { }
            }
            """, FixAllScope.Project, "CITE003");
        Assert.Equal(2, fixedText.Split("\"Fine-Tuning Language Models with Just Forward Passes\"").Length - 1);
    }

    [Fact]
    public Task Fix_of_an_attribute_title_stays_a_string_literal()
        => V.VerifyFixAsync(
            """
            using CitationLint;
            [Cites("MeZO", Title = {|CITE003:"fine-tuning language models with just forward passes"|}, Url = "https://arxiv.org/abs/2305.17333")]
            class C { }
            """,
            """
            using CitationLint;
            [Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
            class C { }
            """);
}
