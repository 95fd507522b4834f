using Microsoft.CodeAnalysis.Testing;
using CitationLint.Analyzers.Tests.Harness;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE006MismatchedIdentifierTests
{
    [Fact]
    public Task Identifier_pointing_to_another_paper()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                // Paper: MeZO ({|#0:https://arxiv.org/abs/2401.10774|})
                [Cites("Medusa", Url = [|"https://arxiv.org/abs/2305.17333"|])]
                class C
                {
                    /// <summary>See <see href="[|https://arxiv.org/pdf/2401.10774v2.pdf|]">MeZO</see>.</summary>
                    void M() { }

                    // MeZO: [|arXiv:2401.10774|]
                    void N() { }
                }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE006").WithLocation(0).WithMessage(
                    "'https://arxiv.org/abs/2401.10774' points to \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\", but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
            },
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Authors_or_year_that_do_not_fit_the_identified_paper()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: MeZO ({|#0:Smithson et al.|}, 2023), https://arxiv.org/abs/2305.17333
                // Paper: Fine-Tuning Language Models with Just Forward Passes (Malladi et al., {|#1:2016|})
                // Paper: MeZO (Malladi et al., 2024), https://arxiv.org/abs/2305.17333
                // Paper: MeZO (NeurIPS 2023)
                // @article{x, title={Fine-Tuning Language Models with Just Forward Passes}, author={{|#2:Smith, Jo and others|}}, eprint={2305.17333}}
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE006").WithLocation(0).WithMessage(
                    "'Smithson et al.' points to a paper by other authors (Malladi et al.), but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
                Diagnostic("CITE006").WithLocation(1).WithMessage(
                    "'2016' points to a paper of another year (2023), but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
                Diagnostic("CITE006").WithLocation(2).WithMessage(
                    "'Smith, Jo and others' points to a paper by other authors (Malladi et al.), but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
            },
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Attribute_authors_and_year_are_checked_against_the_paper()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites("MeZO", Authors = "Sadhika Malladi, Tianyu Gao", Year = 2023)]
                [Cites("MeZO", Authors = {|#0:"Smithson, J. and Doe, K."|})]
                [Cites("MeZO", Year = {|#1:2011|})]
                [Cites("MeZO", Authors = ",")]
                [Cites("MeZO", Authors = " et al")]
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE006").WithLocation(0).WithMessage(
                    "'Smithson, J. and Doe, K.' points to a paper by other authors (Malladi et al.), but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
                Diagnostic("CITE006").WithLocation(1).WithMessage(
                    "'2011' points to a paper of another year (2023), but the citation names \"Fine-Tuning Language Models with Just Forward Passes\""),
            },
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task A_name_followed_by_prose_next_to_another_paper_s_url()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Medusa heads ([|https://arxiv.org/abs/2305.17333|]) propose the next tokens.
                // MeZO: "Fine-Tuning Language Models with Just Forward Passes"
                // [|arXiv:2401.10774|]
                class C { }
                """,
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Identifier_pointing_to_no_paper()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: MeZO ([|https://arxiv.org/abs/2399.00001|])
                class C { }
                """,
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Matching_identifiers_in_every_spelling_are_fine()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // MeZO: https://arxiv.org/abs/2305.17333
                // MeZO: http://arxiv.org/abs/2305.17333v3
                // MeZO: arxiv.org/pdf/2305.17333.pdf
                // MeZO: https://arxiv.org/ftp/arxiv/papers/2305/2305.17333.pdf
                // MeZO: https://doi.org/10.48550/arXiv.2305.17333
                // MeZO: https://huggingface.co/papers/2305.17333
                /// <summary>[MeZO](https://arxiv.org/abs/2305.17333) and `MeZO <https://arxiv.org/abs/2305.17333>`_</summary>
                class C { }
                """,
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Fix_replaces_the_url_with_the_named_papers()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: MeZO ([|https://arxiv.org/abs/2401.10774|])
                class C { }
                """,
            FixedCode = """
                // Paper: MeZO (https://arxiv.org/abs/2305.17333)
                class C { }
                """,

            // The name says MeZO, the URL Medusa: nothing else says which is meant, so Fix All leaves it.
            NumberOfFixAllIterations = 1,
            BatchFixedState =
            {
                MarkupHandling = MarkupMode.Allow,
                Sources = { "// Paper: MeZO ([|https://arxiv.org/abs/2401.10774|])\nclass C { }" },
            },
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task A_name_and_its_exact_title_confirm_the_paper_and_fix_all_replaces_the_url()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" ([|https://arxiv.org/abs/2401.10774|])
                class C { }
                """,
            FixedCode = """
                // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
                class C { }
                """,
        }.Only("CITE006").RunAsync();

    [Fact]
    public Task Fix_replaces_the_url_in_an_attribute()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites("Medusa", Url = [|"https://arxiv.org/abs/2305.17333"|])]
                class C { }
                """,
            FixedCode = """
                using CitationLint;
                [Cites("Medusa", Url = "https://arxiv.org/abs/2401.10774")]
                class C { }
                """,
            NumberOfFixAllIterations = 1,
            BatchFixedState =
            {
                MarkupHandling = MarkupMode.Allow,
                Sources = { "using CitationLint;\n[Cites(\"Medusa\", Url = [|\"https://arxiv.org/abs/2305.17333\"|])]\nclass C { }" },
            },
        }.Only("CITE006").RunAsync();
}
