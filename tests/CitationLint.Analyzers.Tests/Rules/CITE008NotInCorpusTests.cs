using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE008NotInCorpusTests
{
    private static Verifier V => Verifier.Create().Only("CITE008");

    [Fact]
    public async Task Unknown_paper_identifiers_and_cued_names_are_info()
    {
        var diagnostics = await V.VerifyAsync("""
            // Based on {|CITE008:https://arxiv.org/abs/1609.09106|}.
            // Reference: {|CITE008:HyperNetworks|}
            // This follows the paper "{|CITE008:Adaptive Gradient Methods with Dynamic Bound of Learning Rate|}".
            class C { }
            """);
        Assert.All(diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public Task Non_paper_references_stay_silent()
        => V.VerifyAsync("""
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
            """);

    [Fact]
    public async Task An_unquoted_title_after_a_cue_is_read_whole()
    {
        var diagnostics = await V.VerifyAsync("""
            /// <summary>
            /// It has been proposed in {|CITE008:AdaBound: Adaptive Gradient Methods with Dynamic Bound of Learning Rate|}.
            /// The L2 penalty follows {|CITE008:Deep Learning with Dynamic Bounds on Step Sizes|}, as proposed in that paper.
            /// </summary>
            class C { }
            """.Replace("follows {|CITE008:Deep Learning with Dynamic Bounds on Step Sizes|}", "follows changes proposed in {|CITE008:Deep Learning with Dynamic Bounds on Step Sizes|}"));
        Assert.Equal("'AdaBound: Adaptive Gradient Methods with Dynamic Bound of Learning Rate' is not in the corpus", diagnostics[0].GetMessage());
    }
}
