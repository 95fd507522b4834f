using CitationLint.Analyzers.Tests.Harness;

namespace CitationLint.Analyzers.Tests.Rules;

public sealed class CITE005AmbiguousReferenceTests
{
    private const string Corpus = "key\ttitle\taliases\tarxiv\n"
        + "medusa-jelly\tMedusa: Routing Jellyfish Swarms with Graph Networks\tMedusa\t2501.00001\n";

    private static Verifier V => Verifier.Create().Only("CITE005").WithFile("refs.papers.tsv", Corpus);

    [Fact]
    public async Task A_name_two_papers_share_is_ambiguous()
    {
        var diagnostics = await V.VerifyAsync("""
            using CitationLint;
            // Paper: {|CITE005:Medusa|}
            [Cites({|CITE005:"Medusa"|})]
            class C { }
            """);
        Assert.Contains("Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", diagnostics[0].GetMessage());
        Assert.Contains("Medusa: Routing Jellyfish Swarms with Graph Networks", diagnostics[0].GetMessage());
    }

    [Fact]
    public Task An_identifier_or_title_next_to_the_name_resolves_it()
        => V.VerifyAsync("""
            using CitationLint;
            // Paper: Medusa (https://arxiv.org/abs/2401.10774)
            // Paper: Medusa "Medusa: Routing Jellyfish Swarms with Graph Networks"
            [Cites("Medusa", Title = "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads")]
            class C { }
            """);

    [Fact]
    public async Task One_action_per_candidate_and_none_is_applied_by_fix_all()
    {
        var actions = await V.ActionsAsync("""
            // Paper: {|CITE005:Medusa|}
            class C { }
            """, "CITE005");
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.NotEqual(CitationLint.CodeFixes.CitationCodeFixProvider.ConfidentKey, a.EquivalenceKey));
        Assert.Equal(new[] { "Cite \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\"", "Cite \"Medusa: Routing Jellyfish Swarms with Graph Networks\"" }, actions.Select(a => a.Title));
        var source = "// Paper: Medusa\nclass C { }\n";
        Assert.Equal(source, await V.FixAllAsync(source, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, "CITE005"));
    }

    [Fact]
    public Task Choosing_a_candidate_writes_its_citation()
        => V.VerifyFixAsync(
            """
            // Paper: {|CITE005:Medusa|}
            class C { }
            """,
            """
            // Paper: Medusa — "Medusa: Routing Jellyfish Swarms with Graph Networks" (https://arxiv.org/abs/2501.00001)
            class C { }
            """,
            actionIndex: 1);
}
