using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE001UnknownReferenceTests
{
    private static Verifier V => Verifier.Create().Only("CITE001");

    [Fact]
    public Task Unknown_name_in_an_attribute()
        => V.VerifyAsync("""
            using CitationLint;
            [Cites({|CITE001:"Quaxitron"|})]
            class C { }
            """);

    [Fact]
    public Task Unknown_names_at_comment_markers_and_cite_tags()
        => V.VerifyAsync("""
            // Paper: {|CITE001:Quaxitron|}
            // cite: {|CITE001:FrobNet|}
            class C
            {
                /// <summary>Implements <cite>{|CITE001:Blorbify|}</cite>.</summary>
                void M() { }
            }
            """);

    [Fact]
    public Task Known_papers_are_not_unknown()
        => V.VerifyAsync("""
            using CitationLint;
            // Paper: MeZO
            [Cites("Medusa")]
            [Cites("Fine-Tuning Language Models with Just Forward Passes")]
            [Cites("2305.17333")]
            [Cites("https://arxiv.org/abs/2401.10774")]
            class C { }
            """);

    [Fact]
    public Task Weak_sites_never_give_CITE001()
        => V.VerifyAsync("""
            // Based on: Quaxitron
            // See the paper Quaxitron for details.
            // Reference: #1234
            class C { }
            """);

    [Fact]
    public Task Non_constant_attribute_arguments_are_skipped()
        => V.VerifyAsync("""
            using CitationLint;
            class C
            {
                static string Name() => "Quaxitron";
                const string Known = "MeZO";
                const string Unknown = "Quaxitron";
                [Cites(Unknown)] void A() { }
                [Cites(Known)] void B() { }
            }
            """.Replace("[Cites(Unknown)]", "[Cites({|CITE001:Unknown|})]"));

    [Fact]
    public Task Custom_attribute_names_from_options()
        => Verifier.Create().Only("CITE001").WithOption("citationlint.attribute_names", "Paper")
            .VerifyAsync("""
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class PaperAttribute : System.Attribute { public PaperAttribute(string name) { } }
                [Paper({|CITE001:"Quaxitron"|})]
                class C { }
                """);

    [Fact]
    public Task Custom_comment_markers_are_added_to_the_defaults_and_may_hold_spaces()
        => Verifier.Create().Only("CITE001").WithOption("citationlint.comment_markers", "Implements, Implemented from:")
            .VerifyAsync("""
                // Implements: {|CITE001:Quaxitron|}
                // Paper: {|CITE001:FrobNet|}
                // Implemented from: {|CITE001:Blorpformer|}
                // Implemented: Glimmernet
                class C { }
                """);
}
