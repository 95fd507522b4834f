using System.Threading;
using CitationLint.Analyzers;

namespace CitationLint.Cli.Check;

/// <summary>
/// The raw-text check before parsing (DESIGN 6: a file without a citation costs a prefilter scan and
/// nothing more): the analyzer's own prefilter (<see cref="FilePrefilter"/>), read with each file's
/// options as the analyzer will read them. A file it rules out is never parsed.
/// </summary>
internal sealed class Prefilter
{
    private readonly FilePrefilter filter;
    private readonly ConfigOptions options;

    /// <param name="first">The set's first file: the compilation's first tree, whose options choose the corpus.</param>
    public Prefilter(LoadedSet set, SourceDocument? first, CancellationToken cancellationToken)
    {
        options = set.Options;
        filter = FilePrefilter.Create(Analysis.OptionsOf(set), first is null ? null : options.GetOptions(first.Path), cancellationToken);
    }

    /// <summary>What the file may hold: nothing (not parsed), comments that may cite (syntax analysed), attributes that may cite (semantics too).</summary>
    /// <param name="runs">The file's candidate comment runs when it has some (for <see cref="IsQuiet"/>).</param>
    public FileCandidates Classify(SourceDocument document, CancellationToken cancellationToken, out System.Collections.Generic.List<Microsoft.CodeAnalysis.Text.TextSpan>? runs)
        => filter.Classify(document.Text, options.GetOptions(document.Path), cancellationToken, out runs);

    /// <summary>
    /// Whether a file that may cite only in comments has nothing to report, read before it is parsed:
    /// its comments as <see cref="CommentReader"/> finds them, then the analyzer's own groups, sites and
    /// resolution (<see cref="FilePrefilter.MayReport"/>). False when the file is not read so surely
    /// (the scanner declines it, a gap holds something unexpected) or may suppress or mark code generated.
    /// </summary>
    /// <param name="tokens">The scanner's tokens of the file when it read them (the calling thread's list, for <see cref="Skeleton.Of"/>), else null.</param>
    /// <param name="runs">The file's candidate runs from <see cref="Classify"/>.</param>
    public bool IsQuiet(SourceDocument document, System.Collections.Generic.List<Microsoft.CodeAnalysis.Text.TextSpan>? runs, out System.Collections.Generic.List<SkeletonToken>? tokens, CancellationToken cancellationToken)
    {
        tokens = null;
        var source = document.Text.ToString();
        if (source.IndexOf("SuppressMessage", System.StringComparison.Ordinal) >= 0 || source.IndexOf("GeneratedCode", System.StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        tokens = CodeScanner.Scan(source);
        if (tokens is null)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Escaped)
            {
                return false;
            }
        }

        var comments = CommentReader.Comments(source, tokens, runs);
        return comments is not null && !filter.MayReport(document.Text, options.GetOptions(document.Path), comments, runs, cancellationToken);
    }
}
