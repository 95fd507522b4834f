using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// <c>// citationlint:ignore</c> on the line, or <c>// citationlint:disable-next-line</c> on the line
/// before. One instance per syntax tree remembers each line's answer, so a line with many findings
/// is read once.
/// </summary>
internal sealed class InlineSuppression
{
    public const string IgnoreMarker = "citationlint:ignore";
    public const string DisableNextLineMarker = "citationlint:disable-next-line";

    private readonly SourceText source;
    private readonly Dictionary<int, bool> ignoreLines = new();
    private readonly Dictionary<int, bool> disableLines = new();

    public InlineSuppression(SourceText source) => this.source = source;

    public bool IsSuppressed(int position)
    {
        var lineNumber = source.Lines.GetLineFromPosition(position).LineNumber;
        return Has(ignoreLines, lineNumber, IgnoreMarker)
            || lineNumber > 0 && Has(disableLines, lineNumber - 1, DisableNextLineMarker);
    }

    private bool Has(Dictionary<int, bool> cache, int lineNumber, string marker)
    {
        if (!cache.TryGetValue(lineNumber, out var found))
        {
            cache[lineNumber] = found = Contains(source.Lines[lineNumber].Span, marker);
        }

        return found;
    }

    /// <summary>Case-insensitive search in place: no copy of the line.</summary>
    private bool Contains(TextSpan span, string marker)
    {
        var last = span.End - marker.Length;
        for (var i = span.Start; i <= last; i++)
        {
            var k = 0;
            while (k < marker.Length && char.ToLowerInvariant(source[i + k]) == marker[k])
            {
                k++;
            }

            if (k == marker.Length)
            {
                return true;
            }
        }

        return false;
    }
}
