namespace CitationLint.Corpus.Html.Tests;

public sealed class DailyPaperPageTests
{
    private const string MedusaTitle = "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads";

    [Fact]
    public void Title_id_key_url_and_year()
    {
        var result = Fixture.Read("paper-page-2401.10774.html");

        var paper = Fixture.Single(result).Paper;
        Assert.Empty(result.Problems);
        Assert.Equal(MedusaTitle, paper.Title);
        Assert.Equal("2401.10774", paper.ArxivId);
        Assert.Equal("2401.10774", paper.Key);
        Assert.Equal("https://arxiv.org/abs/2401.10774", paper.Url);
        Assert.Equal(2024, paper.Year);
    }

    [Fact]
    public void Abstract_is_the_section_after_the_heading()
    {
        var source = Fixture.Single(Fixture.Read("paper-page-2401.10774.html"));

        Assert.NotNull(source.Abstract);
        Assert.StartsWith("Large language models generate one token per decoding step", source.Abstract);
        Assert.EndsWith("https://github.com/FasterDecoding/Medusa.", source.Abstract);
        Assert.DoesNotContain("Community", source.Abstract);
    }

    [Fact]
    public void Code_url_comes_from_the_abstract_only()
    {
        var paper = Fixture.Single(Fixture.Read("paper-page-2401.10774.html")).Paper;

        // The hub-docs link in the Community section is not the paper's code.
        Assert.Equal(new[] { "https://github.com/FasterDecoding/Medusa" }, paper.CodeUrls);
    }

    [Fact]
    public void Authors_linked_or_not()
    {
        var paper = Fixture.Single(Fixture.Read("paper-page-2401.10774.html")).Paper;

        Assert.Equal(
            new[] { "Tianle Cai", "Yuhong Li", "Zhengyang Geng", "Hongwu Peng", "Jason D. Lee", "Deming Chen", "Tri Dao" },
            paper.Authors);
    }

    [Fact]
    public void Without_a_head_the_page_is_known_by_its_abstract_heading_and_paper_links()
    {
        var text = Fixture.Text("paper-page-2401.10774.html");
        var body = text.Substring(text.IndexOf("<body", StringComparison.Ordinal));

        var paper = Fixture.Single(HtmlPaperReader.Read("<html>" + body, "saved.html")).Paper;

        Assert.Equal("2401.10774", paper.ArxivId);
        Assert.Equal(MedusaTitle, paper.Title);
    }

    [Fact]
    public void Missing_h1_falls_back_to_the_social_title()
    {
        var text = Fixture.Text("paper-page-2401.10774.html");
        var html = System.Text.RegularExpressions.Regex.Replace(text, "<h1[^>]*>.*?</h1>", string.Empty);

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "p.html")).Paper;

        Assert.Equal(MedusaTitle, paper.Title);
    }

    [Fact]
    public void No_title_at_all_is_a_problem()
    {
        const string Html = @"<html><head><link rel=""canonical"" href=""https://huggingface.co/papers/2401.10774""></head>
<body><h2>Abstract</h2><p>Decoding heads.</p></body></html>";

        var result = HtmlPaperReader.Read(Html, "p.html");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("2401.10774", problem.Message);
        Assert.Contains("no title", problem.Message);
    }

    [Fact]
    public void Abstract_heading_in_a_wrapper_and_loose_text()
    {
        const string Html = @"<html><head><meta property=""og:url"" content=""https://huggingface.co/papers/2401.10774""></head><body>
<h1>Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</h1>
<div class=""head""><h2>Abstract</h2></div>
<div>Several decoding heads, <b>one</b> verification step.<br>See github.com/FasterDecoding/Medusa</div>
<h2>Community</h2><p>Nice work!</p>
</body></html>";

        var source = Fixture.Single(HtmlPaperReader.Read(Html, "p.html"));

        Assert.Equal("Several decoding heads, one verification step. See github.com/FasterDecoding/Medusa", source.Abstract);
        Assert.Equal(new[] { "https://github.com/FasterDecoding/Medusa" }, source.Paper.CodeUrls);
    }
}
