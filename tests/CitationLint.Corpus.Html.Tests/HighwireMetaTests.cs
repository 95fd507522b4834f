namespace CitationLint.Corpus.Html.Tests;

public sealed class HighwireMetaTests
{
    private const string PublisherTitle = "Retrieval & Reasoning: Grounding Citations in Language Models";

    [Fact]
    public void Entities_in_the_title_are_decoded()
    {
        var result = Fixture.Read("publisher-page.html");

        var paper = Fixture.Single(result).Paper;
        Assert.Empty(result.Problems);
        Assert.Equal(PublisherTitle, paper.Title);
    }

    [Fact]
    public void Without_an_arxiv_id_the_key_is_a_slug_and_the_url_the_canonical_link()
    {
        var paper = Fixture.Single(Fixture.Read("publisher-page.html")).Paper;

        Assert.Null(paper.ArxivId);
        Assert.Equal(Slug.FromTitle(PublisherTitle), paper.Key);
        Assert.Equal("retrieval-reasoning-grounding-citations-in-language-models", paper.Key);
        Assert.Equal("https://journals.example.org/jcln/article/10.5555/jcln.2022.017", paper.Url);
    }

    [Fact]
    public void Year_is_from_the_first_date_tag()
    {
        var paper = Fixture.Single(Fixture.Read("publisher-page.html")).Paper;

        // citation_publication_date (2022/11/03) is preferred to citation_online_date.
        Assert.Equal(2022, paper.Year);
    }

    [Fact]
    public void Authors_last_first_are_turned_around_and_entities_decoded()
    {
        var paper = Fixture.Single(Fixture.Read("publisher-page.html")).Paper;

        Assert.Equal(new[] { "Jane Doe", "Richard Roe", "María José García", "Martin Luther King Jr." }, paper.Authors);
    }

    [Fact]
    public void Abstract_without_its_markup_and_code_url_in_it()
    {
        var source = Fixture.Single(Fixture.Read("publisher-page.html"));

        Assert.Equal(
            "Language models cite sources they never read. We pair a retriever with a checker that rejects citations whose text does not support the claim & report the rate of unsupported citations on three benchmarks. Data and code: https://gitlab.com/example-lab/grounded-citations",
            source.Abstract);
        Assert.Equal(new[] { "https://gitlab.com/example-lab/grounded-citations" }, source.Paper.CodeUrls);
    }

    [Fact]
    public void Line_is_the_citation_title_tag()
    {
        var lines = Fixture.Text("publisher-page.html").Split('\n');
        var source = Fixture.Single(Fixture.Read("publisher-page.html"));

        Assert.Contains("citation_title", lines[source.Line - 1]);
    }

    [Theory]
    [InlineData(@"<meta name=""citation_arxiv_id"" content=""2305.17333v2"">")]
    [InlineData(@"<meta name=""citation_arxiv_id"" content=""arXiv:2305.17333"">")]
    [InlineData(@"<meta name=""citation_pdf_url"" content=""http://arxiv.org/pdf/2305.17333v3.pdf"">")]
    [InlineData(@"<meta name=""citation_abstract_html_url"" content=""https://arxiv.org/abs/2305.17333"">")]
    [InlineData(@"<meta name=""citation_doi"" content=""10.48550/arXiv.2305.17333"">")]
    [InlineData(@"<meta name=""citation_doi"" content=""https://doi.org/10.48550/ARXIV.2305.17333"">")]
    public void Arxiv_id_from_each_tag(string idTag)
    {
        var html = $@"<html><head>
<meta name=""citation_title"" content=""Fine-Tuning Language Models with Just Forward Passes"">
{idTag}
</head><body></body></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "p.html")).Paper;

        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal("2305.17333", paper.Key);
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.Url);
        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Pdf_url_elsewhere_gives_no_id()
    {
        const string Html = @"<html><head>
<meta name=""citation_title"" content=""A Paper"">
<meta name=""citation_pdf_url"" content=""https://notarxiv.org/pdf/2305.17333"">
<meta name=""citation_doi"" content=""10.5555/2305.17333"">
</head></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(Html, "p.html")).Paper;

        Assert.Null(paper.ArxivId);
        Assert.Equal("a-paper", paper.Key);
        Assert.Null(paper.Url);
        Assert.Null(paper.Year);
    }

    [Theory]
    [InlineData("citation_date", "2021/07/01", 2021)]
    [InlineData("citation_publication_date", "07/01/2020", 2020)]
    [InlineData("citation_online_date", "2019", 2019)]
    public void Year_from_each_date_tag(string name, string value, int year)
    {
        var html = $@"<html><head><meta name=""citation_title"" content=""A Paper""><meta name=""{name}"" content=""{value}""></head></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "p.html")).Paper;

        Assert.Equal(year, paper.Year);
    }

    [Fact]
    public void Meta_tags_without_a_title_are_a_problem_on_their_line()
    {
        const string Html = "<html>\n<head>\n<meta name=\"citation_author\" content=\"Doe, Jane\">\n<meta name=\"citation_date\" content=\"2022\">\n</head></html>";

        var result = HtmlPaperReader.Read(Html, "p.html");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("citation_title", problem.Message);
    }

    [Fact]
    public void Tags_and_the_arxiv_body_merge_into_one_paper_when_only_the_body_knows_the_id()
    {
        // A citation_title without citation_arxiv_id next to an arXiv abstract: one paper, with the id.
        const string Html = @"<html><head>
<link rel=""canonical"" href=""https://arxiv.org/abs/2305.17333v3"">
<meta name=""citation_title"" content=""Fine-Tuning Language Models with Just Forward Passes"">
<meta name=""citation_author"" content=""Malladi, Sadhika"">
<meta name=""citation_date"" content=""2023/05/27"">
</head><body>
<h1 class=""title""><span class=""descriptor"">Title:</span>Fine-Tuning Language Models with Just Forward Passes</h1>
<blockquote class=""abstract""><span class=""descriptor"">Abstract:</span>Forward passes only. Code: <a href=""https://github.com/princeton-nlp/MeZO"">this https URL</a></blockquote>
</body></html>";

        var result = HtmlPaperReader.Read(Html, "p.html");

        var paper = Fixture.Single(result).Paper;
        Assert.Equal("2305.17333", paper.Key);
        Assert.Equal(new[] { "Sadhika Malladi" }, paper.Authors);
        Assert.Equal(new[] { "https://github.com/princeton-nlp/MeZO" }, paper.CodeUrls);
    }

    [Fact]
    public void Plural_citation_authors_is_split_at_semicolons()
    {
        const string Html = @"<html><head><meta name=""citation_title"" content=""A Paper""><meta name=""citation_authors"" content=""Doe, Jane; Roe, Richard""></head></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(Html, "p.html")).Paper;

        Assert.Equal(new[] { "Jane Doe", "Richard Roe" }, paper.Authors);
    }

    [Fact]
    public void Control_characters_and_line_breaks_are_cleaned_from_fields()
    {
        const string Html = "<html><head><meta name=\"citation_title\" content=\"A\u202E Paper&#10;on\tTabs\"><meta name=\"citation_author\" content=\"Doe,\nJane\"></head></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(Html, "p.html")).Paper;

        Assert.Equal("A Paper on Tabs", paper.Title);
        Assert.Equal(new[] { "Jane Doe" }, paper.Authors);
    }
}
