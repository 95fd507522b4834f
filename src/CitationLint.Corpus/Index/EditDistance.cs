using System;

namespace CitationLint.Corpus;

/// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded.</summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> once it exceeds <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        // PERF: three rolling rows, reused per thread; the row minimum gives an early exit past the bound.
        var width = b.Length + 1;
        var rows = buffer is not null && buffer.Length >= 3 * width ? buffer : buffer = new int[Math.Max(3 * width, 192)];
        return Compute(a, b, max, rows, width);
    }

    [ThreadStatic]
    private static int[]? buffer;

    private static int Compute(string a, string b, int max, int[] rows, int width)
    {
        // Rows live at offsets o2 (i-2), o1 (i-1) and o0 (i) of one array, rotated by offset.
        int o2 = 0, o1 = width, o0 = 2 * width;
        for (var j = 0; j < width; j++)
        {
            rows[o1 + j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            rows[o0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[o1 + j] + 1, rows[o0 + j - 1] + 1), rows[o1 + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, rows[o2 + j - 2] + 1);
                }

                rows[o0 + j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = o2;
            o2 = o1;
            o1 = o0;
            o0 = t;
        }

        return Math.Min(rows[o1 + b.Length], max + 1);
    }
}
