namespace CitationLint.DocumentationGenerator.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CitationLint.sln not found above " + AppContext.BaseDirectory);
    }
}
