namespace CitationLint.Corpus.Tests;

/// <summary>The one table of identifier spellings (DESIGN 3.4), read the same by the scanner, BibTeX and HTML readers.</summary>
public sealed class PaperIdentifiersTests
{
    [Theory]
    [InlineData("arXiv:2305.17333", "2305.17333")]
    [InlineData("see arXiv: 2305.17333v2.", "2305.17333")]
    [InlineData("https://arxiv.org/abs/2305.17333", "2305.17333")]
    [InlineData("http://export.arxiv.org/pdf/2305.17333v3.pdf", "2305.17333")]
    [InlineData("https://arxiv.org/html/2305.17333v2", "2305.17333")]
    [InlineData("https://arxiv.org/ftp/arxiv/papers/2305/2305.17333.pdf", "2305.17333")]
    [InlineData("https://huggingface.co/papers/2305.17333", "2305.17333")]
    [InlineData("https://hf.co/papers/2305.17333", "2305.17333")]
    [InlineData("https://doi.org/10.48550/arXiv.2305.17333", "2305.17333")]
    [InlineData("10.48550/ARXIV.2305.17333", "2305.17333")]
    [InlineData("arXiv preprint arXiv:hep-th/9901001", "hep-th/9901001")]
    public void Every_spelling_gives_the_id(string text, string id)
    {
        Assert.True(PaperIdentifiers.TryFind(text, out var found));
        Assert.Equal(id, found);
        Assert.True(ArxivId.TryFromText(text, out var viaArxivId));
        Assert.Equal(id, viaArxivId);
    }

    [Theory]
    [InlineData("https://github.com/org/repo")]
    [InlineData("https://arxiv.org/list/cs.LG/recent")]
    [InlineData("doi.org/10.1145/3292500.3330701")]
    [InlineData("arXiv:2313.00001")] // month 13
    public void Other_links_give_none(string text) => Assert.False(PaperIdentifiers.TryFind(text, out _));

    [Fact]
    public void The_id_starts_where_the_spelling_ends()
    {
        const string text = "MeZO: https://arxiv.org/ftp/arxiv/papers/2305/2305.17333.pdf";
        var at = text.IndexOf("arxiv.org", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("2305.17333", StringComparison.Ordinal), PaperIdentifiers.IdStartAt(text, at, text.Length));
        Assert.Equal(-1, PaperIdentifiers.IdStartAt(text, 0, text.Length));
    }
}
