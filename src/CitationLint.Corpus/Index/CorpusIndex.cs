using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// Answers, for a piece of text, which papers it may refer to: exact alias, title and id hits;
/// alias variants (case, look-alike letters); near misses of aliases (bounded Damerau–Levenshtein,
/// found through a symmetric-delete index so that cost does not grow with the corpus); and near
/// misses of titles (IDF-weighted word similarity over candidates that share a rare word).
/// Immutable and safe to share between threads.
/// </summary>
// Past 500 lines for one reason: construction and the one lookup path (exact, variants, near
// misses) read the same private tables; name forms and title phrases are in their partial files.
public sealed partial class CorpusIndex
{
    /// <summary>Candidates below this score are not near misses.</summary>
    public const double NearMissThreshold = 0.75;

    private const int MaxFuzzyAliasLength = 48;
    /// <summary>
    /// At most this many titles are scored for a near miss. They come from the query's rarest words;
    /// a query made only of words common to more titles than this has no title near miss. This
    /// bound is what keeps a title lookup's cost flat as the corpus grows.
    /// </summary>
    internal const int MaxTitleCandidates = 256;

    private readonly Paper[] papers;
    private readonly Dictionary<string, int[]> exactAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> foldedAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> titleKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> arxivIds = new(StringComparer.Ordinal);

    // BibTeX entry keys, cited like \cite{}: exact (case-insensitive) only, never fuzzy.
    private readonly Dictionary<string, int[]> bibKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int[]> wordPostings = new(StringComparer.Ordinal);
    private readonly string[][] titleWords;
    private readonly double[] titleWeights;

    // Alias entries: one per (paper, alias).
    private readonly int[] aliasPaper;
    private readonly string[] aliasText;
    private readonly string[] aliasFolded;

    // Symmetric-delete index: hashes of every alias's deletion variants, sorted, with the alias entry of each.
    private readonly ulong[] deleteHashes;
    private readonly int[] deleteEntries;

    public CorpusIndex(IReadOnlyList<Paper> papers)
    {
        this.papers = new Paper[papers.Count];
        for (var i = 0; i < papers.Count; i++)
        {
            this.papers[i] = papers[i];
        }

        var aliasPaperList = new List<int>();
        var aliasTextList = new List<string>();
        var aliasFoldedList = new List<string>();
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        titleWords = new string[this.papers.Length][];
        var wordPool = new Dictionary<string, string>(StringComparer.Ordinal);

        var bib = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < this.papers.Length; p++)
        {
            var paper = this.papers[p];
            if (paper.BibKey is not null)
            {
                AddTo(bib, paper.BibKey, p);
            }

            foreach (var alias in paper.Aliases)
            {
                var normalized = TextNormalizer.Normalize(alias);
                if (normalized.Length == 0)
                {
                    continue;
                }

                var entry = aliasPaperList.Count;
                aliasPaperList.Add(p);
                aliasTextList.Add(alias);
                var f = TextNormalizer.FoldForComparison(normalized);
                aliasFoldedList.Add(f);
                AddTo(exact, normalized, p);
                AddTo(folded, f, entry);

                // "FlexMDMs" is also found as "FlexMDM", "Sparse MeZO" as "Sparse-MeZO": one name in other forms.
                foreach (var form in OtherForms(normalized))
                {
                    AddTo(exact, form, p);
                    AddTo(folded, TextNormalizer.FoldForComparison(form), entry);
                }
            }

            // Title words are shared strings: a corpus of 100,000 titles repeats "learning" many thousand times.
            var words = TextNormalizer.TitleWords(paper.Title);
            var shared = new string[words.Count];
            for (var w = 0; w < shared.Length; w++)
            {
                if (!wordPool.TryGetValue(words[w], out var pooled))
                {
                    wordPool[words[w]] = pooled = words[w];
                }

                shared[w] = pooled;
            }

            titleWords[p] = shared;
            var titleKey = string.Join(" ", shared);
            AddTo(keys, titleKey, p);
            foreach (var other in paper.OtherTitles)
            {
                // A venue's title is found exactly or as a variant; near misses are of the main title only.
                var otherKey = string.Join(" ", TextNormalizer.TitleWords(other));
                if (otherKey.Length > 0 && !string.Equals(otherKey, titleKey, StringComparison.Ordinal))
                {
                    AddTo(keys, otherKey, p);
                }
            }
            foreach (var w in DistinctWords(words))
            {
                // PERF: papers arrive in order and a title's words are distinct: appending is enough.
                if (!postings.TryGetValue(w, out var list))
                {
                    postings[wordPool[w]] = list = new List<int>();
                }

                list.Add(p);
            }

            if (paper.ArxivId is not null && !arxivIds.ContainsKey(paper.ArxivId))
            {
                arxivIds[paper.ArxivId] = p;
            }
        }

