using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// PERF: whether a run of words could match a corpus title, answered without allocating — the corpus
/// side of the analyzer's raw-text prefilter for quotes in free text. A lookup finds a title in two
/// ways only (<see cref="CorpusIndex.Lookup"/>): its title key is a title's (equal keys), or it is a
/// near miss, whose candidates share one of the query's words that at most
/// <see cref="CorpusIndex.MaxTitleCandidates"/> titles hold (a rare word). So words none of which is a
/// rare title word, and whose key is no title's, match no title. Two bit sets of hashes: no false
/// negatives; a false positive (another text with the same hash) only sends text to the full scan.
/// </summary>
public sealed class TitleWordFilter
{
    /// <summary>Longer words are not hashed: a query holding one may match.</summary>
    public const int MaxWordLength = 64;

    private const uint Seed = 2166136261;
    private const int Bits = 1 << 20;

    private readonly ulong[] rareWords = new ulong[Bits / 64];
    private readonly ulong[] titleKeys = new ulong[Bits / 64];

    internal TitleWordFilter(IEnumerable<string> keys, Dictionary<string, int[]> postings, int maxPostings)
    {
        foreach (var key in keys)
        {
            var h = Seed;
            foreach (var c in key)
            {
                h = Step(h, c);
            }

            Set(titleKeys, Mix(h));
        }

        foreach (var posting in postings)
        {
            if (posting.Value.Length <= maxPostings)
            {
                var h = Seed;
                foreach (var c in posting.Key)
                {
                    h = Step(h, c);
                }

                Set(rareWords, Mix(h));
            }
        }
    }

    /// <summary>A query of words in text order; <see cref="MayMatch"/> after the last.</summary>
    public TitleQuery Start() => new(this);

    /// <summary>
    /// One query's state. Each word is given as read from source: lower-case ASCII letters and digits
    /// in a buffer, stemmed here in place as <see cref="TextNormalizer.Stem"/> stems it.
    /// </summary>
    public struct TitleQuery
    {
        private readonly TitleWordFilter filter;
        private uint key;
        private bool any;
        private bool rare;
        private bool unhashed;

        internal TitleQuery(TitleWordFilter filter)
        {
            this.filter = filter;
            key = Seed;
            any = rare = unhashed = false;
        }

        /// <summary>Whether the words so far could match a title: a rare title word among them, or their key a title's.</summary>
        public bool MayMatch => rare || unhashed || any && Get(filter.titleKeys, Mix(key));

        /// <summary>A rare title word (or one too long to hash) is among the words so far: the query may match whatever follows.</summary>
        public bool HasRareWord => rare || unhashed;

        public void Add(char[] word, int length)
        {
            if (length > MaxWordLength)
            {
                unhashed = true;
                return;
            }

            var stem = StemLength(word, length, out var y);
            var h = Seed;
            if (any)
            {
                key = Step(key, ' ');
            }

            for (var i = 0; i < stem; i++)
            {
                h = Step(h, word[i]);
                key = Step(key, word[i]);
            }

            if (y)
            {
                h = Step(h, 'y');
                key = Step(key, 'y');
            }

            any = true;
            rare |= Get(filter.rareWords, Mix(h));
        }
    }

    /// <summary>The same rules as <see cref="TextNormalizer.Stem"/>: how many of the word's characters its stem keeps, and whether a 'y' follows.</summary>
    internal static int StemLength(char[] w, int n, out bool y)
    {
        y = false;
        if (n <= 3 || !char.IsLetter(w[n - 1]))
        {
            return n;
        }

        if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 1] == 's')
        {
            y = true;
            return n - 3;
        }

        if (w[n - 2] == 'e' && w[n - 1] == 's' && (w[n - 4] == 's' && w[n - 3] == 's' || w[n - 4] == 's' && w[n - 3] == 'h' || w[n - 4] == 'c' && w[n - 3] == 'h'))
        {
            return n - 2;
        }

        if (w[n - 3] == 'x' && w[n - 2] == 'e' && w[n - 1] == 's')
        {
            return n - 2;
        }

        if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
        {
            return n - 1;
        }

        return n;
    }

    private static void Set(ulong[] bits, uint h) => bits[(h & (Bits - 1)) >> 6] |= 1UL << (int)(h & 63);

    private static bool Get(ulong[] bits, uint h) => (bits[(h & (Bits - 1)) >> 6] & (1UL << (int)(h & 63))) != 0;

    private static uint Step(uint h, char c) => (h ^ c) * 16777619;

    private static uint Mix(uint h)
    {
        h ^= h >> 15;
        h *= 0x2c1b3c6d;
        h ^= h >> 12;
        return h;
    }
}
