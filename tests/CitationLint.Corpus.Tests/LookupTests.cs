namespace CitationLint.Corpus.Tests;

public sealed class LookupTests
{
    private static CorpusIndex Index => DefaultCorpus.Instance.Index;

    [Theory]
    [InlineData("MeZo", "2305.17333", MatchKind.AliasVariant)]
    [InlineData("mezo", "2305.17333", MatchKind.AliasVariant)]
    [InlineData("MeΖO", "2305.17333", MatchKind.AliasVariant)] // Greek capital Zeta
    [InlineData("Medsua", "2401.10774", MatchKind.AliasNearMiss)]
    [InlineData("Medusa", "2401.10774", MatchKind.Alias)]
    [InlineData("LightHGN", "2402.04296", MatchKind.AliasNearMiss)]
    [InlineData("DPM-Solver+", "2211.01095", MatchKind.AliasNearMiss)]
    [InlineData("DPM–Solver++", "2211.01095", MatchKind.Alias)] // en dash
    [InlineData("Graph Mamba", "2402.08678", MatchKind.Alias)]
    [InlineData("fine-tuning language models with just forward pass", "2305.17333", MatchKind.TitleVariant)]
    [InlineData("Fine-Tuning Language Models with Just Forward Passes", "2305.17333", MatchKind.Title)]
    [InlineData("Fine Tuning Langauge Models With Just Forward Passes", "2305.17333", MatchKind.TitleNearMiss)]
    [InlineData("Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", "2401.10774", MatchKind.TitleNearMiss)]
    [InlineData("subgraph permutation equivariant networks", "2111.11840", MatchKind.TitleVariant)] // not a near miss of "Sub-graph …"
    [InlineData("Hidden Transfer", "2404.12022", MatchKind.Alias)]
    [InlineData("Self-adaptive Schema Scaffolding", "2507.04504", MatchKind.Alias)]
    [InlineData("2305.17333", "2305.17333", MatchKind.ArxivId)]
    [InlineData("arXiv:2305.17333v2", "2305.17333", MatchKind.ArxivId)]
    public void Best_candidate(string text, string key, MatchKind kind)
    {
        var best = Index.Lookup(text).Best;
        Assert.NotNull(best);
        Assert.Equal(key, best!.Paper.Key);
        Assert.Equal(kind, best.Kind);
        Assert.InRange(best.Score, CorpusIndex.NearMissThreshold, 1.0);
    }

    [Theory]
    [InlineData("Quaxitron")]
    [InlineData("FrobNet")]
    [InlineData("ResNet")]
    [InlineData("Attention Is All You Need")]
    [InlineData("the quick brown fox jumps over the lazy dog")]
    public void Made_up_or_foreign_names_get_no_candidate_above_the_threshold(string text)
        => Assert.DoesNotContain(Index.Lookup(text).Candidates, c => c.Score >= CorpusIndex.NearMissThreshold);

    [Fact]
    public void Candidates_are_ranked_best_first_and_deterministically()
    {
        var a = Index.Lookup("Speculative Decoding", 20);
        var b = Index.Lookup("Speculative Decoding", 20);
        Assert.Equal(a.Candidates.Select(c => c.Paper.Key), b.Candidates.Select(c => c.Paper.Key));
        for (var i = 1; i < a.Candidates.Count; i++)
        {
            Assert.True(a.Candidates[i - 1].Score >= a.Candidates[i].Score);
        }
    }

    [Fact]
    public void A_name_shared_by_two_papers_is_ambiguous()
    {
        var corpus = new PaperCorpus(new[]
        {
            new Paper("a", "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", new[] { "Medusa" }),
            new Paper("b", "Medusa: A Different Paper about Jellyfish Routing", new[] { "Medusa" }),
            new Paper("c", "Unrelated Work on Graphs", new[] { "UWG" }),
        });
        var result = corpus.Index.Lookup("Medusa");
        Assert.True(result.IsAmbiguous);
        Assert.Equal(2, result.TiedCount);
        Assert.Equal(new[] { "a", "b" }, result.Candidates.Take(2).Select(c => c.Paper.Key));
        Assert.False(corpus.Index.Lookup("UWG").IsAmbiguous);
    }

    [Fact]
    public void Empty_and_whitespace_text_has_no_candidates()
    {
        Assert.Empty(Index.Lookup("").Candidates);
        Assert.Empty(Index.Lookup("   \t ").Candidates);
        Assert.Empty(Index.Lookup("\u202E\u200B").Candidates);
    }

    [Fact]
    public void Very_long_text_is_looked_up_without_trouble()
    {
        var text = string.Concat(Enumerable.Repeat("forward passes language ", 20000));
        var result = Index.Lookup(text);
        Assert.True(result.Candidates.Count <= 10);
    }
}
