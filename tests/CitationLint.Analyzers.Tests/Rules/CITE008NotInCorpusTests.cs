using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE008NotInCorpusTests
{
    [Fact]
    public Task Unknown_paper_identifiers_and_cued_names_are_info()
        => new CSharpCitationVerifier
        {
            // Markup expects each diagnostic at the rule's severity, Info.
            TestCode = """
                // Based on {|#0:https://arxiv.org/abs/1609.09106|}.
                // Reference: [|HyperNetworks|]
                // This follows the paper "[|Adaptive Gradient Methods with Dynamic Bound of Learning Rate|]".
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE008").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("https://arxiv.org/abs/1609.09106"),
            },
        }.Only("CITE008").RunAsync();

    [Fact]
    public Task A_strong_site_with_only_an_unknown_arxiv_id_is_a_paper_outside_the_corpus()
        => new CSharpCitationVerifier
        {
            // DESIGN 3a.3: the citation carries its own identifier, so it is CITE008 (Info), not CITE001.
            TestCode = """
                // Paper: {|#0:arXiv:1609.09106|}
                /// <summary>Layers after <cite>{|#1:https://arxiv.org/abs/1609.09106|}</cite>.</summary>
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE008").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("arXiv:1609.09106"),
                Diagnostic("CITE008").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("https://arxiv.org/abs/1609.09106"),
            },
        }.RunAsync();

    [Fact]
    public Task Non_paper_references_stay_silent()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Ref: #1234
                // See: https://github.com/dotnet/roslyn/issues/1234
                // Based on: the expression above
                // Reference: docs/design.md
                // See https://learn.microsoft.com/dotnet/ for details.
                // As described in RFC 7231, a 204 has no body.
                // See: Microsoft Docs
                // Reference: ECMA-334 6th edition
                // Described in Lou, Caruana, and Gehrke.
                class C { }
                """,
        }.Only("CITE008").RunAsync();

    [Fact]
    public Task An_unquoted_title_after_a_cue_is_read_whole()
        => new CSharpCitationVerifier
        {
            TestCode = """
                /// <summary>
                /// It has been proposed in {|#0:AdaBound: Adaptive Gradient Methods with Dynamic Bound of Learning Rate|}.
                /// The L2 penalty follows changes proposed in [|Deep Learning with Dynamic Bounds on Step Sizes|], as proposed in that paper.
                /// </summary>
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE008").WithLocation(0).WithMessage("'AdaBound: Adaptive Gradient Methods with Dynamic Bound of Learning Rate' is not in the corpus"),
            },
        }.Only("CITE008").RunAsync();
}
