using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE002MisspelledReferenceTests
{
    private static Verifier V => Verifier.Create().Only("CITE002");

    [Fact]
    public async Task Misspelled_names_at_every_site()
    {
        var diagnostics = await V.VerifyAsync("""
            using CitationLint;
            // Paper: {|CITE002:MeZo|}
            [Cites({|CITE002:"Medsua"|})]
            class C
            {
                /// <summary>See <cite>{|CITE002:LightHGN|}</cite>.</summary>
                void M() { }

                // We follow TokenWaeve here (a near miss in prose is a mention) and {|CITE002:MeΖO|} there (a look-alike).
                void N() { }
            }
            """);
        Assert.Equal("'MeZo' is not a known paper; did you mean 'MeZO' (\"Fine-Tuning Language Models with Just Forward Passes\")?", diagnostics[0].GetMessage());
    }

    [Fact]
    public Task Misspelled_title_in_a_marker()
        => V.VerifyAsync("""
            // Paper: "{|CITE002:Fine Tuning Langauge Models With Just Forward Passes|}"
            class C { }
            """);

    [Fact]
    public Task Fix_replaces_the_name_in_a_comment()
        => V.VerifyFixAsync(
            """
            // Paper: {|CITE002:MeZo|}
            class C { }
            """,
            """
            // Paper: MeZO
            class C { }
            """);

    [Fact]
    public Task Fix_replaces_the_string_in_an_attribute()
        => V.VerifyFixAsync(
            """
            using CitationLint;
            [Cites({|CITE002:"Medsua"|})]
            class C { }
            """,
            """
            using CitationLint;
            [Cites("Medusa")]
            class C { }
            """);

    [Fact]
    public async Task Fix_all_fixes_every_confident_place_and_only_those()
    {
        var source = """
            // Paper: MeZo
            class A { }
            // Paper: MeZo
            class B { }
            /// <summary>See <cite>Medsua</cite>.</summary>
            class D { }
            """;
        var fixedText = await V.FixAllAsync(source, FixAllScope.Document, "CITE002");
        Assert.Equal("""
            // Paper: MeZO
            class A { }
            // Paper: MeZO
            class B { }
            /// <summary>See <cite>Medusa</cite>.</summary>
            class D { }
            """, fixedText);
    }

    [Fact]
    public Task Names_of_other_things_close_to_paper_names_stay_silent_in_free_text()
        => V.VerifyAsync("""
            // BiMap, KVCache, DPM-Solver, SpecDec, FedSAM, LightGCN and TokenRange are names of their own.
            // FedSAM: https://arxiv.org/abs/2206.02618
            class C { }
            """);

    [Fact]
    public Task Plain_words_and_code_acronyms_in_free_text_stay_silent()
        => V.VerifyAsync("""
            // This is greater than that; we pass the tide and medusa jellyfish. T3 is a type parameter.
            // TODO: HTTP JSON UTF8 SHA256 IPv4 OAuth2 are not papers. GetAll resets all.
            // The mezo-scale model uses TIDE as a flag.
            class C<T1, T2, T3> { }
            """);

    [Fact]
    public Task Free_text_can_be_switched_off()
        => Verifier.Create().Only("CITE002").WithOption("citationlint.free_text", "false").VerifyAsync("""
            // We follow DPM-Solver+ here.
            // Paper: {|CITE002:MeZo|}
            class C { }
            """);

    [Fact]
    public Task Suppressed_inline_and_with_pragma()
        => V.VerifyAsync("""
            // Paper: MeZo  // citationlint:ignore
            // citationlint:disable-next-line
            // Paper: Medsua
            #pragma warning disable CITE002
            // Paper: LightHGN
            #pragma warning restore CITE002
            // Paper: {|CITE002:MeZo|}
            class C { }
            """);

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.DocumentationMode.None)]
    [InlineData(Microsoft.CodeAnalysis.DocumentationMode.Parse)]
    [InlineData(Microsoft.CodeAnalysis.DocumentationMode.Diagnose)]
    public Task Cite_tags_are_found_whether_or_not_documentation_is_parsed(Microsoft.CodeAnalysis.DocumentationMode mode)
    {
        var v = V;
        v.DocumentationMode = mode;
        return v.VerifyAsync("""
            /// <summary>
            /// Implements <cite>{|CITE002:Medsua|}</cite>.
            /// </summary>
            class C { }
            """);
    }

    [Fact]
    public Task Suppressed_with_SuppressMessage_on_the_member()
        => V.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;
            class C
            {
                [SuppressMessage("Citations", "CITE002:Misspelled paper reference", Justification = "Quoted from a log")]
                void M()
                {
                    // Paper: MeZo
                }

                void N()
                {
                    // Paper: {|CITE002:MeZo|}
                }
            }
            """);
}
