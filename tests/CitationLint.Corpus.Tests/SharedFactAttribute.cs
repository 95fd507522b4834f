namespace CitationLint.Corpus.Tests;

/// <summary>
/// A fact that needs <c>../shared</c> (the seed listings and fact tables beside the repository). On a
/// machine without it the test is reported as skipped, with the reason: it never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = "needs ../shared beside the repository (the seed listings and corpus fact tables)";
        }
    }
}
