namespace CitationLint.Corpus.Tests;

public sealed class VersionedNamesTests
{
    [Theory]
    [InlineData("MobileNetV2", "MobileNetV3")]
    [InlineData("ZO", "ZO2")]
    [InlineData("LASP", "LASP-2")]
    [InlineData("FlashAttention", "FlashAttention-2")]
    [InlineData("Llama 2", "Llama 3")]
    [InlineData("GPT-2", "GPT-3")]
    [InlineData("YOLOv3", "YOLOv10")]
    [InlineData("T5", "T3")]
    [InlineData("Medusa-1", "Medusa")]
    [InlineData("REINFORCE", "REINFORCE++")]
    [InlineData("DPM-Solver", "DPM-Solver++")]
    public void Names_that_differ_in_a_number_are_different_versions(string a, string b)
    {
        Assert.True(VersionedNames.DifferInVersion(a, b));
        Assert.True(VersionedNames.DifferInVersion(b, a));
    }

    [Theory]
    [InlineData("MeZo", "MeZO")]
    [InlineData("MobilenetV2", "MobileNetV2")]
    [InlineData("GPT-2", "GPT 2")]
    [InlineData("Medsua", "Medusa")]
    public void Names_with_the_same_numbers_may_be_near_misses(string a, string b)
        => Assert.False(VersionedNames.DifferInVersion(a, b));

    [Fact]
    public void The_index_never_offers_another_version_as_a_near_miss()
    {
        var corpus = new PaperCorpus(new[]
        {
            new Paper("1801.04381", "MobileNetV2: Inverted Residuals and Linear Bottlenecks", new[] { "MobileNetV2" }, "1801.04381"),
            new Paper("2307.08691", "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", new[] { "FlashAttention-2" }, "2307.08691"),
            new Paper("2502.07563", "LASP-2: Rethinking Sequence Parallelism for Linear Attention and Its Hybrid", new[] { "LASP-2" }, "2502.07563"),
        });
        foreach (var query in new[] { "MobileNetV3", "FlashAttention", "FlashAttention-3", "LASP", "LASP-3" })
        {
            var result = corpus.Index.Lookup(query);
            Assert.True(result.Best is null, query + " matched " + result.Best?.Matched);
        }

        Assert.Equal("MobileNetV2", corpus.Index.Lookup("MobilenetV2").Best!.Matched);
        Assert.Equal("FlashAttention-2", corpus.Index.Lookup("FlashAtention-2").Best!.Matched);
    }

    [Theory]
    [InlineData("Medsua", "Medusa")]
    [InlineData("LightHGN", "LightHGNN")]
    [InlineData("TokenWaeve", "TokenWeave")]
    [InlineData("medsua", "Medusa")]
    [InlineData("REINFROCE", "REINFORCE")]
    [InlineData("RpGHNN", "RpHGNN")]
    [InlineData("PR-MNPNs", "PR-MPNNs")] // a swap that a doubled capital hides when collapsed
    public void Slips_of_a_name_are_plausible_typos(string query, string alias)
        => Assert.True(TypoShape.IsPlausibleTypo(query, alias));

    [Theory]
    [InlineData("NAdam", "RAdam")]
    [InlineData("ReLU", "ReGLU")]
    [InlineData("DistServe", "FastServe")]
    [InlineData("LightGCN", "LightHGNN")]
    [InlineData("LLaDA", "LLaMA")]
    [InlineData("AlphaGo", "AlphaPO")]
    [InlineData("Jamba", "Mamba")]
    [InlineData("jamba", "Mamba")]
    [InlineData("Batch Renormalization", "Batch Normalization")]
    public void Another_capital_or_first_letter_is_another_name(string query, string alias)
        => Assert.False(TypoShape.IsPlausibleTypo(query, alias));

    [Theory]
    [InlineData("FlexMDM", "FlexMDMs")]
    [InlineData("FlexMDMs", "FlexMDM")]
    public void A_plural_and_its_singular_are_one_name(string query, string alias)
    {
        var corpus = new PaperCorpus(new[] { new Paper("2509.01025", "Any-Order Flexible Length Masked Diffusion", new[] { alias }, "2509.01025") });
        var best = corpus.Index.Lookup(query).Best!;
        Assert.Equal(MatchKind.Alias, best.Kind);
        Assert.Equal(1.0, best.Score);
    }
}
