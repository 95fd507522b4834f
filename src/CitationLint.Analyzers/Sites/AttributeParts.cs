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
}
