using System;

namespace Valid.OtherDomains;

/// <summary>
/// Kalman filter following R. E. Kalman, "A New Approach to Linear Filtering and Prediction Problems" (1960).
/// See also https://en.wikipedia.org/wiki/Kalman_filter.
/// </summary>
public sealed class KalmanFilter
{
    // Joseph form for numerical stability; cf. Bierman 1977.
    public double Update(double x, double z, double gain) => x + gain * (z - x);
}

/// <summary>
/// The xxHash64 mixing step (https://github.com/Cyan4973/xxHash), and MurmurHash3's finaliser.
/// </summary>
public static class Hashing
{
    // fmix64 from MurmurHash3: https://github.com/aappleby/smhasher
    public static ulong Mix(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdUL;
        k ^= k >> 33;
        return k;
    }
}

/// <summary>Timsort's galloping mode, as described in listsort.txt of CPython.</summary>
public static class Sorting
{
    // minGallop starts at 7; see "Optimistic Sorting and Information Theoretic Complexity" (McIlroy 1993).
    public const int MinGallop = 7;
}

/// <summary>Adam: A Method for Stochastic Optimization (arXiv:1412.6980) with bias correction.</summary>
public sealed class AdamOptimizer
{
    // Default betas (0.9, 0.999) and epsilon 1e-8 from the paper.
    public double Beta1 { get; init; } = 0.9;
}

/// <summary>
/// Shape functions learnt with boosted stumps, based on the method described in Lou, Caruana, and Gehrke.
/// Its step size follows the schedule described in Section 3 of the report.
/// </summary>
public sealed class GamTrainer
{
}
