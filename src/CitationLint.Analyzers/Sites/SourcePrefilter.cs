using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// PERF: the file-level raw-text prefilter (DESIGN 6). It reads a tree's <see cref="SourceText"/> in
/// chunks, before any trivia is materialised, and finds every run of text that could be a comment:
/// from each <c>//</c> to its line's end (line break included) and from each <c>/*</c> to the
/// <c>*/</c> after it, runs that overlap or lie apart by white space only merged into one. The
/// scanner's own prefilter (<see cref="CommentScanner.MayCite"/>) then reads each run in place; only
/// the runs it accepts are returned, and the analyzer confirms them against the syntax tree.
/// </summary>
/// <remarks>
/// Exact by construction, not by luck: every comment trivia starts with <c>//</c> or <c>/*</c> and
/// ends where the run from that start ends, and a group of <c>//</c> lines lies within one run, so
/// every comment the tree holds lies within a run; <see cref="CommentScanner.MayCite"/> answers true
/// for a run when it does for any comment within it. Runs that are not comments (<c>"http://…"</c>
/// in a string, disabled code) only cost their scan: the tree says what they are.
/// A file with no accepted run costs this scan and allocates nothing.
/// </remarks>
internal static class SourcePrefilter
{
    private const int ChunkSize = 4096;

    private const int RunBufferSize = 16384;

    [ThreadStatic]
    private static char[]? buffer;

    [ThreadStatic]
    private static char[]? runBuffer;

    /// <summary>The runs of <paramref name="source"/> that may hold a citation, in text order; null when none may.</summary>
    public static List<TextSpan>? Candidates(SourceText source, CommentScanner scanner, CancellationToken cancellationToken)
    {
        var reader = new ChunkReader(source, buffer ??= new char[ChunkSize]);
        var length = source.Length;
        List<TextSpan>? hits = null;
        int runStart = -1, runEnd = -1;

        // PERF: the end of the line and the next "*/" found last; starts on the same line or before
        // the same "*/" reuse them, so a line of many slashes is read once, not once per slash.
        int lineSearchFrom = -1, lineEnd = -1, closeSearchFrom = -1, closeEnd = -1;
        var at = 0;
        while (true)
        {
            var slash = reader.IndexOf('/', at, cancellationToken);
            if (slash < 0 || slash + 1 >= length)
            {
                break;
            }

            at = slash + 1;
            int end;
            var next = source[slash + 1];
            if (next == '/')
            {
                if (lineSearchFrom < 0 || slash < lineSearchFrom || slash >= lineEnd)
                {
                    lineSearchFrom = slash;
                    lineEnd = reader.LineEnd(slash + 2, cancellationToken);
                }

                end = lineEnd;
            }
            else if (next == '*')
            {
                // The "*/" found last closes this start too when it lies after it; none found means none after.
                if (closeSearchFrom < 0 || slash + 2 < closeSearchFrom || (closeEnd < length && slash + 2 > closeEnd - 2))
                {
                    closeSearchFrom = slash + 2;
                    closeEnd = reader.BlockEnd(slash + 2, cancellationToken);
                }

                end = closeEnd;
            }
            else
            {
                continue;
            }

            if (runStart >= 0 && (slash <= runEnd || IsWhiteSpace(source, runEnd, slash)))
            {
                runEnd = Math.Max(runEnd, end);
                continue;
            }

            Accept(source, scanner, runStart, runEnd, ref hits);
            runStart = slash;
            runEnd = end;
        }

        Accept(source, scanner, runStart, runEnd, ref hits);
        return hits;
    }

    private static void Accept(SourceText source, CommentScanner scanner, int start, int end, ref List<TextSpan>? hits)
    {
        if (start < 0 || end - start < 4)
        {
            return;
        }

        bool may;
        if (end - start <= RunBufferSize)
        {
            // PERF: the run is read from a copy; SourceText's indexer is a virtual call per character.
            var copy = runBuffer ??= new char[RunBufferSize];
            source.CopyTo(start, copy, 0, end - start);
            may = scanner.MayCite(new WindowChars(copy, start), start, end);
        }
        else
        {
            may = scanner.MayCite(source, TextSpan.FromBounds(start, end));
        }

        if (may)
        {
            (hits ??= new List<TextSpan>()).Add(TextSpan.FromBounds(start, end));
        }
    }

    private static bool IsWhiteSpace(SourceText source, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(source[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Searches a <see cref="SourceText"/> through one reused buffer with the vectorised array searches:
    /// a window of the text is copied once and searched until a search leaves it.
    /// </summary>
    private struct ChunkReader
    {
        private readonly SourceText source;
        private readonly char[] chunk;
        private int windowStart;
        private int windowLength;

        public ChunkReader(SourceText source, char[] chunk)
        {
            this.source = source;
            this.chunk = chunk;
            windowStart = 0;
            windowLength = 0;
        }

        public int IndexOf(char c, int from, CancellationToken cancellationToken)
            => IndexOfAny(c, c, from, cancellationToken);

        /// <summary>The position after the line break that ends the line holding <paramref name="from"/>, or the text's end.</summary>
        public int LineEnd(int from, CancellationToken cancellationToken)
        {
            var at = IndexOfAny('\r', '\n', from, cancellationToken);
            if (at < 0)
            {
                return source.Length;
            }

            return source[at] == '\r' && at + 1 < source.Length && source[at + 1] == '\n' ? at + 2 : at + 1;
        }

        /// <summary>The position after the first <c>*/</c> at or after <paramref name="from"/>, or the text's end.</summary>
        public int BlockEnd(int from, CancellationToken cancellationToken)
        {
            var length = source.Length;
            while (true)
            {
                var star = IndexOf('*', from, cancellationToken);
                if (star < 0 || star + 1 >= length)
                {
                    return length;
                }

                if (source[star + 1] == '/')
                {
                    return star + 2;
                }

                from = star + 1;
            }
        }

        private int IndexOfAny(char a, char b, int from, CancellationToken cancellationToken)
        {
            var length = source.Length;
            while (from < length)
            {
                if (from < windowStart || from >= windowStart + windowLength)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    windowStart = from;
                    windowLength = Math.Min(chunk.Length, length - from);
                    source.CopyTo(windowStart, chunk, 0, windowLength);
                }

                // Array.IndexOf (vectorised for char on .NET) keeps the analyzer free of System.Memory, which a compiler host may lack.
                var offset = from - windowStart;
                var count = windowLength - offset;
                var found = Array.IndexOf(chunk, a, offset, count);
                if (a != b)
                {
                    var other = Array.IndexOf(chunk, b, offset, found < 0 ? count : found - offset);
                    if (other >= 0)
                    {
                        found = other;
                    }
                }

                if (found >= 0)
                {
                    return windowStart + found;
                }

                from = windowStart + windowLength;
            }

            return -1;
        }
    }
}
