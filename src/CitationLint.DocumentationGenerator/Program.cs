using System;
using System.IO;

namespace CitationLint.DocumentationGenerator;

/// <summary>
/// <c>dotnet run --project src/CitationLint.DocumentationGenerator [-- [--check] [root]]</c>: rewrites
/// the generated documentation files under the repository root (found from the current folder when
/// not given). With <c>--check</c> it writes nothing and exits 1 when a file is stale.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var check = false;
        string? root = null;
        foreach (var arg in args)
        {
            if (arg == "--check")
            {
                check = true;
            }
            else if (root is null && !arg.StartsWith("-", StringComparison.Ordinal))
            {
                root = arg;
            }
            else
            {
                Console.Error.WriteLine("usage: " + DocumentationWriter.RegenerateCommand + " [-- [--check] [repository root]]");
                return 2;
            }
        }

        root ??= FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            Console.Error.WriteLine("CitationLint.sln not found above the current folder; pass the repository root.");
            return 2;
        }

        var stale = 0;
        foreach (var (path, expected) in DocumentationWriter.ForCitationLint().GetExpectedFiles(root))
        {
            var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            var current = File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            if (current == expected)
            {
                continue;
            }

            stale++;
            if (check)
            {
                Console.WriteLine("stale: " + path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, expected);
            Console.WriteLine("wrote: " + path);
        }

        if (stale == 0)
        {
            Console.WriteLine("documentation is up to date");
        }

        return check && stale > 0 ? 1 : 0;
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
