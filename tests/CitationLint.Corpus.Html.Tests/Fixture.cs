namespace CitationLint.Corpus.Html.Tests;

internal static class Fixture
{
    public const string NoPaper = "no paper found: the page has no citation_* meta tags, no arXiv abstract and no /papers/<id> links";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static ReadResult Read(string name) => HtmlPaperReader.Read(Text(name), name);

    /// <summary>The only paper of a single-paper page, failing with the problems when there is not exactly one.</summary>
    public static SourcePaper Single(ReadResult result)
    {
        Assert.True(result.Papers.Count == 1, $"expected one paper, got {result.Papers.Count}; problems: {string.Join("; ", result.Problems)}");
        return result.Papers[0];
    }
}
