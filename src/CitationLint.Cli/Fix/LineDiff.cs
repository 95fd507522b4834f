using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Fix;

/// <summary>
/// The changes from one text to another, from the texts alone: lines in common at the start and the
/// end set aside, the lines between compared by Myers' difference algorithm (O((N + M)·D) for D lines
/// changed), each run of changed lines one change, trimmed to the characters it changes.
/// </summary>
/// <remarks>
/// The same two texts always give the same changes, and a line that is in both stays out of them.
/// (Roslyn's <c>Document.GetTextChangesAsync</c> answers from the text's own history when the text
/// happens to be made already, from a diff of the syntax trees otherwise: it gave a fix's edits one
/// run and, the next run, the same edits with unchanged lines moved around them.) Past
/// <see cref="MaxChangedLines"/> changed lines the lines between the common start and end are one change.
/// </remarks>
internal static class LineDiff
{
    private const int MaxChangedLines = 1000;

    public static List<TextChange> Changes(SourceText before, SourceText after)
    {
        var a = new Lines(before);
        var b = new Lines(after);
        int start = 0, endA = a.Count, endB = b.Count;
        while (start < endA && start < endB && a.Same(start, b, start))
        {
            start++;
        }

        while (endA > start && endB > start && a.Same(endA - 1, b, endB - 1))
        {
            endA--;
            endB--;
        }

        var runs = new List<(int FromA, int ToA, int FromB, int ToB)>();
        if (start < endA || start < endB)
        {
            if (!Myers(a, b, start, endA, endB, runs))
            {
                runs.Clear();
                runs.Add((start, endA, start, endB));
            }
        }

        var changes = new List<TextChange>(runs.Count);
        foreach (var (fromA, toA, fromB, toB) in runs)
        {
            var span = TextSpan.FromBounds(a.Start(fromA), a.Start(toA));
            changes.Add(new TextChange(span, after.ToString(TextSpan.FromBounds(b.Start(fromB), b.Start(toB)))));
        }

        return Trimmed(before, changes);
    }

    /// <summary>
    /// Each change without the text it leaves as it was at its start and end; changes that change nothing
    /// dropped. A surrogate pair or a <c>\r\n</c> is never cut in two: a change starts and ends between characters.
    /// </summary>
    internal static List<TextChange> Trimmed(SourceText text, IEnumerable<TextChange> changes)
    {
        var trimmed = new List<TextChange>();
        foreach (var change in changes)
        {
            var before = text.ToString(change.Span);
            var after = change.NewText ?? string.Empty;
            if (string.Equals(before, after, StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = 0;
            var limit = Math.Min(before.Length, after.Length);
            while (prefix < limit && before[prefix] == after[prefix])
            {
                prefix++;
            }

            while (prefix > 0 && (Splits(before, prefix) || Splits(after, prefix)))
            {
                prefix--;
            }

            var suffix = 0;
            while (suffix < limit - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
            {
                suffix++;
            }

            while (suffix > 0 && (Splits(before, before.Length - suffix) || Splits(after, after.Length - suffix)))
            {
                suffix--;
            }

            trimmed.Add(new TextChange(
                new TextSpan(change.Span.Start + prefix, before.Length - prefix - suffix),
                after.Substring(prefix, after.Length - prefix - suffix)));
        }

        return trimmed;
    }

    /// <summary>Whether a cut before <paramref name="at"/> parts a surrogate pair or a <c>\r\n</c>.</summary>
    private static bool Splits(string text, int at)
        => at > 0 && at < text.Length && ((text[at - 1] == '\r' && text[at] == '\n') || (char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at])));

    /// <summary>Myers' greedy algorithm over lines [start, endA) and [start, endB); false when more than <see cref="MaxChangedLines"/> differ.</summary>
    private static bool Myers(Lines a, Lines b, int start, int endA, int endB, List<(int, int, int, int)> runs)
    {
        int n = endA - start, m = endB - start;
        var max = Math.Min(n + m, MaxChangedLines);
        var offset = max + 1;
        var v = new int[2 * max + 3];

        // trace[d]: the furthest x on each diagonal k in [-d, d] before round d, at [k + d].
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            var snapshot = new int[2 * d + 1];
            Array.Copy(v, offset - d, snapshot, 0, snapshot.Length);
            trace.Add(snapshot);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a.Same(start + x, b, start + y))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    Backtrack(trace, d, k, start, runs);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Walks the edit path back from its end on diagonal <paramref name="k"/>, collecting each run of deleted and inserted lines.</summary>
    private static void Backtrack(List<int[]> trace, int d, int k, int start, List<(int, int, int, int)> runs)
    {
        // Each edit is one step: line X of the old text deleted, or line Y of the new one inserted, at (X, Y).
        var edits = new List<(int X, int Y, bool Insert)>();
        for (; d > 0; d--)
        {
            var v = trace[d];
            var insert = k == -d || (k != d && v[k - 1 + d] < v[k + 1 + d]);
            var previousK = insert ? k + 1 : k - 1;
            var previousX = v[previousK + d];
            edits.Add((previousX, previousX - previousK, insert));
            k = previousK;
        }

        edits.Reverse();
        var i = 0;
        while (i < edits.Count)
        {
            var fromA = edits[i].X;
            var fromB = edits[i].Y;
            int toA = fromA, toB = fromB;
            while (i < edits.Count && edits[i].X == toA && edits[i].Y == toB)
            {
                if (edits[i].Insert)
                {
                    toB++;
                }
                else
                {
                    toA++;
                }

                i++;
            }

            runs.Add((start + fromA, start + toA, start + fromB, start + toB));
        }
    }

    /// <summary>A text's lines, line breaks included, compared without copies.</summary>
    private readonly struct Lines
    {
        private readonly string text;
        private readonly TextLineCollection lines;

        public Lines(SourceText source)
        {
            text = source.ToString();
            lines = source.Lines;

            // A text that ends with a line break has an empty last line: it is no line here.
            Count = lines.Count > 0 && lines[lines.Count - 1].SpanIncludingLineBreak.Length == 0 && lines.Count > 1 ? lines.Count - 1 : lines.Count;
            if (text.Length == 0)
            {
                Count = 0;
            }
        }

        public int Count { get; }

        /// <summary>Where line <paramref name="i"/> starts; the text's end for <see cref="Count"/>.</summary>
        public int Start(int i) => i < Count ? lines[i].Start : text.Length;

        public bool Same(int i, Lines other, int j)
        {
            var x = lines[i].SpanIncludingLineBreak;
            var y = other.lines[j].SpanIncludingLineBreak;
            return x.Length == y.Length && text.AsSpan(x.Start, x.Length).SequenceEqual(other.text.AsSpan(y.Start, y.Length));
        }
    }
}
