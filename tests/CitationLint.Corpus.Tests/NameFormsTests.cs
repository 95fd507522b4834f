namespace CitationLint.Corpus.Tests;

/// <summary>The other forms of a paper's own names, and title phrases, one heuristic at a time.</summary>
public sealed class NameFormsTests
{
    [Theory]
    [InlineData("Accelerating Diffusion LLMs via Adaptive Parallel Decoding", "In this paper, we propose Adaptive Parallel Decoding (APD), a method that samples tokens in parallel.", "APD|Adaptive Parallel Decoding")]
    [InlineData("Sampling Is All You Need on Modeling Long-Term User Behaviors", "In this paper, we propose SDIM (Sampling-based Deep Interest Modeling), a simple method.", "SDIM|Sampling-based Deep Interest Modeling")]
    [InlineData("Fine-Tuning Language Models with Just Forward Passes", "We propose a memory-efficient zeroth-order optimizer (MeZO), adapting ZO-SGD to operate in place.", "MeZO")]
    [InlineData("Break the Sequential Dependency of LLM Inference Using Lookahead Decoding", "In this paper, we introduce Lookahead decoding, an exact, parallel decoding algorithm.", "Lookahead Decoding")]
    [InlineData("Improving Progressive Generation with Decomposable Flow Matching", "Our contribution, Decomposable Flow Matching (DFM), is a simple and effective framework.", "DFM|Decomposable Flow Matching")]
    [InlineData("Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", "We present Medusa, an efficient method. We provide two levels of fine-tuning: Medusa-1 and Medusa-2.", "Medusa|Medusa-1|Medusa-2")]
    [InlineData("Pard: Permutation-Invariant Autoregressive Diffusion for Graph Generation", "We introduce PARD, a Permutation-invariant Auto Regressive Diffusion model that integrates both.", "Pard|PARD|Permutation-invariant Auto Regressive Diffusion")]
    [InlineData("Beyond First-Order Tweedie: Solving Inverse Problems using Latent Diffusion", "This paper introduces Second-order Tweedie sampler from Surrogate Loss (STSL), a novel sampler.", "STSL|Second-order Tweedie sampler from Surrogate Loss")]
    [InlineData("Parallel Decoding via Hidden Transfer for Lossless Large Language Model Acceleration", "In this paper, we propose a novel parallel decoding approach, namely hidden transfer, which decodes tokens.", "Hidden Transfer")]
    [InlineData("Pushing the Limits of Large Language Model Quantization via the Linearity Theorem", "In this paper, we present a \"linearity theorem\" establishing a direct relationship.", "Linearity Theorem")]
    [InlineData("LoPA: Scaling dLLM Inference via Lookahead Parallel Decoding", "Then, we introduce Lookahead PArallel Decoding LoPA, a training-free algorithm.", "LoPA|Lookahead Parallel Decoding")]
    [InlineData("I-MPN: Inductive Message Passing Network for Efficient Annotation", "Our approach integrates an object detector with a spatial relation-aware inductive message-passing network (I-MPN), harnessing profiles.", "I-MPN|Inductive Message Passing Network")]
    [InlineData("Unveiling the Potential of Diffusion Large Language Model in Controllable Generation", "To address these limitations, we propose Self-adaptive Schema Scaffolding (S^3), a novel framework.", "S^3|Self-adaptive Schema Scaffolding")]
    [InlineData("Enhancing Graph Representations with Neighborhood-Contextualized Message-Passing", "This serves as the foundation for the proposed neighborhood-contextualized message-passing (NCMP) framework.", "NCMP|Neighborhood-Contextualized Message-Passing")]
    [InlineData("Parallel Speculative Decoding with Adaptive Draft Length", "We propose a general framework, namely Parallel spEculative decoding with Adaptive dRaft Length (PEARL).", "PEARL")]
    public void A_paper_s_own_names_in_all_their_forms(string title, string abstractText, string expected)
        => Assert.Equal(expected, string.Join("|", AliasMiner.Mine(title, abstractText)));

    [Theory]
    [InlineData("Data-Centric and Heterogeneity-Adaptive Sequence Parallelism for Efficient LLM Training", "We propose a heterogeneity-adaptive sequence parallelism method that balances work.")]
    [InlineData("Kronecker Attention Networks", "We develop Kronecker attention operators (KAOs) that operate on high-order tensor data directly.")]
    [InlineData("Graph Neural Networks for Graphs", "We propose graph neural networks, a family of models.")]
    public void Descriptions_and_prefixes_of_a_longer_name_are_not_names(string title, string abstractText)
        => Assert.DoesNotContain(AliasMiner.Mine(title, abstractText), a => a.Contains(' ', StringComparison.Ordinal));

    [Fact]
    public void A_title_phrase_names_one_paper_only_when_distinctive()
    {
        var corpus = new PaperCorpus(new[]
        {
            new Paper("2001.04438", "The Two-Pass Softmax Algorithm", arxivId: "2001.04438"),
            new Paper("a", "Parallel Decoding for Language Models"),
            new Paper("b", "Faster Parallel Decoding of Language Models"),
            new Paper("c", "Language Models Are Few-Shot Learners"),
            new Paper("d", "Scaling Language Models"),
            new Paper("e", "Language Models as Knowledge Bases"),
            new Paper("f", "Small Language Models"),
        });
        Assert.Equal(MatchKind.TitlePhrase, corpus.Index.Lookup("Two-Pass Softmax").Best!.Kind);
        Assert.Equal(MatchKind.TitlePhrase, corpus.Index.Lookup("two pass softmax").Best!.Kind);
        Assert.DoesNotContain(corpus.Index.Lookup("Softmax").Candidates, c => c.Kind == MatchKind.TitlePhrase);      // one word: an alias's job
        Assert.DoesNotContain(corpus.Index.Lookup("The Two-Pass").Candidates, c => c.Kind == MatchKind.TitlePhrase); // starts with a function word
        Assert.DoesNotContain(corpus.Index.Lookup("Parallel Decoding").Candidates, c => c.Kind == MatchKind.TitlePhrase); // two titles
        Assert.DoesNotContain(corpus.Index.Lookup("Language Models").Candidates, c => c.Kind == MatchKind.TitlePhrase);   // common words
    }
}
