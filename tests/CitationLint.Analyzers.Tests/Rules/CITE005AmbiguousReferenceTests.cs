using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE005AmbiguousReferenceTests
{
    private const string Corpus = "key\ttitle\taliases\tarxiv\n"
        + "medusa-jelly\tMedusa: Routing Jellyfish Swarms with Graph Networks\tMedusa\t2501.00001\n";

    private const string Ambiguous = """
        // Paper: {|CITE005:Medusa|}
        class C { }
        """;

    /// <summary>
    /// Fix All over diagnostics none of which is confident changes nothing, yet Roslyn's Fix All still
    /// offers an action (that changes nothing): one round, as the library counts it.
    /// </summary>
    private const int NoConfidentFix = 1;

    private static CSharpCitationVerifier Test(CSharpCitationVerifier test) => test.Only("CITE005").WithFile("refs.papers.tsv", Corpus);

    [Fact]
    public Task A_name_two_papers_share_is_ambiguous()
        => Test(new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                // Paper: {|#0:Medusa|}
                [Cites([|"Medusa"|])]
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE005").WithLocation(0).WithArguments(
                    "Medusa",
                    "\"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\" (arXiv:2401.10774); \"Medusa: Routing Jellyfish Swarms with Graph Networks\" (arXiv:2501.00001)"),
            },
        }).RunAsync();

    [Fact]
    public Task An_identifier_or_title_next_to_the_name_resolves_it()
        => Test(new CSharpCitationVerifier
        {
            TestCode = """
                using CitationLint;
                // Paper: Medusa (https://arxiv.org/abs/2401.10774)
                // Paper: Medusa "Medusa: Routing Jellyfish Swarms with Graph Networks"
                [Cites("Medusa", Title = "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads")]
                class C { }
                """,
        }).RunAsync();

    [Fact]
    public async Task One_action_per_candidate_and_none_is_applied_by_fix_all()
    {
        var actions = await Test(new CSharpCitationVerifier { TestCode = Ambiguous }).ActionsAsync();
        Assert.Equal(
            new[] { "Cite \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\"", "Cite \"Medusa: Routing Jellyfish Swarms with Graph Networks\"" },
            actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.NotEqual(CitationCodeFixProvider.ConfidentKey, a.EquivalenceKey));

        // One by one the first candidate is applied; Fix All, in document, project and solution, applies none.
        await Test(new CSharpCitationVerifier
        {
            TestCode = Ambiguous,
            FixedCode = """
                // Paper: "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads" (https://arxiv.org/abs/2401.10774)
                class C { }
                """,
            BatchFixedState = { MarkupHandling = MarkupMode.Allow, Sources = { Ambiguous } },
            NumberOfFixAllIterations = NoConfidentFix,
        }).RunAsync();
    }

    [Fact]
    public Task Choosing_a_candidate_writes_its_citation()
        => Test(new CSharpCitationVerifier
        {
            TestCode = Ambiguous,
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "CitationLint.Candidate.medusa-jelly",
            FixedCode = """
                // Paper: "Medusa: Routing Jellyfish Swarms with Graph Networks" (https://arxiv.org/abs/2501.00001)
                class C { }
                """,
            BatchFixedState = { MarkupHandling = MarkupMode.Allow, Sources = { Ambiguous } },
            NumberOfFixAllIterations = NoConfidentFix,
        }).RunAsync();
}
