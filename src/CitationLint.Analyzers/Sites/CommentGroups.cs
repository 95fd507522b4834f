using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// Hands a tree's comments to the scanner as the comments a reader sees: consecutive <c>//</c> lines
/// form one comment, so that a title may run over several of them; without documentation mode,
/// <c>///</c> lines arrive as plain comments and form documentation groups of their own. Trivia come
/// either all of them in text order (the reference path) or only those of the tokens around the
/// prefilter's candidate runs (<see cref="AddWithin"/>): both give the same groups.
/// </summary>
internal sealed class CommentGroups
{
    private readonly SourceText source;
    private readonly CommentScanner scanner;
    private readonly List<CitationSite> sites;
    private readonly CancellationToken cancellationToken;
    private int groupStart = -1;
    private int groupEnd = -1;
    private bool groupIsDoc;

    public CommentGroups(SourceText source, CommentScanner scanner, List<CitationSite> sites, CancellationToken cancellationToken)
    {
        this.source = source;
        this.scanner = scanner;
        this.sites = sites;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Every comment of the tree, in text order.</summary>
    public void AddAll(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            Add(trivia);
        }

        Flush();
    }

    /// <summary>
    /// The comments of the tokens whose trivia meet <paramref name="candidates"/> (in text order, not
    /// overlapping): each token once, in text order. A comment group lies within one candidate run,
    /// so it is read whole, from the token that holds its start.
    /// </summary>
    public void AddWithin(SyntaxNode root, List<TextSpan> candidates)
    {
        var processedEnd = -1;
        foreach (var run in candidates)
        {
            var token = root.FindToken(run.Start);
            if (token.FullSpan.Start > processedEnd)
            {
                // Text lies between the tokens read so far and this run: no group goes on across it.
                Flush();
            }

            while (!token.IsKind(SyntaxKind.None) && token.FullSpan.Start < run.End)
            {
                if (token.FullSpan.Start >= processedEnd)
                {
                    foreach (var trivia in token.LeadingTrivia)
                    {
                        Add(trivia);
                    }

                    foreach (var trivia in token.TrailingTrivia)
                    {
                        Add(trivia);
                    }

                    processedEnd = token.FullSpan.End;
                }

                token = token.GetNextToken(includeZeroWidth: true);
            }
        }

        Flush();
    }

    /// <summary>
    /// A comment a host read without a tree, with the kind and span its trivia would have
    /// (<c>//</c>: <see cref="SyntaxKind.SingleLineCommentTrivia"/>, <c>/* */</c>:
    /// <see cref="SyntaxKind.MultiLineCommentTrivia"/>), in text order; then <see cref="Finish"/>.
    /// Whatever lies between two comments is read from the text (only white space joins them), so a
    /// host gives the comments and nothing else: the groups are those of the tree's trivia.
    /// </summary>
    public void AddComment(SyntaxKind kind, TextSpan span)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (kind == SyntaxKind.SingleLineCommentTrivia)
        {
            AddLine(span);
        }
        else
        {
            AddBlock(span);
        }
    }

    /// <summary>Reads the last group: after the last <see cref="AddComment"/>.</summary>
    public void Finish() => Flush();

    private void AddLine(TextSpan span)
    {
        var isDoc = IsDocLine(span.Start);
        if (groupStart >= 0 && isDoc == groupIsDoc && IsOnlyWhitespace(groupEnd, span.Start))
        {
            groupEnd = span.End;
        }
        else
        {
            Flush();
            groupStart = span.Start;
            groupEnd = span.End;
            groupIsDoc = isDoc;
        }
    }

    private void AddBlock(TextSpan span)
    {
        // Without documentation mode, '/** */' arrives as a plain comment: it is read as documentation, markup and all.
        Flush();
        scanner.Scan(source, span, IsDocBlock(source, span) ? CommentStyle.Doc : CommentStyle.Block, sites, cancellationToken);
    }

    private void Add(SyntaxTrivia trivia)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (trivia.Kind())
        {
            case SyntaxKind.SingleLineCommentTrivia:
                AddLine(trivia.Span);
                return;
            case SyntaxKind.WhitespaceTrivia:
            case SyntaxKind.EndOfLineTrivia:
                return;
            case SyntaxKind.MultiLineCommentTrivia:
                AddBlock(trivia.Span);
                return;
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
            case SyntaxKind.MultiLineDocumentationCommentTrivia:
                Flush();
                scanner.Scan(source, trivia.FullSpan, CommentStyle.Doc, sites, cancellationToken);
                return;
            default:
                Flush();
                return;
        }
    }

    private void Flush()
    {
        if (groupStart >= 0)
        {
            scanner.Scan(source, TextSpan.FromBounds(groupStart, groupEnd), groupIsDoc ? CommentStyle.Doc : CommentStyle.Line, sites, cancellationToken);
            groupStart = -1;
        }
    }

    /// <summary>'///' but not '////': a documentation line the parser did not treat as one.</summary>
    private bool IsDocLine(int start)
        => start + 2 < source.Length && source[start + 2] == '/' && (start + 3 >= source.Length || source[start + 3] != '/');

    private bool IsOnlyWhitespace(int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                newlines++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        // A blank line between two comments separates them.
        return newlines <= 1;
    }

    /// <summary>"/** … */" but not "/**/" nor "/*** …": a documentation comment by its delimiters.</summary>
    internal static bool IsDocBlock(SourceText source, TextSpan span)
        => span.Length >= 5 && source[span.Start + 2] == '*' && source[span.Start + 3] != '*' && source[span.Start + 3] != '/';
}
