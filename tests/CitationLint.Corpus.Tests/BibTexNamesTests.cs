namespace CitationLint.Corpus.Tests;

/// <summary>What a .bib file says of a paper's names: shorthand, an aliases field, and its entry key.</summary>
public sealed class BibTexNamesTests
{
    private const string Bib = """
        @inproceedings{vaswani2017attention,
          title     = {Attention Is All You Need},
          author    = {Vaswani, Ashish and Shazeer, Noam},
          shorthand = {Transformer},
          year      = {2017},
          eprint    = {1706.03762},
          archivePrefix = {arXiv}
        }
        @article{malladi2023mezo,
          title   = {Fine-Tuning Language Models with Just Forward Passes},
          aliases = {MeZO | Memory-efficient ZO-SGD},
          year    = {2023}
        }
        @misc{broken,
          title  = {A Paper With a Bad Year},
          note   = {spans
                    two lines},
          year   = {last year},
          eprint = {not-an-id},
          archivePrefix = {arXiv}
        }
        """;

    [Fact]
    public void Shorthand_and_aliases_fields_are_names_and_the_entry_key_is_kept()
    {
        var result = BibTexReader.Read(Bib, "refs.bib");
        var vaswani = result.Papers[0].Paper;
        Assert.Equal(new[] { "Transformer" }, vaswani.Aliases);
        Assert.Equal("vaswani2017attention", vaswani.BibKey);
        var mezo = result.Papers[1].Paper;
        Assert.Equal(new[] { "MeZO", "Memory-efficient ZO-SGD" }, mezo.Aliases);
        Assert.Equal("malladi2023mezo", mezo.BibKey);
    }

    [Fact]
    public void Problems_are_reported_at_the_line_of_the_field_that_holds_them()
    {
        var result = BibTexReader.Read(Bib, "refs.bib");
        var year = result.Problems.Single(p => p.Message.Contains("is not a year", StringComparison.Ordinal));
        var eprint = result.Problems.Single(p => p.Message.Contains("eprint", StringComparison.Ordinal));
        Assert.Equal(18, year.Line);
        Assert.Equal(19, eprint.Line);
    }

    [Fact]
    public void An_entry_key_is_a_name_the_paper_can_be_cited_by_exactly()
    {
        var papers = CorpusSources.ToPapers("refs.bib", BibTexReader.Read(Bib, "refs.bib"), new List<CorpusProblem>());
        var corpus = new PaperCorpus(papers);
        Assert.Equal("1706.03762", corpus.Index.Lookup("vaswani2017attention").Best!.Paper.Key);
        Assert.Equal("1706.03762", corpus.Index.Lookup("Vaswani2017Attention").Best!.Paper.Key);
        Assert.Null(corpus.Index.Lookup("vaswani2017atention").Best);
    }

    [Fact]
    public void The_entry_key_survives_a_tsv_round_trip()
    {
        var paper = new Paper("1706.03762", "Attention Is All You Need", new[] { "Transformer" }, "1706.03762", bibKey: "vaswani2017attention");
        var back = PaperTsv.Read(PaperTsv.Write(new[] { paper }), "x.papers.tsv").Papers.Single().Paper;
        Assert.Equal("vaswani2017attention", back.BibKey);
    }
}
