using CitationLint;

namespace ZerothOrder.Sample.Graphs;

/// <summary>A selective state-space layer over an ordering of graph nodes.</summary>
/// <remarks>
/// Cite: "Graph Mamba - towards learning on graphs with state space models"
/// Based on T3: Transparent Tracking &amp; Triggering for Fine-grained Overlap of Compute &amp; Collectives (https://arxiv.org/abs/2401.16677).
/// </remarks>
[Cites("Graph Mamba", Title = "Graph Mamba: Towards Learning on Graphs with State Space Models", Url = "https://arxiv.org/abs/2402.08678")]
public sealed class GraphMambaLayer
{
    // Traps that must stay quiet: T3 is a type parameter below, "greater" and "pass" are words,
    // tensor shapes look like [1], copyright years like 2023, and GetAll() resets all nodes.
    public T3 Pass<T3>(T3 state) where T3 : class => state;

    /// <summary>Returns the greater of the two scores; see <see cref="Pass{T3}"/>.</summary>
    public static double Greater(double a, double b) => a > b ? a : b;
}
