using System;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary><c>// citationlint:ignore</c> on the line, or <c>// citationlint:disable-next-line</c> on the line before.</summary>
internal static class InlineSuppression
{
    public const string IgnoreMarker = "citationlint:ignore";
    public const string DisableNextLineMarker = "citationlint:disable-next-line";

    public static bool IsSuppressed(SourceText source, int position)
    {
        var lineNumber = source.Lines.GetLineFromPosition(position).LineNumber;
        if (Contains(source, source.Lines[lineNumber].Span, IgnoreMarker))
        {
            return true;
        }

        return lineNumber > 0 && Contains(source, source.Lines[lineNumber - 1].Span, DisableNextLineMarker);
    }

    private static bool Contains(SourceText source, TextSpan span, string marker)
    {
        // PERF: runs only for a finding about to be reported; a line is short.
        return span.Length >= marker.Length && source.ToString(span).IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
