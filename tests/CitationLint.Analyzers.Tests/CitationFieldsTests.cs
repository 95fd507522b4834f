using CitationLint.Analyzers.Sites;

namespace CitationLint.Analyzers.Tests;

/// <summary>The citation-field parser, one style at a time (DESIGN 3, "Reading a citation").</summary>
public sealed class CitationFieldsTests
{
    [Theory]
    [InlineData("MeZO (Malladi et al., 2023)", "MeZO", "Malladi", 2023)]
    [InlineData("MeZO [Malladi et al. 2023]", "MeZO", "Malladi", 2023)]
    [InlineData("MeZO (NeurIPS 2023)", "MeZO", "", 2023)]
    [InlineData("MeZO (2023)", "MeZO", "", 2023)]
    [InlineData("Cai et al.,", "", "Cai", null)]
    [InlineData("Malladi et al., 2023", "", "Malladi", 2023)]
    [InlineData("[1] T. Cai et al.,", "", "Cai", null)]
    [InlineData("Deep Sets (Zaheer, Kottur and Ravanbakhsh, 2017)", "Deep Sets", "Zaheer|Kottur|Ravanbakhsh", 2017)]
    [InlineData("Exponential Linear Units (ELUs)", "Exponential Linear Units (ELUs)", "", null)]
    [InlineData("MeZO, with sparse masks", "MeZO", "", null)]
    [InlineData("MeZO - adapted for our tensor layout", "MeZO", "", null)]
    [InlineData("Medusa, SpecTr", "Medusa|SpecTr", "", null)]
    [InlineData("Medusa and SpecTr", "Medusa|SpecTr", "", null)]
    [InlineData("Tree of Thoughts, Graph of Thoughts", "Tree of Thoughts|Graph of Thoughts", "", null)]
    [InlineData("Outline, Then Details: Syntactically Guided Coarse-To-Fine Code Generation", "Outline, Then Details: Syntactically Guided Coarse-To-Fine Code Generation", "", null)]
    [InlineData("Fine-tuning language models with just forward passes", "Fine-tuning language models with just forward passes", "", null)]
    [InlineData("Reset all counters, get all items", "Reset all counters, get all items", "", null)]
    [InlineData("Medusa &amp; SpecTr &quot;x&quot;", "Medusa &amp; SpecTr &quot;x&quot;", "", null)]
    [InlineData("WaveNet (van den Oord et al., 2016)", "WaveNet", "Oord", 2016)]
    [InlineData("YOLOX: Exceeding YOLO Series in 2021", "YOLOX: Exceeding YOLO Series in 2021", "", null)]
    [InlineData("COCO 2014 (Lin et al., 2015)", "COCO 2014", "Lin", 2015)]
    public void Fields_of_a_citation(string text, string names, string surnames, int? year)
    {
        var f = CitationFields.Parse(text, 0, text.Length);
        Assert.Equal(names, string.Join("|", f.Names.Select(n => text[n.Start..n.End])));
        Assert.Equal(surnames, string.Join("|", f.Surnames));
        Assert.Equal(year, f.Year);
    }

    [Theory]
    [InlineData("Malladi, Sadhika and Gao, Tianyu", "Malladi")]
    [InlineData("Sadhika Malladi, Tianyu Gao", "Malladi")]
    [InlineData("Malladi, S. and Gao, T.", "Malladi")]
    [InlineData("Malladi et al.", "Malladi")]
    [InlineData("Ashish Vaswani and\n  Noam Shazeer", "Vaswani")]
    [InlineData("{Cai}, Tianle and others", "Cai")]
    [InlineData(",", null)]
    [InlineData(" et al", null)]
    public void First_surname_of_an_author_list(string authors, string? surname)
        => Assert.Equal(surname, CitationFields.FirstSurname(authors));

    [Fact]
    public void Offsets_are_those_of_the_text_given()
    {
        const string text = "// Paper: MeZO (Malladi et al., 2023) and more";
        var f = CitationFields.Parse(text, 10, 37);
        Assert.Equal("MeZO", text[f.Names[0].Start..f.Names[0].End]);
        Assert.Equal("Malladi et al.", text[f.Authors.Start..f.Authors.End]);
        Assert.Equal("2023", text[f.YearSpan.Start..f.YearSpan.End]);
    }
}
