using CitationLint.Analyzers.Tests.Harness;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE001UnknownReferenceTests
{
    [Fact]
    public Task Unknown_name_in_an_attribute()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                [Cites({|#0:"Quaxitron"|})]
                class C { }
                """,
            ExpectedDiagnostics = { Diagnostic("CITE001").WithLocation(0).WithArguments("Quaxitron", string.Empty) },
        }.Only("CITE001").RunAsync();

    [Fact]
    public Task Unknown_names_at_comment_markers_and_cite_tags()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: [|Quaxitron|]
                // cite: [|FrobNet|]
                class C
                {
                    /// <summary>Implements <cite>[|Blorbify|]</cite>.</summary>
                    void M() { }
                }
                """,
        }.Only("CITE001").RunAsync();

    [Fact]
    public Task A_near_miss_whose_authors_are_not_the_paper_s_is_another_paper()
        => new CSharpCitationVerifier
        {
            // "Medsua" alone is CITE002 (did you mean Medusa?); with authors who did not write Medusa it is not a slip of that name.
            TestCode = """
                // Paper: {|CITE001:Medsua|} (Smithson et al., 2024)
                class C { }
                """,
        }.Only("CITE001", "CITE002").RunAsync();

    [Fact]
    public Task A_title_with_commas_and_and_is_one_citation_not_a_list_of_unknown_names()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Cites: Listen, Attend and Spell (https://arxiv.org/abs/1508.01211)
                // Cites: Explaining and Harnessing Adversarial Examples
                // Cites: {|CITE001:Quaxitron|}, {|CITE001:FrobNet|}
                class C { }
                """,
        }.Only("CITE001", "CITE002").RunAsync();

    [Fact]
    public Task Known_papers_are_not_unknown()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                // Paper: MeZO
                [Cites("Medusa")]
                [Cites("Fine-Tuning Language Models with Just Forward Passes")]
                [Cites("2305.17333")]
                [Cites("https://arxiv.org/abs/2401.10774")]
                class C { }
                """,
        }.Only("CITE001").RunAsync();

    [Fact]
    public Task Weak_sites_never_give_CITE001()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Based on: Quaxitron
                // See the paper Quaxitron for details.
                // Reference: #1234
                class C { }
                """,
        }.Only("CITE001").RunAsync();

    [Fact]
    public Task Non_constant_attribute_arguments_are_skipped()
        => new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                class C
                {
                    static string Name() => "Quaxitron";
                    const string Known = "MeZO";
                    const string Unknown = "Quaxitron";
                    [Cites([|Unknown|])] void A() { }
                    [Cites(Known)] void B() { }
                }
                """,
        }.Only("CITE001").RunAsync();

    [Fact]
    public Task Custom_attribute_names_from_options()
        => new CSharpCitationVerifier
        {
            TestCode = """
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class PaperAttribute : System.Attribute { public PaperAttribute(string name) { } }
                [Paper([|"Quaxitron"|])]
                class C { }
                """,
        }.Only("CITE001").WithEditorConfig("citationlint.attribute_names = Paper").RunAsync();

    [Fact]
    public Task Custom_comment_markers_are_added_to_the_defaults_and_may_hold_spaces()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Implements: [|Quaxitron|]
                // Paper: [|FrobNet|]
                // Implemented from: [|Blorpformer|]
                // Implemented: Glimmernet
                class C { }
                """,
        }.Only("CITE001").WithEditorConfig("citationlint.comment_markers = Implements, Implemented from:").RunAsync();
}
