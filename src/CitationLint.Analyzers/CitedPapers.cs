using System;
using System.Collections.Generic;
using System.Threading;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
/// <remarks>
/// The grouping of consecutive <c>//</c> lines into one comment follows <c>CitationAnalyzer.AnalyzeComments</c>;
/// the two should become one method once the analyzer's prefilter work lands (the analyzer file is
/// not changed here while that work is under way).
/// </remarks>
internal static class CitedPapers
{
    public static List<CitedPaper> Find(Compilation compilation, IEnumerable<SyntaxTree> trees, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var corpus = CorpusOf(compilation, options, cancellationToken);
        var found = new List<CitedPaper>();
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var settings = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree), null);
            var resolver = new CitationResolver(corpus.Index, settings.UrlStyle);
            var sites = new List<CitationSite>();
            CommentSites(tree, new CommentScanner(settings), sites, cancellationToken);
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
                if (node is AttributeSyntax attribute && attribute.ArgumentList is { Arguments.Count: > 0 } && settings.IsAttributeName(SimpleName(attribute.Name)))
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

    /// <summary>The corpus the analyzer checks this compilation against (see <c>CompilationAnalysis.Create</c>).</summary>
    private static PaperCorpus CorpusOf(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var corpora = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions, null).Corpora;
        foreach (var tree in compilation.SyntaxTrees)
        {
            corpora = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree), null).Corpora;
            break;
        }

        var additional = new List<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (CorpusSources.IsCorpusFile(file.Path))
            {
                additional.Add(file);
            }
        }

        additional.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var files = new List<(string, string, IReadOnlyList<SourcePaper>)>();
        foreach (var file in additional)
        {
            if (file.GetText(cancellationToken) is { } source)
            {
                var text = source.ToString();
                var hash = ProjectCorpus.ContentHash(text);
                files.Add((file.Path, hash, ProjectCorpus.ReadFile(file.Path, hash, () => text).Papers));
            }
        }

        var seed = corpora.Contains(CorpusNames.Seed);
        var wellKnown = corpora.Contains(CorpusNames.WellKnown);
        return ProjectCorpus.Merge((seed ? "s" : "-") + (wellKnown ? "w" : "-"), EmbeddedCorpora.Select(seed, wellKnown), files).Corpus;
    }

    private static void CommentSites(SyntaxTree tree, CommentScanner scanner, List<CitationSite> sites, CancellationToken cancellationToken)
    {
        var source = tree.GetText(cancellationToken);
        var groupStart = -1;
        var groupEnd = -1;
        var groupIsDoc = false;
        foreach (var trivia in tree.GetRoot(cancellationToken).DescendantTrivia(descendIntoTrivia: false))
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                    var isDoc = IsDocLine(source, trivia.SpanStart);
                    if (groupStart >= 0 && isDoc == groupIsDoc && IsOnlyWhitespace(source, groupEnd, trivia.SpanStart))
                    {
                        groupEnd = trivia.Span.End;
                    }
                    else
                    {
                        Flush(source, ref groupStart, groupEnd, groupIsDoc, scanner, sites, cancellationToken);
                        groupStart = trivia.SpanStart;
                        groupEnd = trivia.Span.End;
                        groupIsDoc = isDoc;
                    }

                    continue;
                case SyntaxKind.WhitespaceTrivia:
                case SyntaxKind.EndOfLineTrivia:
                    continue;
                case SyntaxKind.MultiLineCommentTrivia:
                    Flush(source, ref groupStart, groupEnd, groupIsDoc, scanner, sites, cancellationToken);
                    scanner.Scan(source, trivia.Span, IsDocBlock(source, trivia.Span) ? CommentStyle.Doc : CommentStyle.Block, sites, cancellationToken);
                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    Flush(source, ref groupStart, groupEnd, groupIsDoc, scanner, sites, cancellationToken);
                    scanner.Scan(source, trivia.FullSpan, CommentStyle.Doc, sites, cancellationToken);
                    break;
                default:
                    Flush(source, ref groupStart, groupEnd, groupIsDoc, scanner, sites, cancellationToken);
                    break;
            }
        }

        Flush(source, ref groupStart, groupEnd, groupIsDoc, scanner, sites, cancellationToken);
    }

    private static void Flush(SourceText source, ref int groupStart, int groupEnd, bool isDoc, CommentScanner scanner, List<CitationSite> sites, CancellationToken cancellationToken)
    {
        if (groupStart >= 0)
        {
            scanner.Scan(source, TextSpan.FromBounds(groupStart, groupEnd), isDoc ? CommentStyle.Doc : CommentStyle.Line, sites, cancellationToken);
            groupStart = -1;
        }
    }

    private static bool IsDocLine(SourceText source, int start)
        => start + 2 < source.Length && source[start + 2] == '/' && (start + 3 >= source.Length || source[start + 3] != '/');

    private static bool IsOnlyWhitespace(SourceText source, int from, int to)
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

        return newlines <= 1;
    }

    private static bool IsDocBlock(SourceText source, TextSpan span)
        => span.Length >= 5 && source[span.Start + 2] == '*' && source[span.Start + 3] != '*' && source[span.Start + 3] != '/';

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => string.Empty,
    };
}
