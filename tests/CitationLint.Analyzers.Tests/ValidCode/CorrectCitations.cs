// Copyright (c) 2023 Example Contributors. Licensed under the MIT License.
using System;
using CitationLint;

namespace Valid.Citations;

/// <summary>
/// Zeroth-order fine-tuning as in
/// <see href="https://arxiv.org/abs/2305.17333">MeZO: Fine-Tuning Language Models with Just Forward Passes</see>.
/// </summary>
[Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
public sealed class ZerothOrderTrainer
{
    // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
    [Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
    public void Step(double[] parameters) { }

    // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
    [Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
    public void Step(float[] parameters) { }

    /// <summary>
    /// Paper: "Fine-Tuning Language Models with
    /// Just Forward Passes" (arXiv:2305.17333)
    /// </summary>
    public void Split() { }

    /// <summary>Cite: Medusa — &quot;Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads&quot; (https://arxiv.org/abs/2401.10774)</summary>
    public void Entities() { }

    /// <summary>Cite: T3 — "T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives" (https://arxiv.org/abs/2401.16677)</summary>
    public void Ampersand() { }

    // Cite: “Fine-Tuning Language Models with Just Forward Passes” (https://arxiv.org/abs/2305.17333v3)
    public void CurlyQuotes() { }

    // Paper: "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/pdf/2305.17333v2.pdf)
    public void Ligature() { }

    /// <summary>See `MeZO <https://arxiv.org/abs/2305.17333>`_ and [Medusa](https://huggingface.co/papers/2401.10774).</summary>
    public void Markup() { }

    /// <summary>Implements <cite><see href="https://arxiv.org/abs/2402.08678">Graph Mamba: Towards Learning on Graphs with State Space Models</see></cite>.</summary>
    public void GraphMamba() { }

    // Based on Sparse MeZO, https://doi.org/10.48550/arXiv.2402.15751
    public void SparseMeZo() { }

    // DPM-Solver++: https://arxiv.org/abs/2211.01095
    public void Solver() { }

    /// <remarks>
    /// Based on T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives (https://arxiv.org/abs/2401.16677).
    /// </remarks>
    public void Overlap() { }
}
