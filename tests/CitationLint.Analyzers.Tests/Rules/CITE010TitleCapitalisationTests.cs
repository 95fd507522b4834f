using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE010TitleCapitalisationTests
{
    [Fact]
    public Task Sentence_title_and_lower_case_are_info_and_name_capitals_stay_cite003()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: "{|#0:fine-tuning language models with just forward passes|}"
                // Based on '{|CITE010:Delving deep into rectifiers: Surpassing human-level performance on ImageNet classification|}'
                // Paper: "{|CITE003:sparse mezo: less parameters for better performance in zeroth-order llm fine-tuning|}"
                // Based on '{|CITE003:Delving Deep into Rectifiers: Surpassing Human-Level Performance on Imagenet Classification|}'
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE010").WithLocation(0).WithSeverity(DiagnosticSeverity.Info)
                    .WithArguments("fine-tuning language models with just forward passes", "Fine-Tuning Language Models with Just Forward Passes"),
            },
        }.Only("CITE002", "CITE003", "CITE010").RunAsync();

    [Fact]
    public Task Fix_writes_the_paper_s_title_and_fix_all_applies_it()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: "{|CITE010:fine-tuning language models with just forward passes|}"
                class A { }
                // Paper: "{|CITE010:FINE-TUNING LANGUAGE MODELS WITH JUST FORWARD PASSES|}"
                class B { }
                """,
            FixedCode = """
                // Paper: "Fine-Tuning Language Models with Just Forward Passes"
                class A { }
                // Paper: "Fine-Tuning Language Models with Just Forward Passes"
                class B { }
                """,
        }.Only("CITE010").RunAsync();

    /// <summary>From TorchSharp: a cue and the quoted title after it used to report the title twice.</summary>
    [Fact]
    public Task A_quoted_title_after_a_cue_is_reported_once()
        => new CSharpCitationVerifier
        {
            TestCode = """
                /// <summary>
                /// Fills the input Tensor with values according to the method described in '{|CITE010:Delving deep into rectifiers: Surpassing human-level performance on ImageNet classification|}'
                /// </summary>
                class C { }
                """,
        }.Only("CITE003", "CITE010").RunAsync();

    /// <summary>From TorchSharp's RAdam: the full stop inside the quotes (IEEE, MLA) is not part of the title.</summary>
    [Fact]
    public Task Punctuation_inside_the_closing_quote_is_not_part_of_the_title()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: "Fine-Tuning Language Models with Just Forward Passes." (https://arxiv.org/abs/2305.17333)
                // Paper: "Fine-Tuning Language Models with Just Forward Passes," ICML 2023, https://arxiv.org/abs/2305.17333
                // As described in "{|CITE010:fine-tuning language models with just forward passes|}."
                class C { }
                """,
        }.Only("CITE002", "CITE003", "CITE010").RunAsync();
}
