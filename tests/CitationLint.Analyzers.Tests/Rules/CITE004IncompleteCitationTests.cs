using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE004IncompleteCitationTests
{
    private static Verifier V => Verifier.Create().Only("CITE004");

    [Fact]
    public async Task Known_paper_cited_without_title_or_url()
    {
        var diagnostics = await V.VerifyAsync("""
            using CitationLint;
            // Paper: {|CITE004:MeZO|}
            [Cites({|CITE004:"Medusa"|})]
            class C
            {
                /// <summary>Implements <cite>{|CITE004:Graph Mamba|}</cite>.</summary>
                void M() { }
            }
            """);
        Assert.Equal("'MeZO' cites \"Fine-Tuning Language Models with Just Forward Passes\" without its title and URL", diagnostics[0].GetMessage());
        Assert.All(diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public Task Complete_citations_are_left_alone()
        => V.VerifyAsync("""
            using CitationLint;
            // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
            [Cites("Medusa", Title = "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", Url = "https://arxiv.org/abs/2401.10774")]
            class C { }
            """);

    [Fact]
    public Task Fix_inserts_the_canonical_comment_citation()
        => V.VerifyFixAsync(
            """
            // Paper: {|CITE004:MeZO|}
            class C { }
            """,
            """
            // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
            class C { }
            """);

    [Fact]
    public Task Fix_inserts_title_and_url_into_the_attribute()
        => V.VerifyFixAsync(
            """
            using CitationLint;
            [Cites({|CITE004:"MeZO"|})]
            class C { }
            """,
            """
            using CitationLint;
            [Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
            class C { }
            """);

    [Fact]
    public Task Fix_inserts_a_see_link_in_xml_documentation_with_the_title_escaped()
        => V.VerifyFixAsync(
            """
            /// <summary>Overlaps compute and collectives, as in <cite>{|CITE004:T3|}</cite>.</summary>
            class C { }
            """,
            """
            /// <summary>Overlaps compute and collectives, as in <cite><see href="https://arxiv.org/abs/2401.16677">T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives</see></cite>.</summary>
            class C { }
            """);

    [Fact]
    public Task Url_style_option_gives_paper_page_urls()
        => Verifier.Create().Only("CITE004").WithOption("citationlint.url_style", "huggingface").VerifyFixAsync(
            """
            // Paper: {|CITE004:MeZO|}
            class C { }
            """,
            """
            // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://huggingface.co/papers/2305.17333)
            class C { }
            """);

    [Fact]
    public Task An_identifier_alone_can_be_completed_with_its_title()
        => V.VerifyFixAsync(
            """
            // Implements {|CITE004:arXiv:2305.17333|} for the optimizer step.
            class C { }
            """,
            """
            // Implements MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333) for the optimizer step.
            class C { }
            """);

    [Fact]
    public Task A_self_closing_link_is_not_completed_inside_its_attribute()
        => V.VerifyAsync("""
            /// <summary>Follows <see href="https://arxiv.org/abs/2305.17333"/> closely.</summary>
            /// <remarks>Cite: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)</remarks>
            class C { }
            """);

    [Fact]
    public Task A_marker_after_an_opening_tag_is_a_marker()
        => V.VerifyAsync("""
            /// <summary>Cite: {|CITE004:Medusa|}</summary>
            class C { }
            """);

    [Fact]
    public Task Fix_adds_only_the_missing_arguments_and_keeps_the_others()
        => Verifier.Create().Only("CITE004").VerifyFixAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
            sealed class CitesAttribute : System.Attribute
            {
                public CitesAttribute(string reference) { }
                public string? Title { get; set; }
                public string? Url { get; set; }
                public string? Note { get; set; }
            }

            [Cites({|CITE004:"MeZO"|}, Note = "ZO-SGD step")]
            class C { }
            """,
            """
            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
            sealed class CitesAttribute : System.Attribute
            {
                public CitesAttribute(string reference) { }
                public string? Title { get; set; }
                public string? Url { get; set; }
                public string? Note { get; set; }
            }

            [Cites("MeZO", Note = "ZO-SGD step", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
            class C { }
            """);

    [Fact]
    public async Task A_custom_attribute_without_title_and_url_gets_no_fix_that_would_not_compile()
    {
        var actions = await Verifier.Create().WithOption("citationlint.attribute_names", "Paper").ActionsAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class PaperAttribute : System.Attribute { public PaperAttribute(string name) { } }
            [Paper({|CITE004:"MeZO"|})]
            class C { }
            """, "CITE004");
        Assert.Empty(actions);
    }
}
