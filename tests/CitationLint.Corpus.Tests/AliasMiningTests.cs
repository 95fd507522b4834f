using Xunit.Abstractions;

namespace CitationLint.Corpus.Tests;

public sealed class AliasMiningTests
{
    private readonly ITestOutputHelper output;

    public AliasMiningTests(ITestOutputHelper output) => this.output = output;

    private static PaperCorpus Corpus => DefaultCorpus.Instance;

    [Theory]
    [InlineData("MeZO", "Fine-Tuning Language Models with Just Forward Passes")]
    [InlineData("Medusa", "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads")]
    [InlineData("Sparse MeZO", "Sparse MeZO: Less Parameters for Better Performance in Zeroth-Order LLM Fine-Tuning")]
    [InlineData("Graph Mamba", "Graph Mamba: Towards Learning on Graphs with State Space Models")]
    [InlineData("T3", "T3: Transparent Tracking & Triggering for Fine-grained Overlap of Compute & Collectives")]
    [InlineData("DPM-Solver++", "DPM-Solver++: Fast Solver for Guided Sampling of Diffusion Probabilistic Models")]
    public void Alias_belongs_to_exactly_one_paper(string alias, string title)
    {
        var owners = Corpus.Papers.Where(p => p.Aliases.Contains(alias)).ToList();
        var owner = Assert.Single(owners);
        Assert.Equal(title, owner.Title);
    }

    [Theory]
    [InlineData("LLMs")]
    [InlineData("LLM")]
    [InlineData("GNNs")]
    [InlineData("MPNNs")]
    [InlineData("ZO")]
    [InlineData("KV")]
    [InlineData("PEFT")]
    [InlineData("EF21")]
    public void Generic_acronyms_and_other_papers_methods_are_nobodys_alias(string name)
        => Assert.DoesNotContain(Corpus.Papers, p => p.Aliases.Contains(name));

    [Fact]
    public void Sparse_MeZO_and_MeZO_are_different_papers()
    {
        var mezo = Corpus.Index.Lookup("MeZO").Best!;
        var sparse = Corpus.Index.Lookup("Sparse MeZO").Best!;
        Assert.Equal("2305.17333", mezo.Paper.Key);
        Assert.Equal("2402.15751", sparse.Paper.Key);
        Assert.DoesNotContain("MeZO", sparse.Paper.Aliases);
    }

    [Theory]
    [InlineData("MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates", "MKOR")]
    [InlineData("Revisiting VerilogEval: Newer LLMs, In-Context Learning, and Specification-to-RTL Tasks", null)]
    [InlineData("Outline, Then Details: Syntactically Guided Coarse-To-Fine Code Generation", null)]
    [InlineData("LLM Inference Unveiled: Survey and Roofline Model Insights", null)]
    [InlineData("Privacy Preserving Prompt Engineering: A Survey", null)]
    [InlineData("Natural GaLore: Accelerating GaLore for memory-efficient LLM Training and Fine-tuning", "Natural GaLore")]
    [InlineData("The KoLMogorov Test: Compression by Code Generation", "KoLMogorov Test")]
    [InlineData("Predictable Compression Failures: Why Language Models Actually Hallucinate", null)]
    [InlineData("A Survey on Diffusion Language Models", null)]
    public void Title_prefix_is_a_name_or_a_phrase(string title, string? expected)
        => Assert.Equal(expected, AliasMiner.FromTitle(title));

    [Theory]
    [InlineData("In this work we study a modern form of error feedback called EF21 (Richtarik et al., 2021).", "")]
    [InlineData("We propose a memory-efficient zerothorder optimizer (MeZO), adapting the classical ZO-SGD method.", "MeZO")]
    [InlineData("We present Medusa, an efficient method that augments LLM inference by adding extra decoding heads.", "Medusa")]
    [InlineData("Large language models (LLMs) and graph neural networks (GNNs) are popular.", "")]
    [InlineData("Furthermore, we propose a novel calibration method called Calibration by Marginalization (CBM) that is orthogonal.", "CBM")]
    [InlineData("We introduce a Pointwise V-Information (PVI) based fine-tuning method.", "")]
    [InlineData("Baselines such as Medusa (Cai et al., 2024) and MeZO are compared.", "")]
    [InlineData("First, we propose a Normalized Policy Gradient method with Implicit Gradient Transport (N-PG-IGT) and derive a bound.", "N-PG-IGT")]
    [InlineData("We propose a model that works with Graph Neural Networks (GNNs) on molecules.", "")]
    [InlineData("In this work, we devise probabilistically rewired MPNNs (PR-MPNNs), which learn to add edges.", "PR-MPNNs")]
    [InlineData("Our proposed method, Diffusion Tree Sampling (DTS), is exact, and its greedy variant, Diffusion Tree Search (DTS^star), performs a search.", "DTS|DTS^star")]
    [InlineData("We refer the resulting Transformer model as the Ladder Transformer.", "Ladder Transformer")]
    [InlineData("Additionally, we extend LASP-2 to LASP-2H by applying a similar redesign.", "LASP-2H")]
    [InlineData("We extend the analysis to Transformers and beyond.", "")]
    [InlineData("We also collect a large-scale, multi-language commit message dataset MCMD and evaluate existing models.", "MCMD")]
    [InlineData("We evaluate on (2) Arxiv-QA, a novel academic paper QA task.", "Arxiv-QA")]
    [InlineData("At the heart of ZeCO lies All-Scan, a new collective communication primitive.", "")]
    [InlineData("We introduce a new class of GNNs, called Graph ViT/MLP-Mixer, that holds three key properties.", "Graph ViT/MLP-Mixer|Graph ViT|Graph MLP-Mixer")]
    [InlineData("It is not efficient and adopts an algorithm/architecture co-design.", "")]
    public void Abstract_names_only_the_papers_own_contribution(string abstractText, string expected)
        => Assert.Equal(expected, string.Join("|", AliasMiner.FromAbstract(abstractText)));

