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

    private static readonly Paper Hostile = new(
        "2501.00002",
        "Line\nbreak, a \\n that only looks like one, a\ttab, a | bar and a \\ backslash\r\n",
        new[] { "Qua\txi|tron\\" },
        "2501.00002",
        "https://arxiv.org/abs/2501.00002",
        2025,
        new[] { "Ada Lovelace", "Alan | Turing" });

    [Fact]
    public void Append_writes_one_line_in_the_column_order_of_the_header_that_reads_back_as_the_same_paper()
    {
        const string text = "# project corpus\ntitle\tarxiv\tkey\tyear\tauthors\taliases\turl\n";
        var appended = PaperTsv.Append(text, Hostile);
        Assert.StartsWith(text, appended, StringComparison.Ordinal);
        Assert.Equal(
            "Line\\nbreak, a \\\\n that only looks like one, a\\ttab, a \\| bar and a \\\\ backslash\\r\\n\t2501.00002\t2501.00002\t2025\tAda Lovelace|Alan \\| Turing\tQua\\txi\\|tron\\\\\thttps://arxiv.org/abs/2501.00002\n",
            appended.Substring(text.Length));
        var read = PaperTsv.Read(appended, "refs.papers.tsv");
        Assert.Empty(read.Problems);
        AssertSame(Hostile, Assert.Single(read.Papers).Paper);
    }

    [Fact]
    public void Append_adds_a_line_break_first_when_the_file_has_none_at_its_end_and_keeps_the_file_s_line_breaks()
    {
        var paper = new Paper("quaxitron", "Quaxitron");
        Assert.Equal("key\ttitle\taliases\nquaxitron\tQuaxitron\t\n", PaperTsv.Append("key\ttitle\taliases", paper));
        Assert.Equal("key\ttitle\r\nquaxitron\tQuaxitron\r\n", PaperTsv.Append("key\ttitle\r\n", paper));
    }

    [Fact]
    public void Append_writes_the_default_header_into_an_empty_file_and_the_default_order_into_one_without_a_header()
    {
        var paper = new Paper("2501.00002", "Quaxitron", arxivId: "2501.00002");
        var empty = PaperTsv.Append(string.Empty, paper);
        Assert.Equal(PaperTsv.Write(new[] { paper }), empty);
        Assert.Equal("old\tOld Paper\n2501.00002\tQuaxitron\t\t2501.00002\n", PaperTsv.Append("old\tOld Paper\n", paper));
        AssertSame(paper, PaperTsv.Read(empty, "x.papers.tsv").Papers.Single().Paper);
    }

    [Fact]
    public void Line_leaves_a_column_it_does_not_know_empty()
    {
        Assert.Equal("quaxitron\t\tQuaxitron", PaperTsv.Line(new Paper("quaxitron", "Quaxitron"), new[] { "key", "notes", "TITLE " }));
        Assert.Equal(new[] { "key", "notes", "TITLE " }, PaperTsv.HeaderOf("# c\nkey\tnotes\tTITLE \nquaxitron\t\tQuaxitron\n"));
        Assert.Null(PaperTsv.HeaderOf("quaxitron\tQuaxitron\n"));
    }

    private static void AssertSame(Paper expected, Paper actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.ArxivId, actual.ArxivId);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Authors, actual.Authors);
    }
}
