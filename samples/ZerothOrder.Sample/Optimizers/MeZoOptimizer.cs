using System;
using CitationLint;

namespace ZerothOrder.Sample.Optimizers;

/// <summary>
/// Zeroth-order SGD that estimates gradients from two forward passes, in place, as in
/// <see href="https://arxiv.org/abs/2305.17333">MeZO: Fine-Tuning Language Models with Just Forward Passes</see>.
/// </summary>
[Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]
public sealed class MeZoOptimizer
{
    private readonly double learningRate;
    private readonly double epsilon;

    public MeZoOptimizer(double learningRate = 1e-6, double epsilon = 1e-3)
    {
        this.learningRate = learningRate;
        this.epsilon = epsilon;
    }

    /// <summary>One step: perturb with a seeded direction, measure the loss twice, move along the estimate.</summary>
    /// <remarks>Paper: MeZo</remarks>
    public void Step(double[] parameters, Func<double[], double> loss, int seed)
    {
        Perturb(parameters, seed, epsilon);
        var plus = loss(parameters);
        Perturb(parameters, seed, -2 * epsilon);
        var minus = loss(parameters);
        Perturb(parameters, seed, epsilon);

        var projected = (plus - minus) / (2 * epsilon);
        Perturb(parameters, seed, -learningRate * projected);
    }

    // Only the seed is stored, never the direction: the memory of inference, as the paper says.
    private static void Perturb(double[] parameters, int seed, double scale)
    {
        var random = new Random(seed);
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] += scale * Gaussian(random);
        }
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
