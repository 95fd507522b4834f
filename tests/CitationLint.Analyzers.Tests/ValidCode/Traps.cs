// Copyright 2000-2024 The Authors. All rights reserved.
// SPDX-License-Identifier: Apache-2.0
using System;
using System.Collections.Generic;
using System.Threading;

namespace Valid.Traps;

/// <summary>Aliases that are also words or code must not fire outside a citation site.</summary>
public sealed class Comparer<T1, T2, T3> where T3 : IComparable<T3>
{
    // Returns true when a is greater than b; we pass the result on. The tide turns.
    public bool IsGreater(T3 a, T3 b) => a.CompareTo(b) > 0;

    // PASS: all checks passed. GReaTer is not used here; OliVe oil, TIDE detergent, CO2 levels.
    public void Log() { }

    // The Medusa mesh loader and the medusa jellyfish sample have nothing to do with papers.
    public void Load() { }

    /// <summary>Resets all counters; GetAll() gets all items, then Reset all flags.</summary>
    /// <param name="mezo">A parameter whose name happens to look like a paper.</param>
    /// <seealso cref="IsGreater(T3, T3)"/>
    public void ResetAll(int mezo) { }

    // Tensor of shape [1] and [2, 3]; see [1] for the layout and [12] for strides.
    public int[] Shape() => new[] { 1 };

    // Wait 2000 ms, as in 2023; Thread.Sleep(2000) below.
    public void Wait() => Thread.Sleep(2000);
}

public static class Provenance
{
    // Reference: the expression above, evaluated lazily.
    // Ref: #1234
    // Ref: https://github.com/dotnet/runtime/issues/1234
    // See: https://learn.microsoft.com/dotnet/api/system.span-1
    // Based on: the StackOverflow answer by a colleague.
    // Based on code from System.Linq.Enumerable (MIT).
    // See also: docs/architecture.md
    public static int Sum(IEnumerable<int> xs)
    {
        var total = 0;
        foreach (var x in xs)
        {
            total += x;
        }

        return total;
    }

    // var optimizer = new MeZoOptimizer(lr: 1e-6);
    // optimizer.Step(parameters);
    // return Medsua.Decode(tokens);
    public static void Disabled() { }

    /* TODO: HTTP JSON UTF8 SHA256 IPv4 OAuth2 JWT gRPC SIMD AVX2 x86 ARM64 UInt32 */
    public static void Acronyms() { }

    // Uses the "fast path" when the "input is already sorted", as 'quick select' would.
    public static void Quotes() { }

    // Related work: Vaswani et al. 2017, "Attention Is All You Need"; He et al. ResNet.
    public static void OtherPapers() { }

    // IDisposable, IEnumerable<T>, HashSet, StringBuilder, ConcurrentDictionary, ValueTask, NaN.
    public static void TypeNames() { }
}

/// <summary>Found by running on this repository's own sources.</summary>
public static class FoundOnRealCode
{
    /// <summary><c>Reference:</c>, <c>See:</c>, "the paper X": placeholders, not papers.</summary>
    public static void Placeholder() { }

    // "Higher-order Linear Attention (HLA)": a title with the paper's own name after it.
    public static void TitleAndName() { }

    /// <example>@misc{k, eprint = {arXiv:2305.17333}, title = {Fine-Tuning Language Models with Just Forward Passes}}</example>
    public static void BibTeXInDocs() { }
}