    /// <summary>Precision and recall of the miner against a sample labelled by hand (Fixtures/alias-labels.tsv).</summary>
    [Fact]
    public void Mining_precision_and_recall_on_the_hand_labelled_sample()
    {
        var (precision, recall, papers) = Measure("alias-labels.tsv");
        Assert.True(papers >= 40, "the labelled sample must hold at least 40 papers");
        Assert.True(precision >= 0.95, $"precision {precision:P1} fell below 95%");
        Assert.True(recall >= 0.75, $"recall {recall:P1} fell below 75%");
    }

    /// <summary>
    /// Every seed paper, labelled from its title and abstract (Fixtures/alias-labels-219.tsv, 256 names).
    /// Labels that are the paper's whole title are matched as titles and not counted (14 of 256).
    /// The issue's targets, precision 0.95 and recall 0.90, are the floors (measured 0.973 and 0.905, up
    /// from 0.98 / 0.57 before spelled-out forms, title phrases, numbered variants and the naming
    /// phrases of NamingPhrases.cs were mined).
    /// </summary>
    [Fact]
    public void Mining_precision_and_recall_on_every_seed_paper()
    {
        var (precision, recall, papers) = Measure("alias-labels-219.tsv");
        Assert.Equal(Corpus.Count, papers);
        Assert.True(precision >= 0.95, $"precision {precision:P1} fell below 95%");
        Assert.True(recall >= 0.90, $"recall {recall:P1} fell below 90%");
    }

    private static bool SameName(string a, string b)
    {
        var x = CorpusIndex.OtherForms(a).Append(a);
        var y = CorpusIndex.OtherForms(b).Append(b);
        return x.Intersect(y, StringComparer.Ordinal).Any();
    }

    /// <summary>
    /// What a user meets at a strong site (<c>// Paper: NAME</c>): a labelled name is known when the
    /// shipped corpora (seed and well-known together, as the analyzer loads them) resolve it to its paper
    /// exactly: as a mined name, one of its plural or hyphen forms, the title, or a title phrase (DESIGN
    /// 3a). Case variants and near misses do not count: they are diagnostics, not silence.
    /// </summary>
    [Fact]
    public void Labelled_names_are_known_at_a_strong_site_by_the_shipped_corpora()
    {
        var shipped = EmbeddedCorpora.Select(seed: true, wellKnown: true);
        int known = 0, expected = 0;
        foreach (var line in File.ReadLines(RepoPaths.Fixture("alias-labels-219.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            foreach (var name in fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                expected++;
                var best = shipped.Index.Lookup(name).Best;
                var ok = best is not null && best.Paper.Key == fields[0]
                    && best.Kind is MatchKind.Alias or MatchKind.Title or MatchKind.TitleVariant or MatchKind.TitlePhrase;
                if (ok)
                {
                    known++;
                }
                else
                {
                    output.WriteLine($"unknown  {fields[0]} '{name}' → {(best is null ? "nothing" : best.Paper.Key + " " + best.Kind)}");
                }
            }
        }

        var share = (double)known / expected;
        output.WriteLine($"labelled names known at a strong site: {share:P1} ({known}/{expected})");
        Assert.True(share >= 0.90, $"only {share:P1} of the labelled names are known at a strong site");
    }

    private (double Precision, double Recall, int Papers) Measure(string fixture)
    {
        int found = 0, correct = 0, mined = 0, expected = 0, papers = 0;
        foreach (var line in File.ReadLines(RepoPaths.Fixture(fixture)))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var paper = Corpus.FindByKey(fields[0]);
            Assert.True(paper is not null, "labelled paper " + fields[0] + " is not in the default corpus");
            papers++;
            // A label that is the paper's whole title ("Kronecker Attention Networks") is matched as the
            // title by the index; the miner does not repeat a title as a name, so it is not counted.
            var want = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !string.Equals(w, paper!.Title, StringComparison.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.Ordinal);
            // The index takes a name's plural and singular, and its hyphen and space forms, as one name
            // ("FlexMDMs"/"FlexMDM", "Sparse MeZO"/"Sparse-MeZO"); so does the count. Precision counts the
            // mined names that are a labelled one, recall the labelled names that were mined.
            var got = paper!.Aliases.ToHashSet(StringComparer.Ordinal);
            expected += want.Count;
            mined += got.Count;
            found += want.Count(w => got.Any(g => SameName(w, g)));
            correct += got.Count(g => want.Any(w => SameName(w, g)));
            foreach (var miss in want.Where(w => !got.Any(g => SameName(w, g))))
            {
                output.WriteLine($"missed   {paper.Key} '{miss}'");
            }

            foreach (var extra in got.Where(g => !want.Any(w => SameName(w, g))))
            {
                output.WriteLine($"spurious {paper.Key} '{extra}'");
            }
        }

        var precision = (double)correct / mined;
        var recall = (double)found / expected;
        output.WriteLine($"alias mining on {papers} labelled papers ({fixture}): precision {precision:P1} ({correct}/{mined}), recall {recall:P1} ({found}/{expected})");
        return (precision, recall, papers);
    }

}
