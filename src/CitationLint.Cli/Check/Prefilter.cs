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
    public FileCandidates Classify(SourceDocument document, CancellationToken cancellationToken)
        => filter.Classify(document.Text, options.GetOptions(document.Path), cancellationToken);
}
