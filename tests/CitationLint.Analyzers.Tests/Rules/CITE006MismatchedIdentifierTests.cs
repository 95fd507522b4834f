using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE006MismatchedIdentifierTests
{
    private static Verifier V => Verifier.Create().Only("CITE006");

    [Fact]
    public async Task Identifier_pointing_to_another_paper()
    {
        var diagnostics = await V.VerifyAsync("""
            using CitationLint;
            // Paper: MeZO ({|CITE006:https://arxiv.org/abs/2401.10774|})
            [Cites("Medusa", Url = {|CITE006:"https://arxiv.org/abs/2305.17333"|})]
            class C
            {
                /// <summary>See <see href="{|CITE006:https://arxiv.org/pdf/2401.10774v2.pdf|}">MeZO</see>.</summary>
                void M() { }

                // MeZO: {|CITE006:arXiv:2401.10774|}
                void N() { }
            }
            """);
        Assert.Equal("'https://arxiv.org/abs/2401.10774' points to \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\", but the citation names \"Fine-Tuning Language Models with Just Forward Passes\"", diagnostics[0].GetMessage());
    }

    [Fact]
    public Task Identifier_pointing_to_no_paper()
        => V.VerifyAsync("""
            // Paper: MeZO ({|CITE006:https://arxiv.org/abs/2399.00001|})
            class C { }
            """);

    [Fact]
    public Task Matching_identifiers_in_every_spelling_are_fine()
        => V.VerifyAsync("""
            // MeZO: https://arxiv.org/abs/2305.17333
            // MeZO: http://arxiv.org/abs/2305.17333v3
            // MeZO: arxiv.org/pdf/2305.17333.pdf
            // MeZO: https://arxiv.org/ftp/arxiv/papers/2305/2305.17333.pdf
            // MeZO: https://doi.org/10.48550/arXiv.2305.17333
            // MeZO: https://huggingface.co/papers/2305.17333
            /// <summary>[MeZO](https://arxiv.org/abs/2305.17333) and `MeZO <https://arxiv.org/abs/2305.17333>`_</summary>
            class C { }
            """);

    [Fact]
    public Task Fix_replaces_the_url_with_the_named_papers()
        => V.VerifyFixAsync(
            """
            // Paper: MeZO ({|CITE006:https://arxiv.org/abs/2401.10774|})
            class C { }
            """,
            """
            // Paper: MeZO (https://arxiv.org/abs/2305.17333)
            class C { }
            """);

    [Fact]
    public Task Fix_replaces_the_url_in_an_attribute()
        => V.VerifyFixAsync(
            """
            using CitationLint;
            [Cites("Medusa", Url = {|CITE006:"https://arxiv.org/abs/2305.17333"|})]
            class C { }
            """,
            """
            using CitationLint;
            [Cites("Medusa", Url = "https://arxiv.org/abs/2401.10774")]
            class C { }
            """);
}
