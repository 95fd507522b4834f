namespace CitationLint.Corpus.Tests;

/// <summary>
/// The embedded well-known corpus: what <c>citationlint corpus build ../shared/corpus/well-known.tsv
/// corpus/well-known-supplement.tsv</c> writes (the shared facts table, then this repository's
/// supplement of famous papers it lacks, each row with the page its facts were read from).
/// </summary>
public sealed class WellKnownCorpusTests
{
    [Fact]
    public void Embedded_well_known_corpus_is_the_committed_file_and_parses_cleanly()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CitationLint.Corpus", "Resources", "well-known.papers.tsv"));
        Assert.Equal(committed, WellKnownCorpus.ReadText());
        Assert.Empty(PaperTsv.Read(committed, "well-known.papers.tsv").Problems);
        Assert.True(WellKnownCorpus.Instance.Count >= 1700);
    }

    [Fact]
    public void Committed_well_known_corpus_is_what_the_facts_table_builds()
    {
        var table = Path.Combine(RepoPaths.RequiredShared, "corpus", "well-known.tsv");
        var supplement = Path.Combine(RepoPaths.Root, "corpus", "well-known-supplement.tsv");
        var build = new CorpusBuild();
        Assert.Empty(build.Add(table, CorpusSources.Read(table, File.ReadAllText(table))!));
        Assert.Empty(build.Add(supplement, CorpusSources.Read(supplement, File.ReadAllText(supplement))!));
        var rebuilt = build.ToTsv();
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CitationLint.Corpus", "Resources", "well-known.papers.tsv"));
        Assert.True(
            rebuilt == committed,
            "src/CitationLint.Corpus/Resources/well-known.papers.tsv is stale; rebuild it with the command in README.md ('Rebuilding the embedded corpora').");
    }

    [Fact]
    public void The_supplement_only_adds_names_to_papers_the_shared_table_holds_and_every_row_says_where_it_was_read()
    {
        var rows = File.ReadLines(Path.Combine(RepoPaths.Root, "corpus", "well-known-supplement.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= 50);
        Assert.All(rows, r => Assert.StartsWith("http", r[6], StringComparison.Ordinal));
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct().Count());
        Assert.Contains("StreamingLLM", WellKnownCorpus.Instance.FindByKey("2309.17453")!.Aliases);
        Assert.Contains("SWA", WellKnownCorpus.Instance.FindByKey("1803.05407")!.Aliases);
        Assert.Equal("Averaging weights leads to wider optima and better generalization", WellKnownCorpus.Instance.FindByKey("1803.05407")!.Title);
    }

    [Fact]
    public void Facts_table_rows_keep_their_names_ids_and_word_likeness()
    {
        var adam = WellKnownCorpus.Instance.FindByKey("1412.6980")!;
        Assert.Equal("Adam: A Method for Stochastic Optimization", adam.Title);
        Assert.Contains("Adam", adam.Aliases);
        Assert.True(adam.WordLike);
        Assert.Equal("https://arxiv.org/abs/1412.6980", adam.GetCanonicalUrl());
        var bert = WellKnownCorpus.Instance.Index.Lookup("BERT");
        Assert.Equal("1810.04805", bert.Best!.Paper.ArxivId);
    }

    [Fact]
    public void A_facts_table_is_read_by_its_header_and_reports_bad_rows_at_their_line()
    {
        var text = "title\tarxiv\taliases\tauthors\tyear\twordlike\tevidence\n"
            + "Adam: A Method for Stochastic Optimization\t1412.6980\tAdam\tDiederik Kingma|Jimmy Ba\t2014\tyes\tsome/repo:file\n"
            + "\tnot-an-id\t\t\t\t\t\n"
            + "A Paper Without an Id\t\tPWI\t\tlast year\t\t\n";
        Assert.True(FactTableReader.LooksLikeFactTable(text));
        var result = CorpusSources.Read("facts.tsv", text)!;
        Assert.Equal(2, result.Papers.Count);
        Assert.Equal(new[] { 3, 4 }, result.Problems.Select(p => p.Line).ToArray());
        Assert.True(result.Papers[0].Paper.WordLike);
        Assert.Equal(Paper.KeyFor(null, "A Paper Without an Id"), result.Papers[1].Paper.Key);
        Assert.Null(result.Papers[1].Paper.GetCanonicalUrl());
    }

    [Fact]
    public void Word_likeness_survives_a_tsv_round_trip()
    {
        var paper = new Paper("1412.6980", "Adam: A Method for Stochastic Optimization", new[] { "Adam" }, "1412.6980", wordLike: true);
        var back = PaperTsv.Read(PaperTsv.Write(new[] { paper }), "x.papers.tsv").Papers.Single().Paper;
        Assert.True(back.WordLike);
        Assert.False(PaperTsv.Read(PaperTsv.Write(new[] { paper.With(wordLike: false) }), "x.papers.tsv").Papers.Single().Paper.WordLike);
    }
}
