using System;
using System.Collections.Generic;
using System.Threading;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// The attribute site reader (DESIGN 3.1): a <c>[Cites(…)]</c> attribute's constant arguments as a
/// citation (reference, <c>Title</c>, <c>Url</c>, <c>ArxivId</c>, <c>Authors</c>, <c>Year</c>) and the
/// data its fixes need. Non-constant arguments are skipped.
/// </summary>
internal static class AttributeReader
{
    /// <summary>The site of an attribute with an argument list (the caller checks there is one and that the name is a citation attribute's).</summary>
    public static (CitationSite Site, AttributeParts Parts) Read(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = attribute.ArgumentList!;
        TextPiece reference = default, title = default, url = default, arxiv = default, authors = default, yearPiece = default;
        int? year = null;
        var verbatim = false;
        List<TextSpan>? computed = null;
        foreach (var argument in arguments.Arguments)
        {
            var name = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
            if (name == "Year")
            {
                // Year = 2023: an int constant.
                var value = model.GetConstantValue(argument.Expression, cancellationToken);
                if (value.HasValue && value.Value is int y)
                {
                    year = y;
                    yearPiece = new TextPiece(y.ToString(System.Globalization.CultureInfo.InvariantCulture), argument.Expression.Span);
                }

                continue;
            }

            var piece = Constant(argument.Expression, model, cancellationToken);
            if (piece.IsEmpty)
            {
                continue;
            }

            if (argument.Expression is not LiteralExpressionSyntax)
            {
                // A constant, a concatenation, an interpolation: a fix must not replace the expression with a literal.
                (computed ??= new List<TextSpan>()).Add(argument.Expression.Span);
            }

            switch (name)
            {
                case "Authors":
                    authors = piece;
                    break;
                case null:
                case "reference":
                    if (reference.IsEmpty)
                    {
                        reference = piece;
                        verbatim = argument.Expression is LiteralExpressionSyntax l && l.Token.Text.StartsWith("@", StringComparison.Ordinal);
                    }

                    break;
                case "Title":
                    title = piece;
                    break;
                case "Url":
                    url = piece;
                    break;
                case "ArxivId":
                    arxiv = piece;
                    break;
            }
        }

        // The positional argument may itself be an identifier (URL or arXiv id).
        var identifier = !url.IsEmpty ? url : arxiv;
        var referenceIsIdentifier = false;
        if (identifier.IsEmpty && !reference.IsEmpty && IdOf(reference.Text) is not null)
        {
            identifier = reference;
            reference = title;
            referenceIsIdentifier = true;
        }

        var site = new CitationSite(SiteKind.Attribute, TextContext.StringLiteral, reference.IsEmpty ? title : reference, reference.IsEmpty || referenceIsIdentifier ? default : title, identifier, IdOf(identifier.Text));
        if (!authors.IsEmpty || year is not null)
        {
            // Authors = "Sadhika Malladi, Tianyu Gao", "Malladi et al.": checked like a comment's (DESIGN 3a.2).
            var first = Sites.CitationFields.FirstSurname(authors.Text);
            site.WithAuthorsAndYear(first is null ? default : authors, first is null ? Array.Empty<string>() : new[] { first }, year, yearPiece);
        }
        var (hasTitle, hasUrl) = NamedProperties(attribute, model, cancellationToken);
        var parts = new AttributeParts
        {
            InsertAt = arguments.CloseParenToken.SpanStart,
            Title = title,
            Url = url,
            ArxivId = arxiv,
            Verbatim = verbatim,
            HasTitleProperty = hasTitle,
            HasUrlProperty = hasUrl,
            ReferenceIsIdentifier = referenceIsIdentifier,
            ComputedSpans = computed is null ? Array.Empty<TextSpan>() : computed.ToArray(),
        };
        return (site, parts);
    }

    /// <summary>Whether the attribute type has settable Title and Url properties (CitesAttribute does; a custom one may not).</summary>
    private static (bool Title, bool Url) NamedProperties(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(attribute, cancellationToken).Type;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return (false, false);
        }

        return (HasSettable(type, "Title"), HasSettable(type, "Url"));
    }

    private static bool HasSettable(ITypeSymbol type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(name))
            {
                if (member is IPropertySymbol { SetMethod: not null } || member is IFieldSymbol { IsReadOnly: false, IsConst: false })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The string a constant argument holds, with the span of its literal (or of the expression); empty when not constant.</summary>
    private static TextPiece Constant(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return new TextPiece(literal.Token.ValueText, literal.Span);
        }

        var value = model.GetConstantValue(expression, cancellationToken);
        return value.HasValue && value.Value is string s ? new TextPiece(s, expression.Span) : default;
    }

    private static string? IdOf(string? text) => ArxivId.TryFromText(text, out var id) ? id : null;
}
