using CitationLint.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// Each site reader of the comment scanner (DESIGN 3), on its own: what kind of site a comment gives,
/// and the fields it carries. Markup is never part of a field.
/// </summary>
public sealed class SiteReadersTests
{
    private static List<CitationSite> Read(string comment, CommentStyle style)
    {
        var sites = new List<CitationSite>();
        new CommentScanner(CitationLintOptions.Default).Scan(SourceText.From(comment), new TextSpan(0, comment.Length), style, sites);
        return sites;
    }

    private static string Describe(CitationSite s)
        => $"{s.Kind}|{s.Reference.Text}|{s.QuotedTitle.Text}|{s.Identifier.Text}|{string.Join(",", s.Surnames)}|{s.Year}";

    [Theory]
    [InlineData("// Paper: MeZO", "Marker|MeZO||||")]
    [InlineData("// Cite: MeZO \"Fine-Tuning Language Models with Just Forward Passes\" (arXiv:2305.17333)", "Marker|MeZO|Fine-Tuning Language Models with Just Forward Passes|arXiv:2305.17333||")]
    [InlineData("// Paper: MeZO (Malladi et al., 2023)", "Marker|MeZO|||Malladi|2023")]
    [InlineData("// Citation: Cai et al., \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\", 2024", "Marker|Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads|||Cai|2024")]
    [InlineData("// Reference: Fine-Tuning Language Models with Just Forward Passes", "Cue|Fine-Tuning Language Models with Just Forward Passes||||")]
    [InlineData("// MeZO: https://arxiv.org/abs/2305.17333", "Identifier|MeZO||https://arxiv.org/abs/2305.17333||")]
    [InlineData("// [Graham, Fractional Max-Pooling](http://arxiv.org/abs/1412.6071)", "Identifier|Graham, Fractional Max-Pooling||http://arxiv.org/abs/1412.6071||")]
    [InlineData("// `Fractional Max-Pooling <https://arxiv.org/abs/1412.6071>`_", "Identifier|Fractional Max-Pooling||https://arxiv.org/abs/1412.6071||")]
    [InlineData("// .. _Fractional Max-Pooling: https://arxiv.org/abs/1412.6071", "Identifier|Fractional Max-Pooling||https://arxiv.org/abs/1412.6071||")]
    [InlineData("// as described in the paper Fine-Tuning Language Models with Just Forward Passes", "Cue|Fine-Tuning Language Models with Just Forward Passes||||")]
    public void One_site_per_citation(string comment, string expected)
        => Assert.Equal(expected, Describe(Assert.Single(Read(comment, CommentStyle.Line))));

    [Fact]
    public void A_list_is_one_site_per_name_and_keeps_its_whole_text()
    {
        // Whether it is a list or one title ("Listen, Attend and Spell") only the corpus can say: the resolver chooses.
        var site = Assert.Single(Read("// Cites: Medusa, SpecTr", CommentStyle.Line));
        Assert.Equal("Marker|Medusa, SpecTr||||", Describe(site));
        Assert.Equal(new[] { "Marker|Medusa||||", "Marker|SpecTr||||" }, site.ListItems!.Select(Describe));
    }

    [Fact]
    public void Xml_documentation_markup_is_never_part_of_a_field()
    {
        var sites = Read("/// <summary>Implements <cite>MeZO</cite>; see <see href=\"https://arxiv.org/abs/2401.10774\">Medusa</see>.</summary>", CommentStyle.Doc);
        Assert.Equal(new[] { "CiteTag|MeZO||||", "Identifier|Medusa||https://arxiv.org/abs/2401.10774||" }, sites.Select(Describe));
        var marker = Assert.Single(Read("/// <remarks>Paper: MeZO.</remarks>", CommentStyle.Doc));
        Assert.Equal("Marker|MeZO||||", Describe(marker));
    }

    [Fact]
    public void Bibtex_in_a_comment_is_one_site_with_its_fields()
    {
        const string comment = "// @article{malladi2023fine,\n//   title={Fine-Tuning Language Models with Just Forward Passes},\n//   author={Malladi, Sadhika and Gao, Tianyu},\n//   eprint={2305.17333},\n//   year={2023}\n// }";
        var site = Assert.Single(Read(comment, CommentStyle.Line));
        Assert.Equal("Identifier|Fine-Tuning Language Models with Just Forward Passes||2305.17333|Malladi|2023", Describe(site));
    }

    [Fact]
    public void A_title_over_two_lines_and_an_id_on_the_line_below_are_one_site()
    {
        var split = Assert.Single(Read("/// MeZO: \"Fine-Tuning Language Models\n/// with Just Forward Passes\" (https://arxiv.org/abs/2305.17333)", CommentStyle.Doc));
        Assert.Equal("Fine-Tuning Language Models with Just Forward Passes", split.QuotedTitle.Text.Length > 0 ? split.QuotedTitle.Text : split.Reference.Text);
        var below = Assert.Single(Read("// MeZO: \"Fine-Tuning Language Models with Just Forward Passes\"\n// arXiv:2305.17333", CommentStyle.Line));
        Assert.Equal("Identifier|MeZO|Fine-Tuning Language Models with Just Forward Passes|arXiv:2305.17333||", Describe(below));
    }

    [Theory]
    [InlineData("// Returns the greater of the two values.")]
    [InlineData("// Ref: #1234")]
    [InlineData("// see: https://mathworld.wolfram.com/StationaryPoint.html")]
    [InlineData("// Reset all et al counters, get all items.")]
    public void Ordinary_comments_give_no_site(string comment) => Assert.Empty(Read(comment, CommentStyle.Line));
}
