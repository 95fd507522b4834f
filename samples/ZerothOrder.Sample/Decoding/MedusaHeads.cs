using System.Collections.Generic;
using CitationLint;

namespace ZerothOrder.Sample.Decoding;

// Paper: Medusa
/// <summary>
/// Extra decoding heads that each guess one more token ahead; candidates are verified in one pass,
/// following <cite>Medsua</cite>.
/// </summary>
public sealed class MedusaHeads
{
    private readonly int heads;

    public MedusaHeads(int heads) => this.heads = heads;

    /// <summary>Guesses from every head, best first.</summary>
    public IReadOnlyList<int> Propose(IReadOnlyList<float[]> logitsPerHead)
    {
        var proposal = new List<int>(heads);
        for (var h = 0; h < heads && h < logitsPerHead.Count; h++)
        {
            proposal.Add(ArgMax(logitsPerHead[h]));
        }

        return proposal;
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}

/// <summary>Tiled attention that never materialises the score matrix.</summary>
[Cites("FlashAttention")]
[Cites("Mixture-of-Depths")]
public static class TiledAttention
{
    // Reference: https://arxiv.org/abs/1609.09106
    public static float Score(float[] q, float[] k)
    {
        var s = 0f;
        for (var i = 0; i < q.Length; i++)
        {
            s += q[i] * k[i];
        }

        return s;
    }
}
