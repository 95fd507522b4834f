using System;
using CitationLint;

namespace ZerothOrder.Sample.Optimizers;

/// <summary>Zeroth-order steps on a chosen subset of parameters only.</summary>
/// <remarks>
/// Paper: Sparse MeZO — "sparse mezo: less parameters for better performance in zeroth-order LLM fine-tuning" (arXiv:2402.15751)
/// </remarks>
[Cites("Sparse MeZO", Url = "https://arxiv.org/abs/2305.17333")]
public sealed class SparseMeZo
{
    private readonly MeZoOptimizer inner = new();

    public void Step(double[] parameters, bool[] mask, Func<double[], double> loss, int seed)
    {
        var subset = new double[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            subset[i] = mask[i] ? parameters[i] : 0;
        }

        inner.Step(subset, loss, seed);
        for (var i = 0; i < parameters.Length; i++)
        {
            if (mask[i])
            {
                parameters[i] = subset[i];
            }
        }
    }
}
