using System.Collections.Generic;
using CitationLint.Analyzers.Resolution;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CitationLint.Analyzers;

/// <summary>
/// CITE004 once per paper per member (DESIGN 4, rule CITE004): a completion is offered at the first
/// incomplete citation of a paper in a member's comments, and not at all when a comment of the same
/// member cites it completely (its identifier and its title). The member of a comment is the
/// declaration it documents or lies in; comments outside any member share the file's scope.
/// Attributes are analysed apart from comments and keep their own CITE004.
/// </summary>
internal sealed class CompletionsOncePerMember
{
    private readonly SyntaxNode root;
    private HashSet<(SyntaxNode Scope, string Key)>? complete;
    private HashSet<(SyntaxNode Scope, string Key)>? completed;

    public CompletionsOncePerMember(SyntaxNode root) => this.root = root;

    /// <summary>Records a complete citation; called for every site, in text order, before any <see cref="Reports"/>.</summary>
    public void Saw(CitationSite site, Paper? paper, bool isComplete)
    {
        // PERF: member scopes are looked up only for complete citations here, and for completions when reported.
        if (paper is not null && isComplete)
        {
            (complete ??= new HashSet<(SyntaxNode, string)>()).Add((ScopeOf(site), paper.Key));
        }
    }

    /// <summary>Whether <paramref name="verdict"/> is reported: always, except a completion of a paper the member already completes or cites completely.</summary>
    public bool Reports(Verdict verdict, CitationSite site, Paper? paper)
    {
        if (verdict.Rule != Rules.IncompleteCitation || paper is null)
        {
            return true;
        }

        var scoped = (ScopeOf(site), paper.Key);
        if (complete is not null && complete.Contains(scoped))
        {
            return false;
        }

        return (completed ??= new HashSet<(SyntaxNode, string)>()).Add(scoped);
    }

    private SyntaxNode ScopeOf(CitationSite site)
    {
        var start = site.Reference.IsEmpty ? site.Identifier.IsEmpty ? site.Authors.Span.Start : site.Identifier.Span.Start : site.Reference.Span.Start;
        var token = root.FindToken(start);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            // Top-level statements are one member (the program's entry point), not one each.
            if (node is MemberDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax)
            {
                return node;
            }
        }

        return root;
    }
}
