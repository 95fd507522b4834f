using CitationLint;

namespace ZerothOrder.Sample.Decoding;

// The citation styles CitationLint reads, one per line. All are correct and silent, the list of bare
// names too (both papers are cited completely in this comment, so no completion is offered), but for
// the wrong year at the end.
//
// [1] T. Cai et al., "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads," arXiv:2401.10774, 2024.
// Cai, T., et al. (2024). Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads. https://arxiv.org/abs/2401.10774
// Sun, Ziteng, et al. "SpecTr: Fast Speculative Decoding via Optimal Transport." arXiv, 2023, https://arxiv.org/abs/2310.15141.
// Cites: Medusa, SpecTr
// See [Cai, Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads](https://arxiv.org/abs/2401.10774)
// .. _SpecTr: Fast Speculative Decoding via Optimal Transport: https://arxiv.org/abs/2310.15141
// @article{cai2024medusa,
//   title={Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads},
//   author={Cai, Tianle and others},
//   eprint={2401.10774},
//   year={2024}
// }
//
// Wrong: the year does not fit the paper the name and URL identify (CITE006).
// Paper: SpecTr (Sun et al., 2016), https://arxiv.org/abs/2310.15141
/// <summary>Verification of drafted tokens, in the styles above.</summary>
public static class CitationStyles
{
    /// <summary>
    /// Medusa: "Medusa: Simple LLM Inference Acceleration Framework
    /// with Multiple Decoding Heads" (https://arxiv.org/abs/2401.10774)
    /// </summary>
    public static bool Accept(int drafted, int verified) => drafted == verified;
}
