using System.Diagnostics;
using System.Text;

namespace CitationLint.Corpus.Html.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html><head><title>My blog</title></head><body><h1>Hello</h1><p>Nothing to cite.</p><a href=\"https://arxiv.org/list/cs.CL/new\">new papers</a></body></html>")]
    [InlineData("just some text, not HTML at all")]
    public void A_page_without_papers_is_one_problem(string html)
    {
        var result = HtmlPaperReader.Read(html, "page.html");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("page.html", problem.File);
        Assert.Equal(0, problem.Line);
        Assert.Equal(Fixture.NoPaper, problem.Message);
    }

    [Fact]
    public void Null_input_is_a_problem_too()
    {
        var result = HtmlPaperReader.Read(null!, "page.html");

        Assert.Equal(Fixture.NoPaper, Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Garbage_bytes_are_a_problem_not_an_exception(int seed)
    {
        var bytes = new byte[200_000];
        new Random(seed).NextBytes(bytes);

        foreach (var text in new[] { Encoding.Latin1.GetString(bytes), Encoding.UTF8.GetString(bytes), Encoding.Unicode.GetString(bytes) })
        {
            var result = HtmlPaperReader.Read(text, "garbage.bin");

            Assert.Empty(result.Papers);
            Assert.Contains(result.Problems, p => p.Message == Fixture.NoPaper);
        }
    }

    [Fact]
    public void Nul_characters_around_a_real_paper()
    {
        var html = "\0\0\u0001" + Fixture.Text("publisher-page.html").Replace("<body>", "<body>\0\uFFFD\uFEFF");

        var paper = Fixture.Single(HtmlPaperReader.Read(html, "p.html")).Paper;

        Assert.Equal("Retrieval & Reasoning: Grounding Citations in Language Models", paper.Title);
    }

    [Fact]
    public void Unclosed_tags_still_give_the_cards()
    {
        // Every card is cut short: no </a>, </h3>, </p> or </article>.
        const string Html = @"<html><body><div class=""grid"">
<article><h3><a href=""/papers/2305.17333"">Fine-Tuning Language Models with Just Forward Passes</h3><p>Forward passes only
<article><h3><a href=""/papers/2401.10774"">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</h3><p>Decoding heads
<article><div><span><a href=""/papers/2312.00752"">Mamba: Linear-Time Sequence Modeling with Selective State Spaces";

        var result = HtmlPaperReader.Read(Html, "broken.html");

        Assert.Equal(new[] { "2305.17333", "2401.10774", "2312.00752" }, result.Papers.Select(p => p.Paper.ArxivId));
        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", result.Papers[0].Paper.Title);
        Assert.Equal("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", result.Papers[2].Paper.Title);
    }

    [Theory]
    [InlineData("<html><head><meta name=\"citation_title\" content=\"A Pap")]
    [InlineData("<html><head><meta name=\"citation_title\" content=\"A Paper\"><meta name=\"citation_author\" content=\"Doe, J")]
    [InlineData("<article><h3><a href=\"/papers/2305.17333")]
    [InlineData("<<<<>>>></></></a><a href=><a href=\"\"><article><a href=\"/papers/\">x</a></article>")]
    [InlineData("<!-- never closed <meta name=\"citation_title\" content=\"Hidden\">")]
    [InlineData("<script>document.write('<h1 class=\"title\">')</script><blockquote class=abstract>")]
    [InlineData("<svg><title>Paper</title><foreignObject><h1>Deep</h1></foreignObject></svg><table><td><article><h3><a href='/papers/2305.17333'>Fine-Tuning</a>")]
    public void Truncated_and_malformed_markup_does_not_throw(string html)
    {
        var result = HtmlPaperReader.Read(html, "bad.html");

        Assert.NotNull(result);
        Assert.True(result.Papers.Count > 0 || result.Problems.Count > 0);
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("could not read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_five_megabyte_listing_is_read_in_full()
    {
        var sb = new StringBuilder("<html><head><link rel=\"canonical\" href=\"https://huggingface.co/papers\"></head><body>\n");
        var count = 0;
        while (sb.Length < 5_000_000)
        {
            var id = $"23{count / 90000 % 12 + 1:00}.{count % 90000 + 10000:00000}";
            sb.Append("<article class=\"card\"><a href=\"/papers/").Append(id).Append("\"><img src=\"t.png\"></a>")
              .Append("<h3><a href=\"/papers/").Append(id).Append("\">Paper number ").Append(count).Append(" on forward passes</a></h3>")
              .Append("<p>An abstract that says very little, with a link to github.com/example/repo").Append(count).Append(".</p>")
              .Append("<a href=\"/papers/").Append(id).Append("#community\">").Append(count % 50).Append(" comments</a></article>\n");
            count++;
        }

        var watch = Stopwatch.StartNew();
        var result = HtmlPaperReader.Read(sb.ToString(), "big.html");

        Assert.Empty(result.Problems);
        Assert.Equal(count, result.Papers.Count);
        Assert.Equal(count, result.Papers.Select(p => p.Paper.Key).Distinct().Count());
        Assert.Equal("Paper number 7 on forward passes", result.Papers[7].Paper.Title);
        Assert.Equal(new[] { "https://github.com/example/repo7" }, result.Papers[7].Paper.CodeUrls);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    public static TheoryData<string, string> Bombs => new()
    {
        // Each of these takes AngleSharp minutes to hours unguarded.
        { "unclosed divs", Repeat("<div>", 1_000_000) },
        { "formatting per paragraph", string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<p><b id={i}>x")) },
        { "attributes", "<div " + string.Concat(Enumerable.Range(0, 300_000).Select(i => $"a{i}=1 ")) + ">" },
        { "unclosed spans and tables", Repeat("<span><table><tr><td><div>", 100_000) },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Pathological_markup_is_read_in_reasonable_time(string name, string bomb)
    {
        var html = "<html><head>\n<meta name=\"citation_title\" content=\"Fine-Tuning Language Models with Just Forward Passes\">\n"
                   + "<meta name=\"citation_arxiv_id\" content=\"2305.17333\">\n</head><body>\n" + bomb
                   + "<article><h3><a href=\"/papers/2401.10774\">Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads</a></h3></article>";

        var watch = Stopwatch.StartNew();
        var result = HtmlPaperReader.Read(html, name);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{name} took {watch.Elapsed}");
        Assert.Contains(result.Papers, p => p.Paper.ArxivId == "2305.17333");
        var problem = Assert.Single(result.Problems);
        Assert.Contains("markup is broken", problem.Message);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Ordinary_pages_are_not_touched_by_the_guard()
    {
        // 600 sibling cards with sloppy but shallow markup: nothing to flatten.
        var sb = new StringBuilder("<html><body>\n");
        for (var i = 0; i < 600; i++)
        {
            sb.Append("<section><article><div><h3><a href=\"/papers/2305.").Append(10000 + i).Append("\">Paper <i>number</i> ").Append(i)
              .Append("</a></h3><p>text<b>bold<p>more</section>\n");
        }

        var result = HtmlPaperReader.Read(sb.ToString(), "sloppy.html");

        Assert.Empty(result.Problems);
        Assert.Equal(600, result.Papers.Count);
        Assert.Equal("Paper number 599", result.Papers[599].Paper.Title);
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
}
