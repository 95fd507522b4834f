using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Benchmarks;

/// <summary>
/// A deterministic synthetic corpus: the real default corpus first, then generated papers that look
/// like arXiv ML papers (titles of 8–14 words over a Zipf-distributed vocabulary of real and made-up
/// words, method-name aliases, unique YYMM.NNNNN ids, authors). The generator is seeded and sequential,
/// so <c>Create(n)</c> is a prefix of <c>Create(m)</c> for n &lt; m, and every run gives the same papers.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Seed of the paper generator.</summary>
    public const int Seed = 20_240_521;

    /// <summary>The texts the lookup benchmarks ask for; generated aliases never equal one of them.</summary>
    public static readonly string[] ProbeTexts =
    {
        "MeZO",
        "Medsua",
        "fine-tuning language models with just forward pass",
        "Fine Tuning Langauge Models With Just Forward Passes",
        "Quaxitron",
    };

    // Real title words of ML papers, roughly most frequent first: they take the top Zipf ranks.
    private static readonly string[] RealWords =
    {
        "learning", "neural", "networks", "models", "deep", "language", "graph", "training", "large",
        "efficient", "data", "reinforcement", "generative", "diffusion", "transformers", "optimization",
        "robust", "representation", "adversarial", "inference", "attention", "self-supervised", "federated",
        "multi-task", "vision", "scalable", "fast", "adaptive", "bayesian", "stochastic", "gradient",
        "framework", "approach", "analysis", "method", "towards", "understanding", "improving", "benchmark",
        "dataset", "policy", "control", "generation", "detection", "segmentation", "classification",
        "prediction", "estimation", "decoding", "sampling", "contrastive", "unsupervised", "semi-supervised",
        "few-shot", "zero-shot", "in-context", "fine-tuning", "pre-training", "pretrained", "instruction",
        "alignment", "reasoning", "knowledge", "retrieval", "augmented", "memory", "sparse", "low-rank",
        "quantization", "pruning", "distillation", "compression", "acceleration", "parallel", "distributed",
        "hardware", "gpu", "kernel", "convolutional", "recurrent", "temporal", "spatial", "spatio-temporal",
        "multimodal", "cross-modal", "image", "video", "speech", "audio", "text", "code", "molecular",
        "protein", "physics-informed", "causal", "counterfactual", "fairness", "privacy", "differential",
        "uncertainty", "calibration", "out-of-distribution", "generalization", "domain", "adaptation",
        "transfer", "continual", "lifelong", "meta-learning", "hierarchical", "structured", "latent",
        "variational", "autoencoders", "energy-based", "flow", "normalizing", "score-based", "consistency",
        "embedding", "embeddings", "tokens", "tokenization", "vocabulary", "scaling", "laws", "emergent",
        "abilities", "agents", "planning", "world", "simulation", "environment", "exploration", "reward",
        "offline", "online", "bandits", "regret", "bounds", "theory", "theoretical", "provable",
        "convergence", "nonconvex", "convex", "minimax", "game", "equilibrium", "multi-agent", "cooperative",
        "communication", "message", "passing", "node", "edge", "link", "heterogeneous", "hypergraph",
        "geometric", "equivariant", "invariant", "symmetry", "manifold", "riemannian", "kernel-based",
        "gaussian", "processes", "mixture", "experts", "routing", "mixture-of-experts", "head", "heads",
        "layer", "layers", "depth", "width", "residual", "normalization", "activation", "initialization",
        "loss", "objective", "regularization", "implicit", "explicit", "bias", "variance", "noise",
        "label", "labels", "weak", "supervision", "active", "curriculum", "augmentation", "synthetic",
        "evaluation", "metrics", "interpretability", "explainability", "attribution", "probing", "mechanistic",
        "circuits", "features", "sparse-autoencoders", "steering", "editing", "unlearning", "safety",
        "jailbreak", "red-teaming", "watermarking", "detection-free", "hallucination", "factuality",
        "long-context", "context", "window", "position", "positional", "rotary", "linear", "quadratic",
        "complexity", "state-space", "selective", "recurrence", "convolution", "mamba", "hyena", "retention",
        "serving", "throughput", "latency", "speculative", "draft", "verification", "batching", "caching",
        "kv-cache", "offloading", "memory-efficient", "communication-efficient", "parameter-efficient",
        "adapters", "prompt", "prompting", "chain-of-thought", "tree", "search", "monte", "carlo",
        "zeroth-order", "first-order", "second-order", "forward", "backward", "pass", "backpropagation",
        "gradients", "hessian", "curvature", "preconditioning", "momentum", "adam", "learning-rate",
        "schedule", "warmup", "batch", "size", "precision", "mixed", "low-precision", "fp8", "integer",
        "recommendation", "ranking", "click-through", "user", "graphs", "knowledge-graph", "question",
        "answering", "summarization", "translation", "dialogue", "conversational", "open-domain",
        "medical", "clinical", "biomedical", "chemistry", "materials", "climate", "weather", "forecasting",
        "time", "series", "anomaly", "tabular", "point", "cloud", "3d", "scene", "rendering", "neural-radiance",
        "fields", "pose", "tracking", "object", "instance", "semantic", "panoptic", "depth-estimation",
        "super-resolution", "denoising", "inpainting", "editing-free", "text-to-image", "text-to-video",
        "controllable", "conditional", "unconditional", "guidance", "classifier-free", "score", "matching",
        "optimal", "transport", "wasserstein", "divergence", "entropy", "information", "mutual", "bottleneck",
        "compression-aware", "robustness", "certified", "verification-aware", "lipschitz", "smoothing",
        "randomized", "ensembles", "dropout", "uncertainty-aware", "conformal", "selective-prediction",
        "human", "feedback", "preference", "preferences", "direct", "rlhf", "ppo", "critic", "actor",
        "value", "function", "approximation", "model-based", "model-free", "imitation", "inverse",
        "demonstrations", "robot", "robotic", "manipulation", "navigation", "locomotion", "embodied",
        "multilingual", "low-resource", "cross-lingual", "code-switching", "program", "synthesis",
        "verification-guided", "theorem", "proving", "mathematical", "arithmetic", "symbolic", "neuro-symbolic",
        "logic", "rules", "constraints", "combinatorial", "routing-aware", "scheduling", "allocation",
        "decentralized", "asynchronous", "heterogeneity", "clients", "personalized", "personalization",
        "on-device", "edge-device", "mobile", "tiny", "microcontrollers", "energy", "carbon", "green",
    };

    private static readonly string[] FunctionWords =
    {
        "for", "with", "of", "the", "a", "via", "in", "and", "on", "to", "from", "under", "without", "using", "beyond", "through",
    };

    private static readonly string[] Syllables =
    {
        "ka", "lo", "mi", "ra", "ven", "tor", "qui", "zel", "dra", "pho", "nex", "ri", "ta", "spe", "cu", "lar", "vo", "xen",
        "bri", "do", "ful", "gra", "hex", "io", "jun", "kel", "mor", "nu", "ob", "pra", "que", "ros", "sil", "tri", "ul",
        "vex", "wen", "yar", "zo", "an", "er", "is", "on", "um", "ex", "al", "en", "ic", "or", "th", "sta", "ple", "mo",
    };

    private static readonly string[] WordEndings = { "", "", "", "ive", "ation", "ing", "al", "ic", "ous", "ity", "ment", "ized" };

    // Pieces of method names: real-looking first, then made-up syllable pairs are added at start-up.
    private static readonly string[] NamePieces =
    {
        "Spec", "Flow", "Net", "Former", "Qua", "Diff", "Gen", "Mix", "Fusion", "Coder", "Serve", "Lite", "Hyper",
        "Graph", "Meta", "Omni", "Uni", "Pro", "Nano", "Fast", "Deep", "Auto", "Sparse", "Quant", "Prompt", "Token",
        "Vision", "Mind", "Chain", "Star", "Echo", "Nova", "Zero", "Flash", "Turbo", "Light", "Swift", "Mesh", "Grid",
        "Tensor", "Kernel", "Lattice", "Sage", "Oracle", "Pilot", "Scout", "Forge", "Bridge", "Atlas", "Orbit", "Pulse",
        "Vox", "Lens", "Scope", "Path", "Route", "Hop", "Walk", "Cast", "Draft", "Verify", "Tune", "Align", "Reward",
        "Policy", "Agent", "Plan", "World", "Sim", "Dream", "Dyna", "Hydra", "Medi", "Chem", "Mol", "Bio", "Geo",
        "Clim", "Cast", "Seq", "Trans", "Conv", "Attn", "Mem", "Cache", "Store", "Batch", "Stream", "Edge", "Cloud",
        "Byte", "Bit", "Loop", "Step", "Jump", "Skip", "Dense", "Deep", "Wide", "Long", "Short", "Tiny", "Giga",
    };

    private static readonly string[] FirstNames =
    {
        "Wei", "Yang", "Li", "Jing", "Hao", "Xin", "Yu", "Chen", "Ming", "Lei", "Anna", "Maria", "David", "Michael",
        "Sarah", "John", "James", "Emily", "Daniel", "Laura", "Ahmed", "Fatima", "Omar", "Priya", "Rahul", "Arjun",
        "Ananya", "Sofia", "Lucas", "Mateo", "Elena", "Ivan", "Olga", "Dmitri", "Yuki", "Hiroshi", "Takumi", "Min-jun",
        "Seo-yeon", "Ji-woo", "Thomas", "Julia", "Felix", "Lena", "Pierre", "Camille", "Giulia", "Marco", "Noah",
        "Olivia", "Liam", "Emma", "Tianyu", "Zirui", "Sadhika", "Danqi", "Tri", "Percy", "Chelsea", "Sergey",
    };

    private static readonly string[] LastNames =
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo", "Kim", "Lee", "Park", "Choi", "Jung", "Tanaka", "Suzuki", "Sato", "Singh",
        "Kumar", "Sharma", "Patel", "Gupta", "Smith", "Johnson", "Brown", "Miller", "Davis", "Garcia", "Martinez",
        "Rodriguez", "Hernandez", "Lopez", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Rossi", "Russo",
        "Ferrari", "Dubois", "Martin", "Bernard", "Ivanov", "Petrov", "Smirnov", "Nguyen", "Tran", "Pham", "Cohen",
        "Levy", "Khan", "Ali", "Hassan", "Silva", "Santos", "Oliveira", "Costa", "Andersen", "Nielsen", "Larsen",
        "Novak", "Kowalski", "Nowak", "Horvath", "Papadopoulos", "Yilmaz", "Kaya", "Demir",
    };

    private static readonly string[] Vocabulary = BuildVocabulary();
    private static readonly double[] VocabularyCdf = BuildZipfCdf(Vocabulary.Length);
    private static readonly string[] AllNamePieces = BuildNamePieces();

    /// <summary>Number of distinct title words the generator draws from.</summary>
    public static int VocabularySize => Vocabulary.Length;

    /// <summary>
    /// <paramref name="count"/> papers: the first <paramref name="count"/> real ones when the default
    /// corpus has that many, else all real ones followed by generated ones.
    /// </summary>
    public static IReadOnlyList<Paper> Create(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        // The shipped corpora (seed + well-known) first, then synthetic papers up to the count.
        var real = EmbeddedCorpora.Select(seed: true, wellKnown: true).Papers;
        var papers = new List<Paper>(count);
        for (var i = 0; i < real.Count && papers.Count < count; i++)
        {
            papers.Add(real[i]);
        }

        if (papers.Count == count)
        {
            return papers;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var takenAliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in real)
        {
            keys.Add(p.Key);
            if (p.ArxivId is not null)
            {
                ids.Add(p.ArxivId);
            }

            foreach (var a in p.Aliases)
            {
                takenAliases.Add(TextNormalizer.FoldForComparison(a));
            }
        }

        foreach (var probe in ProbeTexts)
        {
            takenAliases.Add(TextNormalizer.FoldForComparison(probe));
        }

        var random = new Random(Seed);
        while (papers.Count < count)
        {
            papers.Add(NextPaper(random, ids, keys, takenAliases));
        }

        return papers;
    }

    private static Paper NextPaper(Random random, HashSet<string> ids, HashSet<string> keys, HashSet<string> takenAliases)
    {
        // arXiv-like id, unique: YYMM.NNNNN (the five-digit form arXiv uses since 2015).
        string id;
        int year;
        do
        {
            year = 2015 + random.Next(11);
            var month = 1 + random.Next(12);
            var number = 1 + random.Next(29_999);
            id = string.Format(CultureInfo.InvariantCulture, "{0:00}{1:00}.{2:00000}", year % 100, month, number);
        }
        while (!ids.Add(id) || !keys.Add(id));

        // 0–2 aliases: 40% none, 45% one, 15% two.
        var roll = random.NextDouble();
        var aliasCount = roll < 0.40 ? 0 : roll < 0.85 ? 1 : 2;
        var aliases = new List<string>(aliasCount);
        for (var i = 0; i < aliasCount; i++)
        {
            aliases.Add(NextAlias(random, takenAliases));
        }

        var title = NextTitle(random, aliases.Count > 0 && random.NextDouble() < 0.6 ? aliases[0] : null);

        var authorCount = 1 + random.Next(8);
        var authors = new List<string>(authorCount);
        for (var i = 0; i < authorCount; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var name = random.NextDouble() < 0.3
                ? first + " " + (char)('A' + random.Next(26)) + ". " + last
                : first + " " + last;
            if (!authors.Contains(name))
            {
                authors.Add(name);
            }
        }

        IReadOnlyList<string>? code = null;
        if (random.NextDouble() < 0.25)
        {
            var repo = aliases.Count > 0 ? aliases[0].Replace(' ', '-') : "code-" + id.Replace('.', '-');
            code = new[] { "https://github.com/" + authors[0].Substring(authors[0].LastIndexOf(' ') + 1).ToLowerInvariant() + "/" + repo };
        }

        return new Paper(id, title, aliases, id, "https://arxiv.org/abs/" + id, 2000 + (year % 100), authors, code);
    }

    private static string NextTitle(Random random, string? namePrefix)
    {
        var target = 8 + random.Next(7); // 8–14 words
        var titleCase = random.NextDouble() < 0.6;
        var words = new List<string>(target);
        var content = new HashSet<string>(StringComparer.Ordinal);
        var previousWasFunction = true;
        while (words.Count < target)
        {
            if (!previousWasFunction && words.Count < target - 1 && random.NextDouble() < 0.25)
            {
                words.Add(FunctionWords[random.Next(FunctionWords.Length)]);
                previousWasFunction = true;
                continue;
            }

            var w = Vocabulary[SampleRank(random)];
            if (!content.Add(w))
            {
                continue;
            }

            words.Add(titleCase || words.Count == 0 ? Capitalize(w) : w);
            previousWasFunction = false;
        }

        var sb = new StringBuilder();
        if (namePrefix is not null)
        {
            sb.Append(namePrefix).Append(": ");
        }

        sb.Append(string.Join(" ", words));
        return sb.ToString();
    }

    private static string NextAlias(Random random, HashSet<string> takenAliases)
    {
        while (true)
        {
            var alias = random.Next(100) switch
            {
                // CamelCase of two pieces, sometimes with a digit or "++": SpecFlow, QuaNet3.
                < 45 => Piece(random) + Piece(random) + Suffix(random),
                // Acronym with an optional digit: HGDR, GPT4.
                < 70 => Acronym(random, 3 + random.Next(3)) + (random.NextDouble() < 0.3 ? Digit(random) : string.Empty),
                // A short piece followed by capitals, as in MeZO: KaRX, VoLT.
                < 82 => Piece(random).Substring(0, 2) + Acronym(random, 1 + random.Next(3)),
                // Acronym, dash, piece: DPM-Solver, S-GCN.
                < 95 => Acronym(random, 1 + random.Next(3)) + "-" + Piece(random) + (random.NextDouble() < 0.2 ? Piece(random) : string.Empty),
                // Two words: Graph Mamba.
                _ => Capitalize(RealWords[random.Next(RealWords.Length)].Split('-')[0]) + " " + Piece(random),
            };

            if (takenAliases.Add(TextNormalizer.FoldForComparison(alias)))
            {
                return alias;
            }
        }
    }

    private static string Piece(Random random) => AllNamePieces[random.Next(AllNamePieces.Length)];

    private static string Suffix(Random random)
    {
        var r = random.Next(100);
        return r < 25 ? Digit(random) : r < 28 ? "++" : string.Empty;
    }

    private static string Digit(Random random) => ((char)('0' + random.Next(10))).ToString();

    private static string Acronym(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('A' + random.Next(26));
        }

        return new string(chars);
    }

    private static int SampleRank(Random random)
    {
        var u = random.NextDouble();
        var at = Array.BinarySearch(VocabularyCdf, u);
        if (at < 0)
        {
            at = ~at;
        }

        return Math.Min(at, VocabularyCdf.Length - 1);
    }

    private static string Capitalize(string w)
        => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1);

    private static string[] BuildVocabulary()
    {
        // The real words take the top ranks; ~2,700 made-up words (a separate fixed seed) fill the tail.
        var random = new Random(7);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var w in RealWords)
        {
            if (seen.Add(w))
            {
                words.Add(w);
            }
        }

        while (words.Count < 3_000)
        {
            var syllables = 2 + random.Next(3);
            var sb = new StringBuilder();
            for (var i = 0; i < syllables; i++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            sb.Append(WordEndings[random.Next(WordEndings.Length)]);
            var w = sb.ToString();
            if (w.Length >= 4 && seen.Add(w))
            {
                words.Add(w);
            }
        }

        return words.ToArray();
    }

    private static double[] BuildZipfCdf(int n)
    {
        // Zipf–Mandelbrot weights 1 / (rank + 5): the top word lands in about a fifth of the titles.
        var cdf = new double[n];
        var sum = 0.0;
        for (var r = 0; r < n; r++)
        {
            sum += 1.0 / (r + 1 + 5);
            cdf[r] = sum;
        }

        for (var r = 0; r < n; r++)
        {
            cdf[r] /= sum;
        }

        return cdf;
    }

    private static string[] BuildNamePieces()
    {
        var random = new Random(11);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pieces = new List<string>();
        foreach (var p in NamePieces)
        {
            if (seen.Add(p))
            {
                pieces.Add(p);
            }
        }

        // Made-up pieces such as "Velo", "Quor": two syllables, capitalised.
        while (pieces.Count < 400)
        {
            var p = Capitalize(Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)]);
            if (p.Length >= 3 && seen.Add(p))
            {
                pieces.Add(p);
            }
        }

        return pieces.ToArray();
    }
}
