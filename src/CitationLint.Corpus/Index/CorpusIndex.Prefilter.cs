using System.Threading;

namespace CitationLint.Corpus;

// What the analyzer's raw-text prefilter asks of the index before it allocates anything.
public sealed partial class CorpusIndex
{
    private TitleWordFilter? titleWordFilter;

    /// <summary>Which words could match this index's titles, as a filter built once, on first use (<see cref="Corpus.TitleWordFilter"/>).</summary>
    public TitleWordFilter TitleWordFilter
        => Volatile.Read(ref titleWordFilter) ?? Interlocked.CompareExchange(ref titleWordFilter, new TitleWordFilter(titleKeys.Keys, wordPostings, MaxTitleCandidates), null) ?? titleWordFilter!;
}
