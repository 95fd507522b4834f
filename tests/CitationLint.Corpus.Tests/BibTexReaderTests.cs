using System.Diagnostics;
using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Corpus.Tests;

public sealed class BibTexReaderTests
{
    private const string File = "refs.bib";

    private static ReadResult Read(string text) => BibTexReader.Read(text, File);

    private static Paper Single(string text)
    {
        var result = Read(text);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Papers).Paper;
    }

    private static string Messages(ReadResult result) => string.Join("\n", result.Problems.Select(p => p.ToString()));

    [Fact]
    public void Extension_is_bib()
    {
        Assert.Equal(".bib", BibTexReader.Extension);
    }

    [Fact]
    public void Reads_an_arxiv_misc_entry_as_exported_by_arxiv()
    {
        var result = Read(
            "@misc{malladi2023finetuning,\n" +
            "      title={Fine-Tuning Language Models with Just Forward Passes}, \n" +
            "      author={Sadhika Malladi and Tianyu Gao and Eshaan Nichani and Alex Damian and Jason D. Lee and Danqi Chen and Sanjeev Arora},\n" +
            "      year={2023},\n" +
            "      eprint={2305.17333},\n" +
            "      archivePrefix={arXiv},\n" +
            "      primaryClass={cs.LG}\n" +
            "}\n");

        Assert.Empty(result.Problems);
        var source = Assert.Single(result.Papers);
        Assert.Equal(File, source.File);
        Assert.Equal(1, source.Line);
        Assert.Null(source.Abstract);
        var paper = source.Paper;
        Assert.Equal("2305.17333", paper.Key);
        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", paper.Title);
        Assert.Equal(2023, paper.Year);
        Assert.Null(paper.Url);
        Assert.Empty(paper.Aliases);
        Assert.Empty(paper.CodeUrls);
        Assert.Equal(
            new[] { "Sadhika Malladi", "Tianyu Gao", "Eshaan Nichani", "Alex Damian", "Jason D. Lee", "Danqi Chen", "Sanjeev Arora" },
            paper.Authors);
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.GetCanonicalUrl());
    }

    [Fact]
    public void Arxiv_doi_gives_the_arxiv_id_and_a_doi_url()
    {
        var paper = Single(
            "@inproceedings{malladi2023,\n" +
            "  title     = {Fine-Tuning Language Models with Just Forward Passes},\n" +
            "  booktitle = {Advances in Neural Information Processing Systems},\n" +
            "  year      = 2023,\n" +
            "  doi       = {10.48550/arXiv.2305.17333},\n" +
            "}\n");

        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal("2305.17333", paper.Key);
        Assert.Equal("https://doi.org/10.48550/arXiv.2305.17333", paper.Url);
        Assert.Equal(2023, paper.Year);
    }

    [Fact]
    public void Arxiv_doi_prefix_is_case_insensitive_and_may_carry_a_resolver()
    {
        var paper = Single("@article{a, title={T}, doi={https://doi.org/10.48550/ARXIV.2106.09685}}");
        Assert.Equal("2106.09685", paper.ArxivId);
        Assert.Equal("https://doi.org/10.48550/ARXIV.2106.09685", paper.Url);
    }

    [Fact]
    public void Url_field_wins_over_doi()
    {
        var paper = Single("@article{a, title={T}, url={https://example.org/paper}, doi={10.1000/xyz123}}");
        Assert.Equal("https://example.org/paper", paper.Url);
        Assert.Null(paper.ArxivId);
    }

    [Fact]
    public void Non_arxiv_doi_becomes_the_url()
    {
        var paper = Single("@article{a, title={Deep Residual Learning}, doi={10.1109/CVPR.2016.90}}");
        Assert.Equal("https://doi.org/10.1109/CVPR.2016.90", paper.Url);
        Assert.Null(paper.ArxivId);
        Assert.Equal("deep-residual-learning", paper.Key);
    }

    [Theory]
    [InlineData("eprint={2305.17333v3}, archivePrefix={arXiv}", "2305.17333")]
    [InlineData("eprint={arXiv:2305.17333v2}", "2305.17333")]
    [InlineData("eprint={2305.17333}, eprinttype={arxiv}", "2305.17333")]
    [InlineData("eprint={hep-th/9901001}, archivePrefix={arXiv}", "hep-th/9901001")]
    [InlineData("url={https://arxiv.org/abs/2106.09685v2}", "2106.09685")]
    [InlineData("url={https://arxiv.org/pdf/2106.09685v1.pdf}", "2106.09685")]
    [InlineData("url={http://ARXIV.ORG/ABS/2106.09685}", "2106.09685")]
    [InlineData("journal={arXiv preprint arXiv:2106.09685}", "2106.09685")]
    [InlineData("journal={CoRR}, volume={abs/2106.09685}", "2106.09685")]
    [InlineData("howpublished={\\url{https://arxiv.org/abs/2106.09685}}", "2106.09685")]
    public void Finds_the_arxiv_id_and_drops_the_version(string fields, string expected)
    {
        var paper = Single("@misc{k, title={LoRA: Low-Rank Adaptation of Large Language Models}, " + fields + "}");
        Assert.Equal(expected, paper.ArxivId);
        Assert.Equal(expected, paper.Key);
    }

    [Fact]
    public void Eprint_of_another_archive_is_not_an_arxiv_id()
    {
        var paper = Single("@article{k, title={A Title}, eprint={2305.17333}, eprinttype={pubmed}}");
        Assert.Null(paper.ArxivId);
        Assert.Equal("a-title", paper.Key);
    }

    [Fact]
    public void Declared_arxiv_eprint_that_is_not_an_id_is_reported_and_the_paper_kept()
    {
        var result = Read("@misc{k, title={A Title}, eprint={not-an-id}, archivePrefix={arXiv}}");
        var paper = Assert.Single(result.Papers).Paper;
        Assert.Null(paper.ArxivId);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("not-an-id", problem.Message);
        Assert.Contains("not an arXiv id", problem.Message);
    }

    [Fact]
    public void Paper_without_arxiv_id_is_keyed_by_slug()
    {
        var paper = Single("@book{goodfellow2016, title={Deep Learning}, author={Ian Goodfellow and Yoshua Bengio and Aaron Courville}, year={2016}, publisher={MIT Press}}");
        Assert.Equal(Slug.FromTitle("Deep Learning"), paper.Key);
        Assert.Equal("deep-learning", paper.Key);
        Assert.Null(paper.ArxivId);
        Assert.Null(paper.Url);
    }

    [Fact]
    public void Nested_braces_and_braces_inside_quotes()
    {
        var result = Read(
            "@article{a, title = {The {MeZO} {{Optimizer}} for {LLM}s}}\n" +
            "@article{b, title = \"A {\"quoted\"} {Title} with {braces}\"}\n" +
            "@article{c, title = {Outer {inner {deepest}} back}, note = \"x\"}\n");

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[] { "The MeZO Optimizer for LLMs", "A \"quoted\" Title with braces", "Outer inner deepest back" },
            result.Papers.Select(p => p.Paper.Title));
    }

    [Fact]
    public void Entry_types_and_field_names_are_case_insensitive_and_parentheses_delimit_too()
    {
        var result = Read(
            "@ARTICLE{a, TITLE = {First}, YEAR = {2020}}\n" +
            "@InProceedings(b, Title = \"Second\", Year = 2021)\n" +
            "@techreport{c, title={Third}}\n" +
            "@phdthesis{d, title={Fourth}}\n" +
            "@Online{e, title={Fifth}}\n");

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "First", "Second", "Third", "Fourth", "Fifth" }, result.Papers.Select(p => p.Paper.Title));
        Assert.Equal(new int?[] { 2020, 2021, null, null, null }, result.Papers.Select(p => p.Paper.Year));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, result.Papers.Select(p => p.Line));
    }

    [Fact]
    public void String_macros_and_concatenation()
    {
        var result = Read(
            "@string{mezo = \"MeZO\"}\n" +
            "@STRING(tail = {Fine-Tuning with {Forward} Passes})\n" +
            "@string{arxivurl = \"https://arxiv.org/abs/\"}\n" +
            "@article{a,\n" +
            "  title = mezo # \": \" # tail,\n" +
            "  url = arxivurl # \"2305.17333\",\n" +
            "  month = jan,\n" +
            "  year = 2023\n" +
            "}\n");

        Assert.Empty(result.Problems);
        var paper = Assert.Single(result.Papers).Paper;
        Assert.Equal("MeZO: Fine-Tuning with Forward Passes", paper.Title);
        Assert.Equal("https://arxiv.org/abs/2305.17333", paper.Url);
        Assert.Equal("2305.17333", paper.ArxivId);
        Assert.Equal(2023, paper.Year);
        Assert.Equal(4, Assert.Single(result.Papers).Line);
    }

    [Fact]
    public void Macro_names_are_case_insensitive_and_used_only_after_their_definition()
    {
        var result = Read(
            "@article{early, title = Later # { Title}}\n" +
            "@string{later = {Defined}}\n" +
            "@article{late, title = LATER # { Title}}\n");

        Assert.Equal(new[] { "Title", "Defined Title" }, result.Papers.Select(p => p.Paper.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("unknown macro 'Later'", problem.Message);
    }

    [Fact]
    public void Unknown_macro_is_reported_at_its_line_and_treated_as_empty()
    {
        var result = Read(
            "% header\n" +
            "@article{a,\n" +
            "  title = {Known},\n" +
            "  journal = nosuchjournal,\n" +
            "  year = {2020}\n" +
            "}\n");

        var paper = Assert.Single(result.Papers).Paper;
        Assert.Equal("Known", paper.Title);
        Assert.Equal(2020, paper.Year);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal(File, problem.File);
        Assert.Contains("nosuchjournal", problem.Message);
    }

    [Fact]
    public void Accents_become_precomposed_letters()
    {
        var paper = Single(
            "@article{a, title={T}, author={Bernhard Sch{\\\"o}lkopf and Paul Erd\\H{o}s and Fran\\c{c}ois Chollet and " +
            "Ji\\v{r}\\'{\\i} Matas and {\\L}ukasz Kaiser and S{\\o}ren Hauberg and Jos\\'e Mu\\~noz and " +
            "G\\\"unter Klambauer and Ay\\c{s}e \\u{G}\\\"ursoy and Zden\\v ek Bart\\'{a}k and L. {\\AA}str\\\"om and " +
            "Stefan Stra\\ss burg and Bj\\o rn Ommer and {\\O}ystein Ore and Bo\\.zena Ma\\l ecka and Zbigniew Rz\\k{a}d}}");

        Assert.Equal(
            new[]
            {
                "Bernhard Schölkopf", "Paul Erdős", "François Chollet", "Jiří Matas", "Łukasz Kaiser", "Søren Hauberg",
                "José Muñoz", "Günter Klambauer", "Ayşe Ğürsoy", "Zdeněk Barták", "L. Åström", "Stefan Straßburg",
                "Bjørn Ommer", "Øystein Ore", "Bożena Małecka", "Zbigniew Rząd",
            },
            paper.Authors);

        // Precomposed, not letter + combining mark.
        Assert.Equal("Schölkopf".Length, paper.Authors[0].Split(' ')[1].Length);
        Assert.Contains('\u00F6', paper.Authors[0]);
        Assert.Contains('\u0151', paper.Authors[1]);
        Assert.All(paper.Authors, a => Assert.True(a.IsNormalized(NormalizationForm.FormC), a));
        Assert.All(paper.Authors, a => Assert.DoesNotContain('\\', a));
    }

    [Theory]
    [InlineData("Sch{\\\"o}lkopf", "Schölkopf")]
    [InlineData("Sch\\\"{o}lkopf", "Schölkopf")]
    [InlineData("Sch\\\"olkopf", "Schölkopf")]
    [InlineData("Erd\\H{o}s", "Erdős")]
    [InlineData("{\\'e}t{\\'e}", "été")]
    [InlineData("\\`a la", "à la")]
    [InlineData("\\^ole", "ôle")]
    [InlineData("Pe\\~na", "Peña")]
    [InlineData("\\c{c}a", "ça")]
    [InlineData("\\v{s}", "š")]
    [InlineData("\\u{g}", "ğ")]
    [InlineData("\\=a", "ā")]
    [InlineData("\\.z", "ż")]
    [InlineData("\\k{a}", "ą")]
    [InlineData("\\r{a}", "å")]
    [InlineData("\\\"{\\i}", "ï")]
    [InlineData("{\\ss}", "ß")]
    [InlineData("{\\ae}{\\AE}{\\oe}{\\aa}{\\AA}{\\o}{\\O}{\\l}{\\L}{\\i}", "æÆœåÅøØłŁı")]
    [InlineData("\\'{}", "´")]
    [InlineData("a \\& b \\% c \\$ d \\# e \\_ f \\{g\\}", "a & b % c $ d # e _ f {g}")]
    [InlineData("1990--2000", "1990–2000")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("a-b", "a-b")]
    [InlineData("D.~E.~Knuth", "D. E. Knuth")]
    [InlineData("\\textbf{Bold} and \\emph{em} and \\textit{it} and \\mathrm{rm} and \\textsc{Sc}", "Bold and em and it and rm and Sc")]
    [InlineData("$\\sigma$-algebras", "σ-algebras")]
    [InlineData("$\\alpha\\beta\\gamma\\omega$ $\\Omega$", "αβγω Ω")]
    [InlineData("$O(n^2)$ time", "O(n^2) time")]
    [InlineData("$O(n \\log n)$", "O(n log n)")]
    [InlineData("$\\mathcal{O}(1)$", "O(1)")]
    [InlineData("{MeZO}", "MeZO")]
    [InlineData("``quoted''", "\u201Cquoted\u201D")]
    [InlineData("{\\LaTeX} rocks", "LaTeX rocks")]
    [InlineData("Title\\footnote{A note}", "Title")]
    [InlineData("\\href{https://x.org}{Link text}", "Link text")]
    public void Latex_to_unicode(string latex, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(BibTexReader.LatexToUnicode(latex)));
    }

    [Fact]
    public void Escaped_ampersand_in_a_real_title()
    {
        var paper = Single(
            "@misc{pati2024t3,\n" +
            "  title={T3: Transparent Tracking \\& Triggering for Fine-grained Overlap of Compute \\& Collectives},\n" +
            "  author={Suchita Pati and Shaizeen Aga and Mahzabeen Islam and Nuwan Jayasena and Matthew D. Sinclair},\n" +
            "  year={2024},\n" +
            "  eprint={2401.16677},\n" +
            "  archivePrefix={arXiv},\n" +
            "  primaryClass={cs.AR}\n" +
            "}");

        Assert.Equal("T3: Transparent Tracking & Triggering for Fine-grained Overlap of Compute & Collectives", paper.Title);
        Assert.Equal("2401.16677", paper.ArxivId);
    }

    [Fact]
    public void Dashes_in_titles()
    {
        var result = Read(
            "@article{a, title={Vision--Language Models}}\n" +
            "@article{b, title={Scaling---and Beyond}}\n" +
            "@article{c, title={Self-Attention}}\n");

        Assert.Equal(
            new[] { "Vision\u2013Language Models", "Scaling\u2014and Beyond", "Self-Attention" },
            result.Papers.Select(p => p.Paper.Title));
    }

    [Fact]
    public void Authors_in_last_first_form_others_dropped_and_braces_protect_and()
    {
        var paper = Single(
            "@article{a, title={T}, author = {Vaswani, Ashish and SHAZEER, Noam AND {Barnes and Noble, Inc.} and " +
            "van der Berg, Jan and King, Jr., Martin Luther and {OpenAI} and others}}");

        Assert.Equal(
            new[] { "Ashish Vaswani", "Noam SHAZEER", "Barnes and Noble, Inc.", "Jan van der Berg", "Martin Luther King Jr.", "OpenAI" },
            paper.Authors);
    }

    [Fact]
    public void Authors_split_on_and_across_line_breaks()
    {
        var paper = Single("@article{a, title={T}, author = {Alice Smith and\n   Bob Jones\n and Carol White}}");
        Assert.Equal(new[] { "Alice Smith", "Bob Jones", "Carol White" }, paper.Authors);
    }

    [Fact]
    public void Comments_and_text_outside_entries_are_ignored()
    {
        var result = Read(
            "This file was exported by a reference manager; write to me@example.com.\n" +
            "% @article{hidden, title={Commented Out}}\n" +
            "@comment{jabref-meta: databaseType:bibtex;}\n" +
            "@Comment{ a comment with {nested} braces and @ signs }\n" +
            "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }\n" +
            "Stray prose between entries @ 2023.\n" +
            "@article{real,\n" +
            "  % a comment between fields\n" +
            "  title = {The Real One},\n" +
            "}\n" +
            "trailing text }}} {{{\n");

        Assert.Empty(result.Problems);
        var source = Assert.Single(result.Papers);
        Assert.Equal("The Real One", source.Paper.Title);
        Assert.Equal(7, source.Line);
    }

    [Fact]
    public void Unbalanced_entry_in_the_middle_is_reported_and_its_neighbours_read()
    {
        var result = Read(
            "@article{first,\n" +              // 1
            "  title = {First Paper},\n" +      // 2
            "  year = {2020}\n" +               // 3
            "}\n" +                             // 4
            "\n" +                              // 5
            "@article{broken,\n" +              // 6
            "  title = {Broken {Paper},\n" +    // 7
            "  year = {2021}\n" +               // 8
            "}\n" +                             // 9
            "\n" +                              // 10
            "@inproceedings{third,\n" +         // 11
            "  title = {Third Paper},\n" +      // 12
            "  year = {2022}\n" +               // 13
            "}\n");

        Assert.Equal(new[] { "First Paper", "Third Paper" }, result.Papers.Select(p => p.Paper.Title));
        Assert.Equal(new[] { 1, 11 }, result.Papers.Select(p => p.Line));
        Assert.Equal(2022, result.Papers[1].Paper.Year);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Equal("entry 'broken' is not closed: unbalanced braces; skipped", problem.Message);
        Assert.Equal("refs.bib(6): entry 'broken' is not closed: unbalanced braces; skipped", problem.ToString());
    }

    [Fact]
    public void Entry_missing_its_closing_brace_is_reported_and_the_next_read()
    {
        var result = Read(
            "@article{a, title={A}, year={2020}\n" +
            "\n" +
            "@article{b, title={B}}\n" +
            "@article{c, title={C}\n");

        Assert.Equal(new[] { "B" }, result.Papers.Select(p => p.Paper.Title));
        Assert.Equal(new[] { 1, 4 }, result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Contains("is not closed", p.Message));
    }

    [Fact]
    public void Unterminated_quotes_are_reported_and_the_next_entry_read()
    {
        var result = Read(
            "@article{a, title = \"Never closed,\n" +
            "  year = 2020}\n" +
            "@article{b, title = \"Fine\"}\n");

        Assert.Equal("Fine", Assert.Single(result.Papers).Paper.Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("entry 'a' is not closed: unterminated quoted value; skipped", problem.Message);
    }

    [Fact]
    public void Malformed_entry_resumes_at_the_next_entry_line()
    {
        var result = Read(
            "@article{a, title {missing equals}, @misc{inline, title={Not An Entry Line}}\n" +
            "@article{b, title={B}}\n");

        Assert.Equal("B", Assert.Single(result.Papers).Paper.Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("entry 'a' is malformed: expected '=' after field 'title'", problem.Message);
    }

    [Fact]
    public void Missing_title_is_reported_and_the_entry_skipped()
    {
        var result = Read(
            "@article{good, title={Good}}\n" +
            "@article{notitle,\n  author={Someone},\n  year={2020}\n}\n" +
            "@article{emptytitle, title={ {} }}\n" +
            "@article{nofields}\n");

        Assert.Equal("Good", Assert.Single(result.Papers).Paper.Title);
        Assert.Equal(
            new[]
            {
                "refs.bib(2): entry 'notitle' has no title; skipped",
                "refs.bib(6): entry 'emptytitle' has no title; skipped",
                "refs.bib(7): entry 'nofields' has no title; skipped",
            },
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Bad_year_is_reported_and_the_paper_kept_without_one()
    {
        var result = Read(
            "@article{a, title={A}, year={forthcoming}}\n" +
            "@article{b, title={B}, year={20203}}\n" +
            "@article{c, title={C}, year={2019}}\n" +
            "@article{d, title={D}, date={2018-05-01}}\n");

        Assert.Equal(new int?[] { null, null, 2019, 2018 }, result.Papers.Select(p => p.Paper.Year));
        Assert.Equal(2, result.Problems.Count);
        Assert.Equal(1, result.Problems[0].Line);
        Assert.Equal("'forthcoming' is not a year; the paper 'a' is kept without one", result.Problems[0].Message);
        Assert.Equal(2, result.Problems[1].Line);
    }

    [Fact]
    public void Duplicate_citation_key_keeps_the_first()
    {
        var result = Read(
            "@article{same, title={First Version}}\n" +
            "@article{other, title={Other}}\n" +
            "@article{SAME, title={Second Version}}\n");

        Assert.Equal(new[] { "First Version", "Other" }, result.Papers.Select(p => p.Paper.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("SAME", problem.Message);
        Assert.Contains("more than once", problem.Message);
    }

    [Fact]
    public void Entry_without_citation_key_is_reported()
    {
        var result = Read("@article{, title={No Key}}\n@article{k, title={Key}}");
        Assert.Equal("Key", Assert.Single(result.Papers).Paper.Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("no citation key", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  \r\n")]
    [InlineData("% only a comment\n")]
    [InlineData("just prose, no entries at all")]
    public void Empty_or_entry_less_input_reads_nothing(string text)
    {
        var result = Read(text);
        Assert.Empty(result.Papers);
        Assert.Empty(result.Problems);
        Assert.False(result.HasProblems);
    }

    [Theory]
    [InlineData("@")]
    [InlineData("@\n@\n@")]
    [InlineData("@article")]
    [InlineData("@article{")]
    [InlineData("@article(")]
    [InlineData("@article{k")]
    [InlineData("@article{k,")]
    [InlineData("@article{k, title")]
    [InlineData("@article{k, title=")]
    [InlineData("@article{k, title={")]
    [InlineData("@article{k, title=\"")]
    [InlineData("@article{k, title=\"abc\\")]
    [InlineData("@article{k, title={\\")]
    [InlineData("@article{k, title={\\'}}")]
    [InlineData("@article{k, title={\\c}}")]
    [InlineData("@article{k, title={x\\'{\\")]
    [InlineData("@article{k, title={$\\}}")]
    [InlineData("@article{k, title={\\cite[}}")]
    [InlineData("@article{k, title={\\href}}")]
    [InlineData("@article{k, title = a # # b}")]
    [InlineData("@article{k, title = # }")]
    [InlineData("@article{k, title = {x} # }")]
    [InlineData("@article{k, = {x}}")]
    [InlineData("@article{k, title={T}, author={ and , and ,, and {}}}")]
    [InlineData("@article{k, title={T}, url={\\}, doi={\\}, eprint={\\}}")]
    [InlineData("@string{")]
    [InlineData("@string{x = }")]
    [InlineData("@string{ = {y}}")]
    [InlineData("@comment{")]
    [InlineData("@preamble{")]
    [InlineData("{{{{")]
    [InlineData("}}}}")]
    [InlineData("\\")]
    public void Broken_input_never_throws(string text)
    {
        var result = Read(text);
        Assert.NotNull(result.Papers);
        Assert.NotNull(result.Problems);
        Assert.All(result.Problems, p => Assert.True(p.Line >= 0));
    }

    [Fact]
    public void Lone_surrogates_never_throw()
    {
        var result = Read("\r\r\n\n@article{k,\r title={A \uD800 B}}\n@article{j, title={\uDC00\u0301\\'\uD800 x}, author={\uD800\\\"\uDC00}}");
        Assert.Equal(new[] { 4, 6 }, result.Papers.Select(p => p.Line));
    }

    [Fact]
    public void Binary_garbage_never_throws()
    {
        var random = new Random(12345);
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[16 * 1024];
            random.NextBytes(bytes);

            // Sprinkle in the characters the parser reacts to, so that garbage reaches every branch.
            const string Special = "@{}()\"#%,=\\$~-\n\r ";
            for (var i = 0; i < bytes.Length; i += random.Next(1, 8))
            {
                bytes[i] = (byte)Special[random.Next(Special.Length)];
            }

            for (var i = 0; i < bytes.Length; i += random.Next(1, 64))
            {
                bytes[i] = 0;
            }

            var text = Encoding.Latin1.GetString(bytes);
            var result = Read(text);
            Assert.All(result.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Paper.Title)));
            Assert.All(result.Papers, p => Assert.DoesNotContain('\0', p.Paper.Title));
            Assert.True(result.Problems.Count <= 1001);
        }
    }

    [Fact]
    public void Garbage_between_good_entries_does_not_lose_them()
    {
        var random = new Random(7);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        var text =
            "@article{before, title={Before}}\n" +
            Encoding.Latin1.GetString(garbage) +
            "\n@article{after, title={After}}\n";

        var result = Read(text);
        Assert.Contains(result.Papers, p => p.Paper.Title == "Before");
        Assert.Contains(result.Papers, p => p.Paper.Title == "After");
    }

    [Fact]
    public void Title_with_line_break_and_bidi_override_is_cleaned()
    {
        var paper = Single(
            "@article{a,\n" +
            "  title = {Attention Is\n       All You \u202ENeed\u202C},\n" +
            "  author = {Ashish\tVaswani\u200B and Noam\r\n Shazeer},\n" +
            "  url = {https://example.org/\u202Epaper}\n" +
            "}");

        Assert.Equal("Attention Is All You Need", paper.Title);
        Assert.Equal(new[] { "Ashish Vaswani", "Noam Shazeer" }, paper.Authors);
        Assert.Equal("https://example.org/paper", paper.Url);
    }

    [Fact]
    public void Abstract_is_kept_for_alias_mining()
    {
        var source = Assert.Single(Read("@article{a, title={T}, abstract={We propose {MeZO}, a memory-efficient\n zeroth-order optimizer.}}").Papers);
        Assert.Equal("We propose MeZO, a memory-efficient zeroth-order optimizer.", source.Abstract);
    }

    [Fact]
    public void Line_numbers_with_crlf_and_cr_line_endings()
    {
        var result = Read("% c\r\n@article{a, title={A}}\r\n\r\n@article{b,\r\n title={B}}\r@article{c, title={C}}");
        Assert.Equal(new[] { 2, 4, 6 }, result.Papers.Select(p => p.Line));
    }

    [Fact]
    public void Large_file_of_repeated_entries_is_read()
    {
        var sb = new StringBuilder();
        var count = 0;
        while (sb.Length < 5 * 1024 * 1024)
        {
            sb.Append("@inproceedings{entry").Append(count).Append(",\n")
              .Append("  title = {Paper Number ").Append(count).Append(": Sch{\\\"o}lkopf \\& Erd\\H{o}s on $\\sigma$--Algebras},\n")
              .Append("  author = {Doe, Jane and Roe, Richard and others},\n")
              .Append("  year = {2023},\n")
              .Append("  url = {https://example.org/").Append(count).Append("}\n")
              .Append("}\n\n");
            count++;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = Read(sb.ToString());
        stopwatch.Stop();

        Assert.Empty(result.Problems);
        Assert.Equal(count, result.Papers.Count);
        Assert.Equal("Paper Number 0: Schölkopf & Erdős on σ–Algebras", result.Papers[0].Paper.Title);
        Assert.Equal(1 + (count - 1) * 7, result.Papers[count - 1].Line);
    }

    [Fact]
    public void Many_unclosed_entries_are_read_in_linear_time_and_problems_are_capped()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            sb.Append("@article{k").Append(i).Append(", title={\n");
        }

        sb.Append("@article{last, title={Last}}\n");
        var result = Read(sb.ToString());

        Assert.Equal("Last", Assert.Single(result.Papers).Paper.Title);
        Assert.Equal(1001, result.Problems.Count);
        Assert.Equal(0, result.Problems[1000].Line);
        Assert.Contains("more than 1000 problems", result.Problems[1000].Message);
    }

    [Fact]
    public void Deeply_nested_braces_do_not_overflow()
    {
        var depth = 1_000_000;
        var text = "@article{k, title={" + new string('{', depth) + "Deep" + new string('}', depth) + "}}\n" +
                   "@article{j, title={" + new string('{', depth) + "\n";
        var result = Read(text);
        Assert.Equal("Deep", Assert.Single(result.Papers).Paper.Title);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Problem_messages_quote_untrusted_text_cut_short_and_cleaned()
    {
        var longKey = "\u202E" + new string('x', 10_000);
        var result = Read("@article{" + longKey + ", year={" + new string('9', 5000) + "\n}}");
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Message.Length < 300, Messages(result));
        Assert.DoesNotContain('\u202E', problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }
}
