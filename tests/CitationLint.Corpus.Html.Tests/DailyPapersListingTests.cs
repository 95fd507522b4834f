namespace CitationLint.Corpus.Html.Tests;

public sealed class DailyPapersListingTests
{
    [Fact]
    public void Reads_the_three_cards_in_page_order()
    {
        var result = Fixture.Read("daily-papers-listing.html");

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "2305.17333", "2401.10774", "2312.00752" }, result.Papers.Select(p => p.Paper.ArxivId));
        Assert.Equal(
            new[]
            {
                "Fine-Tuning Language Models with Just Forward Passes",
                "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads",
                "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
            },
            result.Papers.Select(p => p.Paper.Title));
    }

    [Fact]
    public void Keys_urls_and_years_come_from_the_ids()
    {
        var papers = Fixture.Read("daily-papers-listing.html").Papers.Select(p => p.Paper).ToList();

        Assert.Equal(new[] { "2305.17333", "2401.10774", "2312.00752" }, papers.Select(p => p.Key));
        Assert.Equal(
            new[] { "https://arxiv.org/abs/2305.17333", "https://arxiv.org/abs/2401.10774", "https://arxiv.org/abs/2312.00752" },
            papers.Select(p => p.Url));
        Assert.Equal(new int?[] { 2023, 2024, 2023 }, papers.Select(p => p.Year));
    }

    [Fact]
    public void Counters_comments_and_image_links_are_not_titles()
    {
        var titles = Fixture.Read("daily-papers-listing.html").Papers.Select(p => p.Paper.Title).ToList();

        Assert.DoesNotContain(titles, t => t.Contains("comments") || t.Contains("upvote") || t.Any(char.IsDigit) && t.Length < 6);
        Assert.Equal(3, titles.Count);
    }

    [Fact]
    public void Card_paragraph_is_the_abstract_and_its_code_link_is_kept()
    {
        var papers = Fixture.Read("daily-papers-listing.html").Papers;

        Assert.StartsWith("MeZO fine-tunes a language model", papers[0].Abstract);
        Assert.Equal(new[] { "https://github.com/princeton-nlp/MeZO" }, papers[0].Paper.CodeUrls);
        Assert.StartsWith("Extra decoding heads", papers[1].Abstract);
        Assert.Empty(papers[1].Paper.CodeUrls);
        Assert.Null(papers[2].Abstract);
    }

    [Fact]
    public void Lines_point_at_the_cards()
    {
        var text = Fixture.Text("daily-papers-listing.html");
        var lines = text.Split('\n');
        var papers = Fixture.Read("daily-papers-listing.html").Papers;

        foreach (var paper in papers)
        {
            Assert.Contains("<article", lines[paper.Line - 1]);
        }
    }

    [Fact]
    public void A_paper_listed_twice_is_read_once()
    {
        const string Html = @"<html><body>
<section><h2>Trending</h2>
<article><h3><a href=""/papers/2305.17333"">Fine-Tuning Language Models with Just Forward Passes</a></h3></article>
</section>
<section><h2>Today</h2>
<article><h3><a href=""https://huggingface.co/papers/2305.17333"">Fine-Tuning Language Models with Just Forward Passes</a></h3><p>Forward passes only.</p></article>
<article><h3><a href=""/papers/2401.10774"">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</a></h3></article>
</section></body></html>";

        var result = HtmlPaperReader.Read(Html, "list.html");

        Assert.Equal(new[] { "2305.17333", "2401.10774" }, result.Papers.Select(p => p.Paper.Key));
        Assert.Equal("Forward passes only.", result.Papers[0].Abstract);
        Assert.Equal(3, result.Papers[0].Line);
    }

    [Fact]
    public void Without_a_heading_the_longest_text_link_is_the_title()
    {
        const string Html = @"<html><body>
<article>
  <a href=""/papers/2401.10774""><img src=""thumb.png""></a>
  <a href=""/papers/2401.10774#upvote"">57</a>
  <a href=""/papers/2401.10774"">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</a>
  <a href=""/papers/2401.10774#community"">3 comments</a>
  <a href=""/papers/2401.10774"">arXiv:2401.10774</a>
</article></body></html>";

        var paper = Fixture.Single(HtmlPaperReader.Read(Html, "list.html")).Paper;

        Assert.Equal("Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", paper.Title);
    }

    [Fact]
    public void Card_without_a_title_is_a_problem_and_the_others_are_read()
    {
        const string Html = "<html><body>\n"
            + "<article><a href=\"/papers/2305.17333\"><img src=\"t.png\"></a> <a href=\"/papers/2305.17333#community\">12 comments</a></article>\n"
            + "<article><h3><a href=\"/papers/2401.10774\">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</a></h3></article>\n"
            + "</body></html>";

        var result = HtmlPaperReader.Read(Html, "list.html");

        Assert.Equal("2401.10774", Assert.Single(result.Papers).Paper.ArxivId);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("list.html", problem.File);
        Assert.Contains("/papers/2305.17333", problem.Message);
        Assert.Contains("no title", problem.Message);
    }

    [Fact]
    public void Other_links_in_a_card_are_not_papers()
    {
        const string Html = @"<html><body>
<article><h3><a href=""/papers?date=2024-01-19"">Daily Papers of 19 January</a></h3><a href=""/papers/date/2024-01-19"">Archive</a></article>
<article><h3><a href=""https://example.com/papers/2305.17333"">Fine-Tuning Language Models with Just Forward Passes</a></h3></article>
</body></html>";

        var result = HtmlPaperReader.Read(Html, "list.html");

        Assert.Empty(result.Papers);
        Assert.Equal(Fixture.NoPaper, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Without_cards_links_in_headings_are_read()
    {
        const string Html = @"<html><body><div class=""grid"">
<div><h3><a href=""/papers/2305.17333"">Fine-Tuning Language Models with Just Forward Passes</a></h3><a href=""/papers/2305.17333"">12 comments</a></div>
<div><h3><a href=""/papers/2401.10774"">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</a></h3></div>
<p><a href=""/papers/2312.00752"">a link in running text</a></p>
</div></body></html>";

        var result = HtmlPaperReader.Read(Html, "list.html");

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "2305.17333", "2401.10774" }, result.Papers.Select(p => p.Paper.ArxivId));
    }
}
