using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Fix;

/// <summary>
/// A unified diff of a fixed file, built from the text changes themselves (no line-diff search, so
/// a 10 MB file costs what its changes cost): each change's lines, with three lines of context,
/// changes whose context overlaps merged into one hunk.
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

        // Changed line ranges in the old text, and the line shift each change brings.
        var ranges = new List<(int OldFirst, int OldLast, int NewFirst, int NewLast)>();
        var delta = 0;
        foreach (var c in changes)
        {
            var oldFirst = before.Lines.GetLineFromPosition(c.Span.Start).LineNumber;
            var oldLast = before.Lines.GetLineFromPosition(c.Span.End).LineNumber;
            var newText = c.NewText ?? string.Empty;
            var newStart = c.Span.Start + delta;
            var newFirst = after.Lines.GetLineFromPosition(newStart).LineNumber;
            var newLast = after.Lines.GetLineFromPosition(newStart + newText.Length).LineNumber;
            delta += newText.Length - c.Span.Length;
            if (ranges.Count > 0 && oldFirst - ranges[^1].OldLast <= 2 * Context + 1)
            {
                var last = ranges[^1];
                ranges[^1] = (last.OldFirst, Math.Max(last.OldLast, oldLast), last.NewFirst, Math.Max(last.NewLast, newLast));
            }
            else
            {
                ranges.Add((oldFirst, oldLast, newFirst, newLast));
            }
        }

        foreach (var (oldFirst, oldLast, newFirst, newLast) in ranges)
        {
            var lead = Math.Min(Context, oldFirst);
            var trail = Math.Min(Context, before.Lines.Count - 1 - oldLast);
            var oldCount = oldLast - oldFirst + 1 + lead + trail;
            var newCount = newLast - newFirst + 1 + lead + trail;
            writer.WriteLine($"@@ -{oldFirst - lead + 1},{oldCount} +{newFirst - lead + 1},{newCount} @@");
            for (var i = oldFirst - lead; i < oldFirst; i++)
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

            for (var i = oldLast + 1; i <= oldLast + trail; i++)
            {
                writer.WriteLine(" " + before.Lines[i]);
            }
        }
    }
}
