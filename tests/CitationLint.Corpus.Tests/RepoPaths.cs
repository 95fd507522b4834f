namespace CitationLint.Corpus.Tests;

/// <summary>Where the repository and the shared seed folder are, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository, or null on a machine without it.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(shared, "seeds")) ? shared : null;
        }
    }

    /// <summary>
    /// <c>../shared</c>, for the tests that check the committed corpora against the seed listings and
    /// fact tables there: without it they fail and say what is missing (a skipped test would pass a run
    /// that checked nothing).
    /// </summary>
    public static string RequiredShared
        => Shared ?? throw new InvalidOperationException(
            $"this test reads the seed listings and corpus fact tables in '{Path.GetFullPath(Path.Combine(Root, "..", "shared"))}' (a 'shared' folder with 'seeds/' beside the repository, as CI has it); it is not there");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found above " + AppContext.BaseDirectory);
    }
}
