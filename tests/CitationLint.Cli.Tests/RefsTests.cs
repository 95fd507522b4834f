using System.Text.Json;
using CitationLint.Cli.Refs;
using CitationLint.Corpus;

namespace CitationLint.Cli.Tests;

/// <summary><c>citationlint refs</c>: the papers the analyzer identifies, once each, with where; BibTeX that reads back.</summary>
public sealed class RefsTests : IDisposable
{
    private const string Cited = """
        namespace Demo;

        // Paper: MeZo
        public sealed class Step { }

        /// <summary>Uses Medusa (https://arxiv.org/abs/2401.10774).</summary>
        public sealed class Other { }

        [CitationLint.Cites("Fine-Tuning Language Models with Just Forward Passes")]
        public sealed class Third { }

        // Cites: BERT, Adam
        // Paper: Quaxitron, a made-up name
        public sealed class Fourth { }
        """;

    private static readonly PaperCorpus Embedded = EmbeddedCorpora.Select(seed: true, wellKnown: true);

    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Bibtex_lists_each_identified_paper_once_with_where_and_reads_back_as_the_same_papers()
    {
        folder.Write("A.cs", Cited);
        var bib = folder.Path("refs.bib");
        var (exit, _, error) = TestFolder.Run("refs", folder.Dir, "--format", "bibtex", "--output", bib);
        Assert.Equal(0, exit);
        Assert.Contains("4 papers cited at 5 places", error);
        var text = File.ReadAllText(bib);
        var read = BibTexReader.Read(text, bib);
        Assert.Empty(read.Problems);
        var keys = read.Papers.Select(p => p.Paper.Key).ToList();
        Assert.Equal(new[] { "1412.6980", "1810.04805", "2305.17333", "2401.10774" }, keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var back in read.Papers)
        {
            AssertSamePaper(Embedded.FindByKey(back.Paper.Key)!, back.Paper);
        }

        Assert.Contains("% cited at " + folder.Path("A.cs") + ":3, " + folder.Path("A.cs") + ":9", text);
        Assert.Equal(read.Papers.Count, read.Papers.Select(p => p.Paper.BibKey).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(text, TestFolder.Run("refs", folder.Dir).Out);
    }

    [Fact]
    public void Every_embedded_paper_written_as_bibtex_reads_back_as_the_same_paper()
    {
        // The writer's escaping against the reader, over every title, name and URL the corpora hold.
        var cited = Embedded.Papers.Select((p, i) => (p, "A.cs", i + 1)).ToList();
        var works = CitedWork.From(cited);
        var writer = new StringWriter();
        BibTexWriter.Write(works, writer);
        var read = BibTexReader.Read(writer.ToString(), "all.bib");
        Assert.Empty(read.Problems);
        Assert.Equal(Embedded.Papers.Count, read.Papers.Count);
        var byBibKey = works.ToDictionary(w => w.BibKey, w => w.Paper, StringComparer.Ordinal);
        foreach (var back in read.Papers)
        {
            AssertSamePaper(byBibKey[back.Paper.BibKey!], back.Paper);
        }
    }

    [Fact]
    public void Keys_are_stable_and_unique_when_author_year_and_first_word_agree()
    {
        var corpus = folder.Write("refs.papers.tsv", "key\ttitle\taliases\tarxiv\turl\tyear\tauthors\n"
            + "frob-a\tFrobnication at Scale\tFrobNet\t\t\t2020\tJane Doe\n"
            + "frob-b\tFrobnication at Small Scale\tFrobLite\t\t\t2020\tJane Doe\n");
        folder.Write("A.cs", "// Paper: FrobNet\nclass A { }\n// Paper: FrobLite\nclass B { }\n");
        var (exit, output, _) = TestFolder.Run("refs", folder.Dir, "--corpus", corpus, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var keys = json.RootElement.EnumerateArray().Select(e => (e.GetProperty("key").GetString()!, e.GetProperty("bibKey").GetString()!)).ToList();
        Assert.Equal(new[] { ("frob-a", "doe2020frobnication"), ("frob-b", "doe2020frobnicationa") }, keys);

        // Citing them in the other order changes nothing: keys come from the papers, not the code.
        folder.Write("A.cs", "// Paper: FrobLite\nclass B { }\n// Paper: FrobNet\nclass A { }\n");
        using var again = JsonDocument.Parse(TestFolder.Run("refs", folder.Dir, "--corpus", corpus, "--format", "json").Out);
        Assert.Equal(keys, again.RootElement.EnumerateArray().Select(e => (e.GetProperty("key").GetString()!, e.GetProperty("bibKey").GetString()!)).ToList());
    }

    [Fact]
    public void Json_gives_the_paper_and_every_place_it_is_cited()
    {
        folder.Write("A.cs", Cited);
        folder.Write("sub/B.cs", "// Paper: MeZO\nclass B { }\n");
        using var json = JsonDocument.Parse(TestFolder.Run("refs", folder.Dir, "--format", "json").Out);
        var mezo = json.RootElement.EnumerateArray().Single(e => e.GetProperty("key").GetString() == "2305.17333");
        Assert.Equal(Embedded.FindByKey("2305.17333")!.Title, mezo.GetProperty("title").GetString());
        Assert.Equal(2023, mezo.GetProperty("year").GetInt32());
        var places = mezo.GetProperty("citedAt").EnumerateArray().Select(p => (Path.GetFileName(p.GetProperty("path").GetString()!), p.GetProperty("line").GetInt32())).ToList();
        Assert.Equal(new[] { ("A.cs", 3), ("A.cs", 9), ("B.cs", 1) }, places);
        Assert.DoesNotContain(json.RootElement.EnumerateArray(), e => e.GetProperty("title").GetString()!.Contains("Quaxitron", StringComparison.Ordinal));
    }

    [Fact]
    public void Cff_is_a_references_list_of_articles_with_authors_year_url_and_identifiers()
    {
        folder.Write("A.cs", "// Paper: MeZO\nclass A { }\n");
        var (exit, output, _) = TestFolder.Run("refs", folder.Dir, "--format", "cff");
        Assert.Equal(0, exit);
        var lines = output.Split('\n').Where(l => !l.StartsWith('#')).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var mezo = Embedded.FindByKey("2305.17333")!;
        Assert.Equal("references:", lines[0]);
        Assert.Equal("  - type: article", lines[1]);
        Assert.Equal("    title: \"" + mezo.Title + "\"", lines[2]);
        Assert.Equal("    authors:", lines[3]);
        Assert.Equal("      - family-names: \"Malladi\"", lines[4]);
        Assert.Equal("        given-names: \"Sadhika\"", lines[5]);
        Assert.Contains("    year: 2023", lines);
        Assert.Contains("    url: \"https://arxiv.org/abs/2305.17333\"", lines);
        Assert.Contains("        value: \"arXiv:2305.17333\"", lines);
        Assert.Equal(mezo.Authors.Count, lines.Count(l => l.StartsWith("      - family-names: ", StringComparison.Ordinal) || l.StartsWith("      - name: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cff_and_markdown_escape_what_they_must()
    {
        Assert.Equal("\"a \\\"quoted\\\" \\\\ title\\u000a\"", CffWriter.Quote("a \"quoted\" \\ title\n"));
        Assert.Equal("\\*bold\\* \\[link\\]", MarkdownWriter.Escape("*bold* [link]"));
        Assert.Equal("50\\% of \\{x\\} \\& y\\_z", BibTexWriter.Escape("50% of {x} & y_z"));
    }

    [Fact]
    public void Markdown_lists_each_paper_with_its_places()
    {
        folder.Write("A.cs", Cited);
        var (exit, output, _) = TestFolder.Run("refs", folder.Dir, "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.StartsWith("# References", output);
        Assert.Contains("*Fine-Tuning Language Models with Just Forward Passes*. <https://arxiv.org/abs/2305.17333>", output);
        Assert.Contains("cited at `" + folder.Path("A.cs") + ":3`, `" + folder.Path("A.cs") + ":9`", output);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_exit_2()
    {
        var (exit, _, error) = TestFolder.Run("refs", folder.Path("missing"));
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
    }

    private static void AssertSamePaper(Paper expected, Paper actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.ArxivId, actual.ArxivId);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Url ?? expected.GetCanonicalUrl(), actual.Url ?? actual.GetCanonicalUrl());
        Assert.Equal(expected.Aliases.Where(a => !a.Contains('|', StringComparison.Ordinal)), actual.Aliases);
    }
}
