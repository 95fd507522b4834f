using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Fix;

/// <summary>
/// A unified diff of a fixed file, built from the text changes themselves (no line-diff search, so
/// a 10 MB file costs what its changes cost): each change's lines, with three lines of context,
/// changes whose context overlaps in one hunk, the unchanged lines between them as its context.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static void Write(string displayPath, SourceText before, SourceText after, TextWriter writer)
    {
        var changes = new List<TextChange>(after.GetTextChanges(before));
        if (changes.Count == 0)
        {
            return;
        }

        writer.WriteLine("--- a/" + displayPath.Replace('\\', '/'));
        writer.WriteLine("+++ b/" + displayPath.Replace('\\', '/'));

        // The lines each change touches, in the old text and in the new; changes that share a line are one block.
        // The empty "line" after a final line break is no line of the file: a range may end before it
        // (an insertion at the end touches no old line, a deletion there no new one).
        var blocks = new List<(int OldFirst, int OldLast, int NewFirst, int NewLast)>();
        var oldLines = LineCount(before);
        var newLines = LineCount(after);
        var delta = 0;
        foreach (var c in changes)
        {
            var oldFirst = before.Lines.GetLineFromPosition(c.Span.Start).LineNumber;
            var oldLast = Math.Min(before.Lines.GetLineFromPosition(c.Span.End).LineNumber, oldLines - 1);
            var newText = c.NewText ?? string.Empty;
            var newStart = c.Span.Start + delta;
            var newFirst = after.Lines.GetLineFromPosition(newStart).LineNumber;
            var newLast = Math.Min(after.Lines.GetLineFromPosition(newStart + newText.Length).LineNumber, newLines - 1);
            delta += newText.Length - c.Span.Length;
            if (blocks.Count > 0 && oldFirst <= blocks[^1].OldLast)
            {
                var last = blocks[^1];
                blocks[^1] = (last.OldFirst, Math.Max(last.OldLast, oldLast), last.NewFirst, Math.Max(last.NewLast, newLast));
            }
            else
            {
                blocks.Add((oldFirst, oldLast, newFirst, newLast));
            }
        }

        // Blocks whose context overlaps make one hunk; the unchanged lines between them are its context.
        var first = 0;
        while (first < blocks.Count)
        {
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].OldFirst - blocks[last].OldLast <= 2 * Context + 1)
            {
                last++;
            }

            WriteHunk(before, after, oldLines, blocks, first, last, writer);
            first = last + 1;
        }
    }

    /// <summary>The lines of a text, not counting the empty one after a final line break.</summary>
    private static int LineCount(SourceText text)
        => text.Length == 0 ? 0 : text.Lines[text.Lines.Count - 1].SpanIncludingLineBreak.Length == 0 ? text.Lines.Count - 1 : text.Lines.Count;

    private static void WriteHunk(SourceText before, SourceText after, int oldLines, List<(int OldFirst, int OldLast, int NewFirst, int NewLast)> blocks, int first, int last, TextWriter writer)
    {
        var lead = Math.Min(Context, blocks[first].OldFirst);
        var trail = Math.Max(0, Math.Min(Context, oldLines - 1 - blocks[last].OldLast));
        var oldStart = blocks[first].OldFirst - lead;
        var newStart = blocks[first].NewFirst - lead;
        var oldCount = blocks[last].OldLast + trail - oldStart + 1;
        var newCount = blocks[last].NewLast + trail - newStart + 1;
        // An empty range is given by the line before it, as diff and patch write it (0: the file's start).
        writer.WriteLine($"@@ -{(oldCount == 0 ? oldStart : oldStart + 1)},{oldCount} +{(newCount == 0 ? newStart : newStart + 1)},{newCount} @@");
        var context = oldStart;
        for (var b = first; b <= last; b++)
        {
            var (oldFirst, oldLast, newFirst, newLast) = blocks[b];
            for (var i = context; i < oldFirst; i++)
            {
                writer.WriteLine(" " + before.Lines[i]);
            }

            for (var i = oldFirst; i <= oldLast; i++)
            {
                writer.WriteLine("-" + before.Lines[i]);
            }

            for (var i = newFirst; i <= newLast; i++)
            {
                writer.WriteLine("+" + after.Lines[i]);
            }

            context = oldLast + 1;
        }

        for (var i = context; i <= blocks[last].OldLast + trail; i++)
        {
            writer.WriteLine(" " + before.Lines[i]);
        }
    }
}
