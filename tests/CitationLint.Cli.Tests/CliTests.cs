using System.Globalization;
using CitationLint.Corpus;

namespace CitationLint.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("citationlint-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Lookup_of_a_misspelled_name_prints_the_paper_first()
    {
        var (exit, output, _) = Run("lookup", "MeZo");
        Assert.Equal(0, exit);
        var first = output.Split('\n')[0];
        Assert.Contains("2305.17333", first);
        Assert.Contains("Fine-Tuning Language Models with Just Forward Passes", first);
        Assert.Contains("https://arxiv.org/abs/2305.17333", first);
    }

    [Theory]
    [InlineData("Medsua", "2401.10774")]
    [InlineData("fine-tuning language models with just forward pass", "2305.17333")]
    [InlineData("Graph Mamba", "2402.08678")]
    [InlineData("https://arxiv.org/pdf/2305.17333v2.pdf", "2305.17333")]
    public void Lookup_tsv_format_is_score_key_title_matched(string text, string key)
    {
        var (exit, output, _) = Run("lookup", text, "--format", "tsv", "--top", "3");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 3);
        var fields = lines[0].Split('\t');
        Assert.Equal(4, fields.Length);
        var score = double.Parse(fields[0], CultureInfo.InvariantCulture);
        Assert.InRange(score, CorpusIndex.NearMissThreshold, 1.0);
        Assert.Equal(key, fields[1]);
        Assert.Equal(DefaultCorpus.Instance.FindByKey(key)!.Title, fields[2]);
    }

    [Fact]
    public void Lookup_of_a_made_up_name_finds_nothing_and_exits_1()
    {
        var (exit, output, error) = Run("lookup", "Quaxitron");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no paper", error);
    }

    [Fact]
    public void Lookup_with_a_project_corpus_adds_it_to_the_embedded_corpora_unless_told_not_to()
    {
        var corpus = Write("refs.papers.tsv", "key\ttitle\taliases\n" + "frob\tFrobnication at Scale\tFrobNet\n");
        var (exit, output, _) = Run("lookup", "FrobNet", "--corpus", corpus, "--format", "tsv");
        Assert.Equal(0, exit);
        Assert.StartsWith("1.000\tfrob\tFrobnication at Scale\tFrobNet", output);
        Assert.Equal(0, Run("lookup", "MeZO", "--corpus", corpus).Exit);
        Assert.Equal(0, Run("lookup", "BERT", "--corpus", corpus).Exit);
        Assert.Equal(1, Run("lookup", "MeZO", "--corpus", corpus, "--no-embedded").Exit);
        Assert.Equal(0, Run("lookup", "FrobNet", "--corpus", corpus, "--no-embedded").Exit);
    }

    [Fact]
    public void Lookup_with_a_broken_project_corpus_reports_each_problem_once()
    {
        var bib = Write("refs.bib", "@misc{frob, title = {Frobnication at Scale}, year = {2020}}\n@article{broken, title = {Unclosed\n");
        var (exit, output, error) = Run("lookup", "Frobnication at Scale", "--corpus", bib, "--format", "tsv");
        Assert.Equal(0, exit);
        Assert.Contains("Frobnication at Scale", output);
        Assert.Equal(1, error.Split("refs.bib(2)").Length - 1);
    }

    [Fact]
    public void Corpus_build_reports_an_id_with_two_titles_and_a_name_of_two_papers_as_conflicts()
    {
        var first = Write("first.papers.tsv", "key\ttitle\taliases\tarxiv\n2501.00003\tFrobnication at Scale\tFrob\t2501.00003\n2501.00004\tQuaxitron Networks\tQNet\t2501.00004\n");
        var second = Write("second.papers.tsv", "key\ttitle\taliases\tarxiv\n2501.00003\tFrobnication at Scale, Revisited\tFrob\t2501.00003\n2501.00005\tQuantised Nets\tQNet\t2501.00005\n");
        var outFile = Path.Combine(dir, "merged.papers.tsv");
        var (exit, _, error) = Run("corpus", "build", first, second, "--out", outFile);

        // Conflicts are reported, not errors: the output is written, the later input winning a field.
        Assert.Equal(0, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var title = Assert.Single(lines, l => l.Contains("2501.00003", StringComparison.Ordinal));
        Assert.StartsWith("conflict: ", title);
        Assert.Contains("second.papers.tsv(2)", title);
        Assert.Contains("\"Frobnication at Scale\" to \"Frobnication at Scale, Revisited\"", title);
        var name = Assert.Single(lines, l => l.Contains("'QNet'", StringComparison.Ordinal));
        Assert.StartsWith("conflict: the name 'QNet' is carried by 2 papers: '2501.00004' (\"Quaxitron Networks\"); '2501.00005' (\"Quantised Nets\")", name);
        Assert.DoesNotContain(lines, l => l.Contains("'Frob'", StringComparison.Ordinal));
        var papers = PaperTsv.Read(File.ReadAllText(outFile), outFile).Papers.Select(p => p.Paper).ToDictionary(p => p.Key);
        Assert.Equal("Frobnication at Scale, Revisited", papers["2501.00003"].Title);
        Assert.Equal(3, papers.Count);
    }

    [Fact]
    public void Corpus_build_merges_a_bib_and_a_tsv_entry_of_one_paper_as_the_analyzer_does()
    {
        var bib = Write("a.bib", "@misc{frob2020scale, title = {Frobnication at Scale}, shorthand = {Frob}, eprint = {2501.00003}, archivePrefix = {arXiv}, year = {2025}}\n");
        var tsv = Write("b.papers.tsv", "key\ttitle\taliases\tarxiv\n2501.00003\tFrobnication at Scale: A Study\tFrobNet\t2501.00003\n");
        var outFile = Path.Combine(Path.GetDirectoryName(bib)!, "merged.papers.tsv");
        var (exit, _, error) = Run("corpus", "build", bib, tsv, "--out", outFile);
        Assert.Equal(0, exit);
        Assert.Contains("b.papers.tsv(2): this entry changes the title of '2501.00003' (from a.bib)", error);
        var paper = PaperTsv.Read(File.ReadAllText(outFile), outFile).Papers.Single().Paper;
        Assert.Equal("Frobnication at Scale: A Study", paper.Title);
        Assert.Equal(new[] { "Frob", "FrobNet" }, paper.Aliases);
        Assert.Equal("frob2020scale", paper.BibKey);
        Assert.Equal(2025, paper.Year);

        // The analyzer's merge gives the same paper.
        var sources = new[] { bib, tsv }.Select(p => CorpusSources.ToSourcePapers(p, CorpusSources.Read(p, File.ReadAllText(p))!, new List<CorpusProblem>()));
        var merge = new CorpusMerge();
        foreach (var source in sources)
        {
            merge.Add(source);
        }

        var analyzerPaper = merge.Papers.Single();
        Assert.Equal(PaperTsv.Write(new[] { paper }), PaperTsv.Write(new[] { analyzerPaper }));
    }

    [Fact]
    public void Corpus_build_merges_sources_reports_problems_with_lines_and_still_writes_the_good_entries()
    {
        var listing = Write("day.txt", string.Join("\n",
            "Subscribe",
            "Jul 11",
            "Fine-Tuning Language Models with Just Forward Passes",
            "Fine-tuning language models has shown success, but as models grow, backpropagation needs a prohibitively large amount of memory. In this work, we propose a memory-efficient zerothorder optimizer (MeZO), adapting the classical ZO-SGD method to operate in-place.",
            "Fine-Tuning Language Models with Just Forward Passes",
            "Fine-tuning language models has shown success, but as models grow, backpropagation needs a prohibitively large amount of memory. In this work, we propose a memory-efficient zerothorder optimizer (MeZO), adapting the classical ZO-SGD method to operate in-place."));
        var bib = Write("refs.bib", string.Join("\n",
            "@misc{medusa,",
            "  title = {Medusa: Simple {LLM} Inference Acceleration Framework with Multiple Decoding Heads},",
            "  author = {Cai, Tianle and Li, Yuhong},",
            "  year = {2024}, eprint = {2401.10774}, archivePrefix = {arXiv}",
            "}",
            "@article{broken,",
            "  title = {Unbalanced {braces,",
            "  year = 2020",
            "",
            "@misc{good, title = {A Good Paper After the Broken One}, year = {2021}}"));
        var ids = Write("ids.tsv", "title\tarxiv_id\tauthors\tevidence\nFine-Tuning Language Models with Just Forward Passes\t2305.17333\tSadhika Malladi; Tianyu Gao\thttps://arxiv.org/abs/2305.17333\n");
        var outFile = Path.Combine(dir, "out", "built.papers.tsv");

        var (exit, output, error) = Run("corpus", "build", listing, bib, "--ids", ids, "--out", outFile);

        Assert.Equal(1, exit);
        Assert.Contains("read 2 papers from day.txt", output);
        Assert.Contains("merged 4 entries into 3 papers (1 repeats)", output);
        Assert.Contains("refs.bib(6):", error);
        var read = PaperTsv.Read(File.ReadAllText(outFile), outFile);
        Assert.Empty(read.Problems);
        var papers = read.Papers.Select(p => p.Paper).ToDictionary(p => p.Key);
        Assert.Equal(new[] { "MeZO" }, papers["2305.17333"].Aliases);
        Assert.Equal(new[] { "Sadhika Malladi", "Tianyu Gao" }, papers["2305.17333"].Authors);
        Assert.Equal("Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads", papers["2401.10774"].Title);
        Assert.Contains("Medusa", papers["2401.10774"].Aliases);
        Assert.Contains(papers.Values, p => p.Title == "A Good Paper After the Broken One" && p.ArxivId is null && p.Url is null);
    }

    [Fact]
    public void Corpus_build_of_clean_inputs_exits_0_and_output_is_a_valid_corpus()
    {
        var tsv = Write("a.papers.tsv", "key\ttitle\taliases\tarxiv\n2305.17333\tFine-Tuning Language Models with Just Forward Passes\tMeZO\t2305.17333\n");
        var outFile = Path.Combine(dir, "b.papers.tsv");
        var (exit, _, error) = Run("corpus", "build", tsv, "--out", outFile);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var paper = Assert.Single(PaperTsv.Read(File.ReadAllText(outFile), outFile).Papers).Paper;
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.Url);
        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Corpus_build_of_a_missing_or_binary_input_is_an_error_not_a_crash()
    {
        var binary = Path.Combine(dir, "junk.txt");
        File.WriteAllBytes(binary, new byte[] { 0, 1, 2, 0xFF, 0xFE, 0, 7 });
        var outFile = Path.Combine(dir, "c.papers.tsv");
        var (exit, _, error) = Run("corpus", "build", binary, Path.Combine(dir, "missing.txt"), "--out", outFile);
        Assert.Equal(1, exit);
        Assert.Contains("missing.txt", error);
        Assert.Contains("junk.txt(1): the file holds binary data", error);
        Assert.True(File.Exists(outFile));
    }

    [Fact]
    public void Corpus_build_without_out_is_a_usage_error()
    {
        var (exit, _, error) = Run("corpus", "build", "x.txt");
        Assert.NotEqual(0, exit);
        Assert.Contains("--out", error);
    }

    [Fact]
    public void Corpus_build_reads_html_pages_and_mines_aliases_from_their_abstracts()
    {
        var html = Write("page.html", """
            <html><head>
            <meta name="citation_title" content="Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads">
            <meta name="citation_author" content="Cai, Tianle">
            <meta name="citation_arxiv_id" content="2401.10774">
            <meta name="citation_abstract" content="We present Medusa, an efficient method that augments LLM inference by adding extra decoding heads to predict multiple subsequent tokens in parallel.">
            </head><body></body></html>
            """);
        var outFile = Path.Combine(dir, "h.papers.tsv");
        var (exit, output, error) = Run("corpus", "build", html, "--out", outFile);
        Assert.True(exit == 0, error);
        Assert.Contains("read 1 papers from page.html", output);
        var paper = Assert.Single(PaperTsv.Read(File.ReadAllText(outFile), outFile).Papers).Paper;
        Assert.Equal("2401.10774", paper.Key);
        Assert.Equal(new[] { "Tianle Cai" }, paper.Authors);
        Assert.Contains("Medusa", paper.Aliases);
    }
}