        Freeze(exact, exactAliases);
        Freeze(bib, bibKeys);
        Freeze(folded, foldedAliases);
        Freeze(keys, titleKeys);
        Freeze(postings, wordPostings);
        titleWeights = new double[this.papers.Length];
        for (var p = 0; p < titleWords.Length; p++)
        {
            foreach (var w in titleWords[p])
            {
                titleWeights[p] += Weight(w);
            }
        }

        aliasPaper = aliasPaperList.ToArray();
        aliasText = aliasTextList.ToArray();
        aliasFolded = aliasFoldedList.ToArray();

        var hashes = new List<ulong>();
        var entries = new List<int>();
        for (var e = 0; e < aliasFolded.Length; e++)
        {
            var s = aliasFolded[e];
            var d = MaxDistanceFor(s.Length);
            if (d == 0 || s.Length > MaxFuzzyAliasLength)
            {
                continue;
            }

            foreach (var h in DeleteHashes(s, d))
            {
                hashes.Add(h);
                entries.Add(e);
            }
        }

        deleteHashes = hashes.ToArray();
        deleteEntries = entries.ToArray();
        Array.Sort(deleteHashes, deleteEntries);
    }

    public IReadOnlyList<Paper> Papers => papers;

    public int AliasCount => aliasText.Length;

    /// <summary>The paper with this arXiv id (version suffix allowed), or null.</summary>
    public Paper? FindByArxivId(string id)
        => ArxivId.TryNormalize(id, out var normalized) && arxivIds.TryGetValue(normalized, out var p) ? papers[p] : null;

    /// <summary>The best candidates for a name, title or arXiv id, best first; at most <paramref name="max"/>.</summary>
    public LookupResult Lookup(string text, int max = 10)
    {
        var query = TextNormalizer.Normalize(text ?? string.Empty);
        if (query.Length == 0 || max <= 0)
        {
            return LookupResult.Empty;
        }

        var found = new Dictionary<int, Candidate>();

        if (ArxivId.TryNormalize(query, out var id) && arxivIds.TryGetValue(id, out var byId))
        {
            Offer(found, byId, 1.0, MatchKind.ArxivId, papers[byId].ArxivId!);
        }

        if (bibKeys.TryGetValue(query, out var bibHits))
        {
            foreach (var p in bibHits)
            {
                Offer(found, p, 1.0, MatchKind.Alias, papers[p].BibKey!);
            }
        }

        var forms = OtherForms(query);
        if (exactAliases.TryGetValue(query, out var exactHits) || TryForms(exactAliases, forms, fold: false, out exactHits))
        {
            foreach (var p in exactHits)
            {
                Offer(found, p, 1.0, MatchKind.Alias, FindAlias(p, query));
            }
        }

        var foldedQuery = TextNormalizer.FoldForComparison(query);
        if (foldedAliases.TryGetValue(foldedQuery, out var variantEntries) || TryForms(foldedAliases, forms, fold: true, out variantEntries))
        {
            foreach (var e in variantEntries)
            {
                // Look-alike letters are a stronger signal of the same name than a change of case.
                var score = TextNormalizer.HasConfusable(query) ? 0.95 : 0.92;
                Offer(found, aliasPaper[e], score, MatchKind.AliasVariant, aliasText[e]);
            }
        }

        // Titles: equal keys are the same title, written exactly (Title) or differently (TitleVariant).
        var queryWords = TextNormalizer.TitleWords(query);
        var titleFound = false;
        if (titleKeys.TryGetValue(string.Join(" ", queryWords), out var keyHits))
        {
            foreach (var p in keyHits)
            {
                var matched = MatchedTitle(papers[p], query, out var exact);
                Offer(found, p, exact ? 1.0 : 0.97, exact ? MatchKind.Title : MatchKind.TitleVariant, matched);
                titleFound = true;
            }
        }

        if (foldedQuery.Length <= MaxFuzzyAliasLength && !titleFound)
        {
            // A title written in other case ("subgraph permutation equivariant networks") is the title,
            // not a near miss of a name that spells it out with a hyphen.
            AddAliasNearMisses(query, foldedQuery, found);
        }

        if (queryWords.Count >= 2 && !titleFound && !AddTitlePhrase(query, queryWords, found))
        {
            AddTitleNearMisses(queryWords, found);
        }

        if (found.Count == 0)
        {
            return LookupResult.Empty;
        }

        var list = new List<Candidate>(found.Values);
        list.Sort(CompareCandidates);
        if (list.Count > max)
        {
            list.RemoveRange(max, list.Count - max);
        }

        return new LookupResult(list);
    }

    /// <summary>How many edits a near miss of an alias of this (folded) length may have.</summary>
    internal static int MaxDistanceFor(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    private void AddAliasNearMisses(string query, string foldedQuery, Dictionary<int, Candidate> found)
    {
        if (deleteHashes.Length == 0 || foldedQuery.Length < 4)
        {
            return;
        }

        // An alias up to 2 edits away needs query deletions up to 2 (up to 1 when no alias that long can be 2 away).
        var queryDepth = foldedQuery.Length >= 7 ? 2 : 1;
        HashSet<int>? seen = null;
        foreach (var h in DeleteHashes(foldedQuery, queryDepth))
        {
            var at = Array.BinarySearch(deleteHashes, h);
            if (at < 0)
            {
                continue;
            }

            while (at > 0 && deleteHashes[at - 1] == h)
            {
                at--;
            }

            for (; at < deleteHashes.Length && deleteHashes[at] == h; at++)
            {
                var e = deleteEntries[at];
                seen ??= new HashSet<int>();
                if (!seen.Add(e))
                {
                    continue;
                }

                var alias = aliasFolded[e];
                var allowed = MaxDistanceFor(alias.Length);
                if (VersionedNames.DifferInVersion(foldedQuery, alias))
                {
                    // Another version of a name is another paper, not a misspelling.
                    continue;
                }

                var d = EditDistance.Bounded(foldedQuery, alias, allowed);
                if (d == 0 || d > allowed)
                {
                    continue;
                }

                // PERF: only for the few candidates within reach; another capital is another word.
                if (!TypoShape.IsPlausibleTypo(query, aliasText[e]))
                {
                    continue;
                }

                var score = 1.0 - (double)d / Math.Max(alias.Length, foldedQuery.Length);
                Offer(found, aliasPaper[e], score, MatchKind.AliasNearMiss, aliasText[e]);
            }
        }
    }

    private void AddTitleNearMisses(List<string> queryWords, Dictionary<int, Candidate> found)
    {
        // Candidate generation: papers that share one of the query's rarest known words. A title
        // near miss keeps most of its words, so it keeps at least one of its three rarest.
        var distinct = DistinctWords(queryWords);
        distinct.Sort((a, b) => PostingCount(a).CompareTo(PostingCount(b)));
        // How many of the (up to three) rarest words each candidate shares with the query.
        var overlap = new Dictionary<int, int>();
        var used = 0;
        var total = 0;
        foreach (var w in distinct)
        {
            if (!wordPostings.TryGetValue(w, out var posting))
            {
                continue;
            }

            // Bounded: a word in too many titles says little about which one is meant.
            total += posting.Length;
            if (total > MaxTitleCandidates)
            {
                break;
            }

            foreach (var p in posting)
            {
                overlap[p] = overlap.TryGetValue(p, out var n) ? n + 1 : 1;
            }

            if (++used == 3)
            {
                break;
            }
        }

        if (overlap.Count == 0)
        {
            return;
        }

        // PERF: only the candidates that share the most rare words are scored word by word.
        var most = 0;
        foreach (var n in overlap.Values)
        {
            most = Math.Max(most, n);
        }

        var candidates = new List<int>();
        foreach (var kv in overlap)
        {
            if (kv.Value == most || kv.Value >= 2)
            {
                candidates.Add(kv.Key);
            }
        }

        var weights = new double[queryWords.Count];
        var queryWeight = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Weight(queryWords[i]);
            queryWeight += weights[i];
        }

        foreach (var p in candidates)
        {
            var score = WordSimilarity(queryWords, weights, queryWeight, p);
            if (score >= NearMissThreshold)
            {
                // Never as high as a normalised-equal title.
                Offer(found, p, Math.Min(score, 0.96), MatchKind.TitleNearMiss, papers[p].Title);
            }
        }
    }

    /// <summary>
    /// Dice similarity of two word lists, each word weighted by its rarity; a word a single edit
    /// away (two for long words) counts for 0.8 of a match.
    /// </summary>
    private double WordSimilarity(List<string> query, double[] queryWeights, double queryWeight, int paper)
    {
        var title = titleWords[paper];
        var titleWeight = titleWeights[paper];
        var used = new bool[title.Length];
        var matched = 0.0;
        for (var qi = 0; qi < query.Count; qi++)
        {
            var q = query[qi];
            var best = -1;
            var bestCredit = 0.0;
            for (var t = 0; t < title.Length; t++)
            {
                if (used[t])
                {
                    continue;
                }

                if (string.Equals(q, title[t], StringComparison.Ordinal))
                {
                    best = t;
                    bestCredit = 1.0;
                    break;
                }

                if (bestCredit < 0.8 && q.Length >= 4 && title[t].Length >= 4)
                {
                    var allowed = Math.Min(q.Length, title[t].Length) >= 8 ? 2 : 1;
                    if (EditDistance.Bounded(q, title[t], allowed) <= allowed)
                    {
                        best = t;
                        bestCredit = 0.8;
                    }
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                matched += bestCredit * (queryWeights[qi] + Weight(title[best])) / 2;
            }
        }

        var total = queryWeight + titleWeight;
        return total <= 0 ? 0 : 2 * matched / total;
    }

    private double Weight(string word)
    {
        // Smoothed inverse document frequency: common words ("for", "language") count for little.
        var df = PostingCount(word);
        return Math.Log(1.0 + (papers.Length + 1.0) / (df + 1.0));
    }

    private int PostingCount(string word) => wordPostings.TryGetValue(word, out var p) ? p.Length : 0;

    private string FindAlias(int paper, string normalizedQuery)
    {
        foreach (var a in papers[paper].Aliases)
        {
            if (string.Equals(TextNormalizer.Normalize(a), normalizedQuery, StringComparison.Ordinal))
            {
                return a;
            }
        }

        return normalizedQuery;
    }

    private void Offer(Dictionary<int, Candidate> found, int paper, double score, MatchKind kind, string matched)
    {
        // One candidate per paper: the best way it matched (higher score, then the stronger kind).
        if (!found.TryGetValue(paper, out var existing)
            || score > existing.Score + 1e-12
            || Math.Abs(score - existing.Score) <= 1e-12 && kind < existing.Kind)
        {
            found[paper] = new Candidate(papers[paper], score, kind, matched);
        }
    }

    private static int CompareCandidates(Candidate a, Candidate b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0)
        {
            return c;
        }

        c = a.Kind.CompareTo(b.Kind);
        return c != 0 ? c : string.CompareOrdinal(a.Paper.Key, b.Paper.Key);
    }

    private static List<string> DistinctWords(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var w in words)
        {
            if (set.Add(w))
            {
                list.Add(w);
            }
        }

        return list;
    }

    private static void AddTo<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<T>();
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static void Freeze(Dictionary<string, List<int>> from, Dictionary<string, int[]> to)
    {
        foreach (var kv in from)
        {
            to[kv.Key] = kv.Value.ToArray();
        }
    }

    /// <summary>FNV-1a hashes of every string obtained by deleting up to <paramref name="depth"/> characters (the string itself included).</summary>
    internal static List<ulong> DeleteHashes(string s, int depth)
    {
        var result = new List<ulong> { Hash(s, -1, -1) };
        for (var i = 0; i < s.Length; i++)
        {
            result.Add(Hash(s, i, -1));
            if (depth < 2)
            {
                continue;
            }

            for (var j = i + 1; j < s.Length; j++)
            {
                result.Add(Hash(s, i, j));
            }
        }

        return result;
    }

    private static ulong Hash(string s, int skip1, int skip2)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip1 || i == skip2)
            {
                continue;
            }

            h ^= s[i];
            h *= 1099511628211UL;
        }

        // Mix in the length so that different deletion depths of different strings rarely collide.
        var length = s.Length - (skip1 >= 0 ? 1 : 0) - (skip2 >= 0 ? 1 : 0);
        return h ^ ((ulong)length << 56);
    }
}
