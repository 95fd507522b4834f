using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// What a citation attribute gives besides its site: the literals written, where named arguments go,
/// and which properties the attribute type has. Read by <see cref="AttributeReader"/>; used by the
/// rules (what is missing) and by rendering (where and how the fix writes).
/// </summary>
internal sealed class AttributeParts
{
    public TextPiece Title { get; init; }

    public TextPiece Url { get; init; }

    public TextPiece ArxivId { get; init; }

    public bool Verbatim { get; init; }

    /// <summary>Where named arguments are inserted: just before the closing parenthesis.</summary>
    public int InsertAt { get; init; }

    public bool HasTitleProperty { get; init; }

    public bool HasUrlProperty { get; init; }

    /// <summary>The positional argument is itself a URL or arXiv id.</summary>
    public bool ReferenceIsIdentifier { get; init; }

    /// <summary>Spans of arguments whose string is computed (a constant's name, a concatenation, an interpolation), not written as a literal.</summary>
    public IReadOnlyList<TextSpan> ComputedSpans { get; init; } = System.Array.Empty<TextSpan>();

    /// <summary>Whether <paramref name="span"/> is an argument that is not a string literal: a fix must not replace it.</summary>
    public bool IsComputed(TextSpan span)
    {
        foreach (var s in ComputedSpans)
        {
            if (s.OverlapsWith(span) || s == span)
            {
                return true;
            }
        }

        return false;
    }
}
