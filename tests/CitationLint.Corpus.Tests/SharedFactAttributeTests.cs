namespace CitationLint.Corpus.Tests;

public sealed class SharedFactAttributeTests
{
    /// <summary>The skip is exactly the missing ../shared: with it beside the repository, the seed checks run.</summary>
    [Fact]
    public void A_shared_fact_is_skipped_only_when_shared_is_missing()
    {
        var attribute = new SharedFactAttribute();
        Assert.Equal(RepoPaths.Shared is null, attribute.Skip is not null);
        if (attribute.Skip is not null)
        {
            Assert.Contains("../shared", attribute.Skip, StringComparison.Ordinal);
        }
    }
}
