using System;
using System.Collections.Generic;
using System.Threading;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers;

/// <summary>A corpus paper and one place that cites it.</summary>
internal sealed record CitedPaper(Paper Paper, Location Location);

/// <summary>
/// Which corpus papers a compilation's trees cite, and where, by the analyzer's own reading and
/// resolution: the same corpus (embedded corpora chosen by <c>citationlint.corpora</c>, project
/// corpora merged by <see cref="ProjectCorpus"/>), the same site readers (<see cref="CommentScanner"/>,
/// <see cref="AttributeReader"/>) and the same <see cref="CitationResolver"/>. A site counts when its
/// resolution identifies a paper, whether or not it also gets a diagnostic. For <c>citationlint refs</c>;
/// the compiler never calls this.
/// </summary>
internal static class CitedPapers
{
    public static List<CitedPaper> Find(Compilation compilation, IEnumerable<SyntaxTree> trees, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var corpus = CitationAnalyzer.CompilationAnalysis.Create(compilation, options, cancellationToken).Corpus;
        var found = new List<CitedPaper>();
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var settings = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree), null);
            var resolver = new CitationResolver(corpus.Index, settings.UrlStyle);
            var sites = new List<CitationSite>();
            var source = tree.GetText(cancellationToken);
            var scanner = new CommentScanner(settings, corpus.Index.TitleWordFilter);

            // The analyzer's own walk: the prefilter's candidate runs, confirmed against the tree. A run it
            // rules out holds no site that identifies a paper (PrefilterEquivalenceTests).
            if (SourcePrefilter.Candidates(source, scanner, cancellationToken) is { } candidates)
            {
                new CommentGroups(source, scanner, sites, cancellationToken).AddWithin(tree.GetRoot(cancellationToken), candidates);
            }
            foreach (var site in sites)
            {
                foreach (var citation in site.ListItems is null ? new[] { site } : resolver.Citations(site))
                {
                    resolver.Resolve(citation, null, out var paper, out _);
                    Add(found, paper, tree, citation);
                }
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is AttributeSyntax attribute && attribute.ArgumentList is { Arguments.Count: > 0 } && settings.IsAttributeName(CitationAnalyzer.CompilationAnalysis.SimpleName(attribute.Name)))
                {
                    model ??= compilation.GetSemanticModel(tree);
                    var (site, parts) = AttributeReader.Read(attribute, model, cancellationToken);
                    resolver.Resolve(site, parts, out var paper, out _);
                    Add(found, paper, tree, site);
                }
            }
        }

        return found;
    }

    private static void Add(List<CitedPaper> found, Paper? paper, SyntaxTree tree, CitationSite site)
    {
        if (paper is null)
        {
            return;
        }

        var span = !site.Reference.IsEmpty ? site.Reference.Span : !site.QuotedTitle.IsEmpty ? site.QuotedTitle.Span : site.Identifier.Span;
        found.Add(new CitedPaper(paper, Location.Create(tree, span)));
    }
}
