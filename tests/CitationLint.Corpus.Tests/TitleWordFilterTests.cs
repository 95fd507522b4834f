using CitationLint.Corpus;

namespace CitationLint.Corpus.Tests;

/// <summary>
/// The title-word filter the analyzer's prefilter asks before it reads a quote: it must never say no
/// to words a lookup could match to a title (equal keys, or a near miss through a rare word), and
/// should say no to ordinary prose.
/// </summary>
public sealed class TitleWordFilterTests
{
    private static readonly CorpusIndex Shipped = EmbeddedCorpora.Select(seed: true, wellKnown: true).Index;

    [Fact]
    public void The_stem_in_place_is_the_normalizers_stem()
    {
        var words = new List<string> { "passes", "models", "policies", "ies", "flies", "classes", "wishes", "batches", "boxes", "gas", "bus", "analysis", "yes", "x", "mass", "status", "gpt4s", "abcs", "series" };
        foreach (var paper in Shipped.Papers)
        {
            words.AddRange(paper.Title.ToLowerInvariant().Split(' ', '-', ':', ',', '.', '(', ')', '?', '!', '\'', '"', '/'));
        }

        var buffer = new char[TitleWordFilter.MaxWordLength];
        var checkedWords = 0;
        foreach (var w in words.Where(w => w.Length > 0 && w.Length <= TitleWordFilter.MaxWordLength && w.All(char.IsAsciiLetterOrDigit)).Distinct())
        {
            w.CopyTo(0, buffer, 0, w.Length);
            var length = TitleWordFilter.StemLength(buffer, w.Length, out var y);
            Assert.Equal(TextNormalizer.Stem(w), w.Substring(0, length) + (y ? "y" : string.Empty));
            checkedWords++;
        }

        Assert.True(checkedWords > 1000, checkedWords + " words checked");
    }

    [Fact]
    public void Every_title_and_other_title_may_match_and_so_may_a_near_miss()
    {
        var papers = Shipped.Papers.ToList();
        foreach (var paper in papers)
        {
            foreach (var title in new[] { paper.Title }.Concat(paper.OtherTitles))
            {
                Assert.True(MayMatch(Shipped, title), title);
            }
        }

        // A near miss keeps a rare word: one typo in every word but one.
        Assert.True(MayMatch(Shipped, "Fien-Tunign Lnaguage Modles wiht Jsut Froward Passes"));
        Assert.True(papers.Count > 1000);
    }

    [Fact]
    public void Prose_of_words_no_title_has_does_not_match()
    {
        var titleWords = Shipped.Papers.SelectMany(p => new[] { p.Title }.Concat(p.OtherTitles)).SelectMany(TextNormalizer.TitleWords).ToHashSet(StringComparer.Ordinal);
        var prose = "gets or sets whether the caller owns this buffer; thrown when disposed twice, callers must rent again"
            .Split(' ', ';', ',').Where(w => w.Length > 0 && !titleWords.Contains(TextNormalizer.Stem(w))).ToList();
        Assert.True(prose.Count >= 6, string.Join(" ", prose));
        Assert.False(MayMatch(Shipped, string.Join(" ", prose)));

        // One rare title word among them is enough.
        Assert.True(MayMatch(Shipped, string.Join(" ", prose) + " forward passes"));
    }

    [Fact]
    public void A_title_whose_words_are_all_common_matches_by_its_key()
    {
        // Every word of this title is in more titles than a near miss looks at, so only its key can match it.
        var common = Enumerable.Range(0, 300).Select(i => new Paper("p" + i, "Learning Deep Models " + i, new[] { "P" + i })).ToList();
        common.Add(new Paper("target", "Deep Learning Models", new[] { "Target" }));
        var index = new CorpusIndex(common);
        Assert.True(MayMatch(index, "Deep learning models"));
        Assert.False(MayMatch(index, "Models learning deep"));
        Assert.Equal("target", index.Lookup("deep learning models").Best!.Paper.Key);
    }

    private static bool MayMatch(CorpusIndex index, string text)
    {
        var query = index.TitleWordFilter.Start();
        var buffer = new char[TitleWordFilter.MaxWordLength];
        // As the analyzer's prefilter reads a quote: runs of ASCII letters and digits, lower-cased.
        foreach (var word in System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+"))
        {
            if (word.Length > 0)
            {
                word.CopyTo(0, buffer, 0, Math.Min(word.Length, buffer.Length));
                query.Add(buffer, word.Length);
            }
        }

        return query.MayMatch;
    }
}
