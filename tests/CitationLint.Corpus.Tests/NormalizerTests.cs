namespace CitationLint.Corpus.Tests;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("Fine-Tuning", "ﬁne–tuning")] // ligature and en dash
    [InlineData("“Medusa”", "\"medusa\"")]
    [InlineData("MeΖO", "mezo")] // Greek Zeta
    [InlineData("МеZО", "mezo")] // Cyrillic M, e, O
    [InlineData("Ｍｅｄｕｓａ", "medusa")] // full-width
    [InlineData("a \t b\u00A0c", "a b c")]
    public void Fold_compares_equal(string a, string b)
        => Assert.Equal(TextNormalizer.FoldForComparison(a), TextNormalizer.FoldForComparison(b));

    [Fact]
    public void Normalize_keeps_case_and_drops_invisible_characters()
    {
        Assert.Equal("MeZO", TextNormalizer.Normalize("Me\u200BZO"));
        Assert.Equal("MeZO", TextNormalizer.Normalize("\u202EMeZO"));
        Assert.NotEqual(TextNormalizer.Normalize("MeZo"), TextNormalizer.Normalize("MeZO"));
    }

    [Fact]
    public void Title_key_ignores_case_punctuation_spacing_and_plurals()
        => Assert.Equal(
            TextNormalizer.TitleKey("Fine-Tuning Language Models with Just Forward Passes"),
            TextNormalizer.TitleKey("fine tuning   language model with just forward-pass."));

    [Fact]
    public void Lone_surrogates_do_not_throw()
        => Assert.Equal("ab", TextNormalizer.Normalize("a\uD800b"));

    [Theory]
    [InlineData("2305.17333", true, "2305.17333")]
    [InlineData("arXiv:2305.17333v3", true, "2305.17333")]
    [InlineData("hep-th/9901001", true, "hep-th/9901001")]
    [InlineData("math.GT/0309136", true, "math.GT/0309136")]
    [InlineData("2313.17333", false, "")]
    [InlineData("1234", false, "")]
    [InlineData("2305.173", false, "")]
    public void Arxiv_ids(string text, bool ok, string id)
    {
        Assert.Equal(ok, ArxivId.TryNormalize(text, out var normalized));
        Assert.Equal(id, normalized);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2305.17333v3", "2305.17333")]
    [InlineData("arxiv.org/pdf/2305.17333.pdf", "2305.17333")]
    [InlineData("https://huggingface.co/papers/2401.10774", "2401.10774")]
    [InlineData("https://doi.org/10.48550/arXiv.2402.15751", "2402.15751")]
    [InlineData("arXiv:2305.17333", "2305.17333")]
    [InlineData("https://arxiv.org/abs/not-an-id", null)]
    [InlineData("https://github.com/princeton-nlp/MeZO", null)]
    public void Arxiv_ids_from_urls(string text, string? id)
    {
        Assert.Equal(id is not null, ArxivId.TryFromText(text, out var found));
        Assert.Equal(id ?? string.Empty, found);
    }

    [Theory]
    [InlineData("Medusa", "Medsua", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("MeZO", "", 4)]
    public void Bounded_edit_distance(string a, string b, int expected)
        => Assert.Equal(Math.Min(expected, 3), EditDistance.Bounded(a, b, 2) == 3 ? 3 : EditDistance.Bounded(a, b, 2));
}
