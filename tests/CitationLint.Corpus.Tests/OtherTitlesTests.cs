namespace CitationLint.Corpus.Tests;

/// <summary>
/// Other titles a paper was published under (a venue's): read from the facts table's and the corpus
/// TSV's <c>titles</c> column, kept by the merge, and found by the index as titles of that paper.
/// </summary>
public sealed class OtherTitlesTests
{
    private const string ArxivTitle = "AutoAugment: Learning Augmentation Policies from Data";
    private const string VenueTitle = "AutoAugment: Learning Augmentation Strategies From Data";

    [Fact]
    public void Other_titles_survive_a_tsv_round_trip()
    {
        var paper = new Paper("1805.09501", ArxivTitle, new[] { "AutoAugment" }, "1805.09501", otherTitles: new[] { VenueTitle, "A title | with a bar" });
        var back = PaperTsv.Read(PaperTsv.Write(new[] { paper }), "x.papers.tsv").Papers.Single().Paper;
        Assert.Equal(new[] { VenueTitle, "A title | with a bar" }, back.OtherTitles);
        Assert.Equal(ArxivTitle, back.Title);
    }

    [Fact]
    public void A_corpus_without_the_column_reads_as_before()
    {
        var text = "key\ttitle\taliases\tarxiv\n1805.09501\t" + ArxivTitle + "\tAutoAugment\t1805.09501\n";
        var read = PaperTsv.Read(text, "old.papers.tsv");
        Assert.Empty(read.Problems);
        Assert.Empty(read.Papers.Single().Paper.OtherTitles);
    }

    [Fact]
    public void The_facts_table_column_is_read_and_the_merge_unites_other_titles()
    {
        var facts = "title\tarxiv\taliases\tauthors\tyear\twordlike\tevidence\ttitles\n"
            + ArxivTitle + "\t1805.09501\tAutoAugment\t\t2018\t\thttps://example.org/a\t" + VenueTitle + "\n";
        var first = FactTableReader.Read(facts, "facts.tsv").Papers.Single().Paper;
        Assert.Equal(new[] { VenueTitle }, first.OtherTitles);

        var later = new Paper("1805.09501", ArxivTitle, arxivId: "1805.09501", otherTitles: new[] { "AutoAugment (workshop title)" });
        var merged = CorpusMerge.Fields(first, later);
        Assert.Equal(new[] { VenueTitle, "AutoAugment (workshop title)" }, merged.OtherTitles);
    }

    [Fact]
    public void The_index_finds_an_other_title_as_that_papers_title_and_its_variants_against_it()
    {
        var paper = new Paper("1805.09501", ArxivTitle, new[] { "AutoAugment" }, "1805.09501", otherTitles: new[] { VenueTitle });
        var index = new CorpusIndex(new[] { paper });

        var exact = index.Lookup(VenueTitle, 3).Best!;
        Assert.Equal(MatchKind.Title, exact.Kind);
        Assert.Equal(VenueTitle, exact.Matched);

        var variant = index.Lookup("AutoAugment: learning augmentation strategies from data", 3).Best!;
        Assert.Equal(MatchKind.TitleVariant, variant.Kind);
        Assert.Equal(VenueTitle, variant.Matched);

        var main = index.Lookup(ArxivTitle, 3).Best!;
        Assert.Equal(MatchKind.Title, main.Kind);
        Assert.Equal(ArxivTitle, main.Matched);
    }
}
