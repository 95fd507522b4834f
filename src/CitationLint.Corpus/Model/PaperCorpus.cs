using System;
using System.Collections.Generic;
using System.Threading;

namespace CitationLint.Corpus;

/// <summary>An immutable set of papers, one per key, with its index built on first use.</summary>
public sealed class PaperCorpus
{
    public static readonly PaperCorpus Empty = new(Array.Empty<Paper>());

    private readonly Dictionary<string, Paper> byKey;
    private CorpusIndex? index;

    public PaperCorpus(IEnumerable<Paper> papers)
    {
        var list = new List<Paper>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        byKey = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var p in papers)
        {
            if (positions.TryGetValue(p.Key, out var at))
            {
                // Later wins: the same key from a later source replaces the earlier paper in place.
                list[at] = p;
            }
            else
            {
                positions[p.Key] = list.Count;
                list.Add(p);
            }

            byKey[p.Key] = p;
        }

        Papers = list;
    }

    public IReadOnlyList<Paper> Papers { get; }

    public int Count => Papers.Count;

    public CorpusIndex Index => LazyInitializer.EnsureInitialized(ref index, () => new CorpusIndex(Papers))!;

    public Paper? FindByKey(string key) => byKey.TryGetValue(key, out var p) ? p : null;

    /// <summary>The papers of <paramref name="first"/> and then those of <paramref name="then"/>, by the one merge policy (<see cref="CorpusMerge"/>).</summary>
    public static PaperCorpus Merge(PaperCorpus first, IEnumerable<Paper> then)
        => new CorpusMerge().Add(first.Papers).Add(then).ToCorpus();
}
