using Xunit.Abstractions;

namespace CitationLint.Corpus.Tests;

public sealed class DefaultCorpusTests
{
    private readonly ITestOutputHelper output;

    public DefaultCorpusTests(ITestOutputHelper output) => this.output = output;

    private static PaperCorpus Corpus => DefaultCorpus.Instance;

    /// <summary>The same steps as <c>citationlint corpus build ../shared/seeds/*.txt --ids ../shared/corpus/arxiv-ids.tsv</c>.</summary>
    internal static (string Text, CorpusBuild Build) Rebuild(string shared)
    {
        var idsPath = Path.Combine(shared, "corpus", "arxiv-ids.tsv");
        var build = new CorpusBuild(ArxivIdTable.Read(File.ReadAllText(idsPath), idsPath));
        foreach (var seed in Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            build.Add(seed, CorpusSources.Read(seed, File.ReadAllText(seed))!);
        }

        return (build.ToTsv(), build);
    }

    [Fact]
    public void Embedded_default_corpus_is_the_committed_file_and_parses_cleanly()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CitationLint.Corpus", "Resources", "default.papers.tsv"));
        Assert.Equal(committed, DefaultCorpus.ReadText());
        Assert.Empty(PaperTsv.Read(committed, "default.papers.tsv").Problems);
    }

    [Fact]
    public void Committed_default_corpus_is_what_the_seeds_build()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CitationLint.Corpus", "Resources", "default.papers.tsv"));
        var (rebuilt, builder) = Rebuild(RepoPaths.RequiredShared);
        Assert.Empty(builder.Problems);
        Assert.True(
            rebuilt == committed,
            "src/CitationLint.Corpus/Resources/default.papers.tsv is stale; rebuild it with the command in README.md ('Rebuilding the default corpus').");
    }

    [Fact]
    public void Every_unique_seed_paper_is_in_the_corpus_once_with_its_arxiv_id()
    {
        var keys = new HashSet<string>();
        var titles = new HashSet<string>();
        foreach (var p in Corpus.Papers)
        {
            Assert.True(keys.Add(p.Key), "duplicate key " + p.Key);
            Assert.True(titles.Add(TextNormalizer.TitleKey(p.Title)), "duplicate title " + p.Title);
            Assert.NotNull(p.ArxivId);
            Assert.Equal(p.ArxivId, p.Key);
            Assert.Equal("https://arxiv.org/abs/" + p.ArxivId, p.GetCanonicalUrl());
            Assert.Equal(p.GetCanonicalUrl(), p.Url);
            Assert.Equal(ArxivId.YearOf(p.ArxivId!), p.Year);
            Assert.False(p.Title.StartsWith("Subscribe", StringComparison.Ordinal), p.Title);
            Assert.False(ListingTextReader.IsFurniture(p.Title), p.Title);
        }

        Assert.Contains(Corpus.Papers, p => p.Title == "MACE: Higher Order Equivariant Message Passing Neural Networks for Fast and Accurate Force Fields" && p.ArxivId == "2206.07697");
        Assert.Contains(Corpus.Papers, p => p.Title == "T3: Transparent Tracking & Triggering for Fine-grained Overlap of Compute & Collectives");
        Assert.DoesNotContain(Corpus.Papers, p => p.Title == "Daily Papers");
        output.WriteLine($"{Corpus.Count} papers, {Corpus.Papers.Count(p => p.Authors.Count > 0)} with authors, {Corpus.Index.AliasCount} aliases");
    }

    [Fact]
    public void Every_row_of_the_id_table_is_a_corpus_paper_with_its_title()
    {
        // Every row of the id table is a seed paper (the table was made from the seeds) and every seed paper is in it.
        var expected = ReadIdTableTitles(Path.Combine(RepoPaths.RequiredShared, "corpus", "arxiv-ids.tsv"));
        Assert.Equal(expected.Count, Corpus.Count);
        foreach (var (title, id) in expected)
        {
            var paper = Corpus.FindByKey(id);
            Assert.NotNull(paper);
            Assert.Equal(title, paper!.Title);
        }
    }

    [Fact]
    public void Seed_listings_repeat_papers_and_the_build_merges_them()
    {
        var (_, build) = Rebuild(RepoPaths.RequiredShared);
        Assert.True(build.ReadCount > Corpus.Count, "the seed listings repeat papers within and across files");
        Assert.Equal(Corpus.Count, build.Papers().Count);
        Assert.Empty(build.Overrides);
        output.WriteLine($"read {build.ReadCount} entries, merged {build.ReadCount - Corpus.Count} repeats, {Corpus.Count} papers");
    }

    [Fact]
    public void Authors_come_from_the_id_table()
    {
        var mezo = Corpus.FindByKey("2305.17333")!;
        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", mezo.Title);
        Assert.Contains("Sadhika Malladi", mezo.Authors);
        Assert.Equal(2023, mezo.Year);
    }

    private static List<(string Title, string Id)> ReadIdTableTitles(string path)
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("title\t", StringComparison.Ordinal) || line.Trim().Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            rows.Add((f[0], f[1]));
        }

        return rows;
    }
}
