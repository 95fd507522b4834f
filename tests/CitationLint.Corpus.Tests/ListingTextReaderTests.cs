namespace CitationLint.Corpus.Tests;

public sealed class ListingTextReaderTests
{
    private const string Abstract = "We propose a memory-efficient zerothorder optimizer (MeZO), adapting the classical ZO-SGD method to operate in-place, thereby fine-tuning LMs with the same memory footprint as inference. Code is at https://github.com/princeton-nlp/MeZO.";

    [Fact]
    public void Furniture_is_stripped_and_glued_titles_are_repaired()
    {
        var text = string.Join("\n",
            "new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "byAK and the research community", "", "Jul 11", "",
            "SubscribeMACE: Higher Order Equivariant Message Passing Neural Networks for Fast and Accurate Force Fields",
            "Creating fast and accurate force fields is a long-standing challenge in computational chemistry and materials science. We introduce MACE, a new equivariant MPNN model that uses higher body order messages.",
            "Fine-Tuning Language Models with Just Forward Passes",
            Abstract);
        var read = ListingTextReader.Read(text, "a.papers.txt");
        Assert.Empty(read.Problems);
        Assert.Equal(
            new[] { "MACE: Higher Order Equivariant Message Passing Neural Networks for Fast and Accurate Force Fields", "Fine-Tuning Language Models with Just Forward Passes" },
            read.Papers.Select(p => p.Paper.Title));
        Assert.Equal(new[] { 11, 13 }, read.Papers.Select(p => p.Line));
        Assert.Equal(new[] { "https://github.com/princeton-nlp/MeZO" }, read.Papers[1].Paper.CodeUrls);
        Assert.Equal(Abstract, read.Papers[1].Abstract);
    }

    [Fact]
    public void Repeats_are_all_read_and_the_builder_merges_them()
    {
        var entry = "Fine-Tuning Language Models with Just Forward Passes\n" + Abstract + "\n\n";
        var read = ListingTextReader.Read(entry + entry + entry, "a.txt");
        Assert.Equal(3, read.Papers.Count);
        var builder = new CorpusBuilder().Add(read);
        var paper = Assert.Single(builder.Build());
        Assert.Equal(2, builder.MergedCount);
        Assert.Equal(new[] { "MeZO" }, paper.Aliases);
    }

    [Fact]
    public void A_title_without_an_abstract_is_reported_not_dropped()
    {
        var read = ListingTextReader.Read("Some Stray Heading\nFine-Tuning Language Models with Just Forward Passes\n" + Abstract, "a.txt");
        var problem = Assert.Single(read.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("Some Stray Heading", problem.Message);
        Assert.Single(read.Papers);
    }

    [Fact]
    public void Hostile_titles_are_cleaned()
    {
        var read = ListingTextReader.Read("Evil */ \"Title\" \u202Egnirts\u202C with `ticks`\n" + Abstract, "a.txt");
        var title = Assert.Single(read.Papers).Paper.Title;
        Assert.Equal("Evil */ \"Title\" gnirts with `ticks`", title);
        Assert.DoesNotContain(title, c => char.IsControl(c) || c == '\u202E');
    }

    [Fact]
    public void Empty_and_binary_files_are_read_without_exceptions()
    {
        Assert.Empty(ListingTextReader.Read("", "e.txt").Papers);
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var binary = ListingTextReader.Read(System.Text.Encoding.Latin1.GetString(bytes), "b.txt");
        Assert.Empty(binary.Papers);
        Assert.NotEmpty(binary.Problems);
        Assert.All(binary.Problems, p => Assert.True(p.Line > 0));
    }

    [Fact]
    public void A_50_MB_listing_is_read()
    {
        var sb = new System.Text.StringBuilder(52 * 1024 * 1024);
        var n = 0;
        while (sb.Length < 50 * 1024 * 1024)
        {
            sb.Append("Paper Number ").Append(n++).Append(": A Study\n").Append(Abstract).Append(' ', 200).Append("\n\n");
        }

        var read = ListingTextReader.Read(sb.ToString(), "big.txt");
        Assert.Equal(n, read.Papers.Count);
        Assert.Empty(read.Problems);
    }
}
