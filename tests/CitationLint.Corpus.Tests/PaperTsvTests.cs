namespace CitationLint.Corpus.Tests;

public sealed class PaperTsvTests
{
    [Fact]
    public void Write_then_read_gives_back_every_paper_exactly()
    {
        var papers = new[]
        {
            new Paper("2305.17333", "Fine-Tuning Language Models with Just Forward Passes", new[] { "MeZO" }, "2305.17333", "https://arxiv.org/abs/2305.17333", 2023, new[] { "Sadhika Malladi", "Tianyu Gao" }, new[] { "https://github.com/princeton-nlp/MeZO" }),
            new Paper("odd", "A title with a | bar, a \\ backslash, a\ttab and a\nnewline", new[] { "A|B", "C\\D" }),
            new Paper("no-id", "Plain"),
        };

        var text = PaperTsv.Write(papers, "comment line 1\ncomment line 2");
        var read = PaperTsv.Read(text, "x.papers.tsv");
        Assert.Empty(read.Problems);
        Assert.Equal(papers.Length, read.Papers.Count);
        for (var i = 0; i < papers.Length; i++)
        {
            var a = papers[i];
            var b = read.Papers[i].Paper;
            Assert.Equal(a.Key, b.Key);
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Aliases, b.Aliases);
            Assert.Equal(a.ArxivId, b.ArxivId);
            Assert.Equal(a.Url, b.Url);
            Assert.Equal(a.Year, b.Year);
            Assert.Equal(a.Authors, b.Authors);
            Assert.Equal(a.CodeUrls, b.CodeUrls);
        }

        Assert.Equal(text, PaperTsv.Write(read.Papers.Select(p => p.Paper), "comment line 1\ncomment line 2"));
    }

    [Fact]
    public void Bad_lines_are_reported_at_their_line_and_the_rest_is_read()
    {
        var text = string.Join("\n",
            "# a project corpus",
            "key\ttitle\taliases\tarxiv\turl\tyear\tauthors",
            "good1\tA Good Paper\tGP\t\t\t2020\t",
            "only-a-key",
            "\tNo Key Here",
            "bad-year\tA Paper With A Bad Year\t\t\t\tnineteen\t",
            "bad-id\tA Paper With A Bad Id\t\tnot-an-id\t\t\t",
            "good1\tDuplicate Key\t\t\t\t\t",
            "good2\tAnother Good Paper");
        var read = PaperTsv.Read(text, "refs.papers.tsv");
        Assert.Equal(new[] { "good1", "bad-year", "bad-id", "good2" }, read.Papers.Select(p => p.Paper.Key));
        Assert.Equal(new[] { 4, 5, 6, 7, 8 }, read.Problems.Select(p => p.Line));
        Assert.All(read.Problems, p => Assert.Equal("refs.papers.tsv", p.File));
        Assert.Null(read.Papers[1].Paper.Year);
        Assert.Null(read.Papers[2].Paper.ArxivId);
    }

    [Fact]
    public void Header_may_reorder_columns()
    {
        var read = PaperTsv.Read("title\tkey\tarxiv\nMeZO Paper\tk1\t2305.17333\n", "r.papers.tsv");
        Assert.DoesNotContain(read.Problems, p => !p.Message.Contains("unknown column"));
        var p = Assert.Single(read.Papers).Paper;
        Assert.Equal("k1", p.Key);
        Assert.Equal("2305.17333", p.ArxivId);
    }
}
