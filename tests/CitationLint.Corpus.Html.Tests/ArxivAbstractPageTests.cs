namespace CitationLint.Corpus.Html.Tests;

public sealed class ArxivAbstractPageTests
{
    private static readonly string[] MeZOAuthors =
    {
        "Sadhika Malladi", "Tianyu Gao", "Eshaan Nichani", "Alex Damasio", "Jason D. Lee", "Danqi Chen", "Sanjeev Arora",
    };

    [Fact]
    public void Reads_the_paper_once_without_problems()
    {
        var result = Fixture.Read("arxiv-2305.17333.html");

        var source = Fixture.Single(result);
        Assert.Empty(result.Problems);
        Assert.Equal("arxiv-2305.17333.html", source.File);
        Assert.True(source.Line > 1);
    }

    [Fact]
    public void Title_id_key_url_and_year()
    {
        var paper = Fixture.Single(Fixture.Read("arxiv-2305.17333.html")).Paper;

        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", paper.Title);
        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal("2305.17333", paper.Key);
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.Url);
        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Authors_are_turned_around_to_first_last_in_page_order()
    {
        var paper = Fixture.Single(Fixture.Read("arxiv-2305.17333.html")).Paper;

        Assert.Equal(MeZOAuthors, paper.Authors);
    }

    [Fact]
    public void Abstract_and_the_code_link_behind_this_https_url()
    {
        var source = Fixture.Single(Fixture.Read("arxiv-2305.17333.html"));

        Assert.NotNull(source.Abstract);
        Assert.StartsWith("Fine-tuning language models usually needs", source.Abstract);
        Assert.Contains("MeZO", source.Abstract);
        Assert.Equal(new[] { "https://github.com/princeton-nlp/MeZO" }, source.Paper.CodeUrls);
    }

    [Fact]
    public void Body_alone_with_a_versioned_canonical_link()
    {
        // Only the visible page, as when the head is lost: the id comes from the canonical link.
        var html = BodyOnly(@"<link rel=""canonical"" href=""https://arxiv.org/abs/2305.17333v3"">");

        var source = Fixture.Single(HtmlPaperReader.Read(html, "abs.html"));
        var paper = source.Paper;

        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", paper.Title);
        Assert.Equal(MeZOAuthors, paper.Authors);
        Assert.Equal(2023, paper.Year);
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.Url);
        Assert.NotNull(source.Abstract);
        Assert.DoesNotContain("Abstract:", source.Abstract);
        Assert.Equal(new[] { "https://github.com/princeton-nlp/MeZO" }, paper.CodeUrls);
    }

    [Fact]
    public void Body_alone_with_og_url()
    {
        var html = BodyOnly(@"<meta property=""og:url"" content=""https://arxiv.org/abs/2305.17333v1"">");

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "abs.html")).Paper;

        Assert.Equal("2305.17333", paper.ArxivId);
    }

    [Fact]
    public void Year_comes_from_the_dateline_before_the_id()
    {
        // Ids are numbered by announcement month: a paper sent on 29 Dec can get the next year's id.
        var html = BodyOnly(@"<link rel=""canonical"" href=""https://arxiv.org/abs/2305.17333"">").Replace("[Submitted on 27 May 2023]", "[Submitted on 29 Dec 2022]");

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "abs.html")).Paper;

        Assert.Equal(2022, paper.Year);
    }

    [Fact]
    public void Year_falls_back_to_the_id_without_a_dateline()
    {
        var html = BodyOnly(@"<link rel=""canonical"" href=""https://arxiv.org/abs/2305.17333"">").Replace("[Submitted on 27 May 2023]", string.Empty);

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "abs.html")).Paper;

        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Old_style_id_from_the_canonical_link()
    {
        const string Html = @"<html><head><link rel=""canonical"" href=""https://arxiv.org/abs/hep-th/9711200v3""></head><body>
<h1 class=""title mathjax""><span class=""descriptor"">Title:</span>The Large N Limit of Superconformal Field Theories and Supergravity</h1>
<div class=""authors""><span class=""descriptor"">Authors:</span><a href=""/a/maldacena_j_1"">Juan M. Maldacena</a></div>
<blockquote class=""abstract mathjax""><span class=""descriptor"">Abstract:</span>We show that the large N limit of certain conformal field theories includes gravity.</blockquote>
</body></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(Html, "abs.html")).Paper;

        Assert.Equal("hep-th/9711200", paper.ArxivId);
        Assert.Equal("hep-th/9711200", paper.Key);
        Assert.Equal(1997, paper.Year);
        Assert.Equal(new[] { "Juan M. Maldacena" }, paper.Authors);
    }

    [Fact]
    public void Arxiv_classes_on_another_site_are_not_an_arxiv_page()
    {
        const string Html = @"<html><head><link rel=""canonical"" href=""https://blog.example.com/post""></head><body>
<h1 class=""title"">My holiday</h1><blockquote class=""abstract"">Not a paper.</blockquote></body></html>";

        var result = HtmlPaperReader.Read(Html, "blog.html");

        Assert.Empty(result.Papers);
        Assert.Equal(Fixture.NoPaper, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Missing_title_is_a_problem_with_a_line()
    {
        var html = BodyOnly(@"<link rel=""canonical"" href=""https://arxiv.org/abs/2305.17333"">")
            .Replace(@"<span class=""descriptor"">Title:</span>Fine-Tuning Language Models with Just Forward Passes", @"<span class=""descriptor"">Title:</span>");

        var result = HtmlPaperReader.Read(html, "abs.html");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("2305.17333", problem.Message);
        Assert.Contains("no title", problem.Message);
        Assert.True(problem.Line > 0);
    }

    /// <summary>The fixture without its citation_* tags, canonical link and og:url, plus <paramref name="head"/>.</summary>
    private static string BodyOnly(string head)
    {
        var text = Fixture.Text("arxiv-2305.17333.html");
        var lines = text.Split('\n')
            .Where(l => !l.Contains("name=\"citation_") && !l.Contains("rel=\"canonical\"") && !l.Contains("og:url"))
            .Select(l => l.Contains("<head>") ? l + head : l);
        var html = string.Join("\n", lines).Replace("(<a href=\"https://arxiv.org/abs/2305.17333v1\">v1</a>), last revised 11 Jan 2024 (this version, v3)", string.Empty);
        Assert.DoesNotContain("citation_", html);
        return html.Replace("[Submitted on 27 May 2023 ]", "[Submitted on 27 May 2023]");
    }
}
