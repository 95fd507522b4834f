using System;
using System.Collections.Generic;
using System.IO;
using CitationLint.Corpus;

namespace CitationLint.Cli.Check;

/// <summary>
/// Turns the paths of the command line into check sets: a <c>.csproj</c> is a set of its own (see
/// <see cref="ProjectFile"/>), a <c>.sln</c> its projects; C# files and folders form one set of loose
/// files. Folders are walked recursively, skipping <c>bin</c>, <c>obj</c> and <c>.git</c> and what
/// the .gitignore files met on the way exclude; <c>--exclude</c> globs apply to every file.
/// </summary>
internal sealed class Inputs
{
    private readonly List<Glob> excludes = new();
    private readonly List<string> errors = new();

    private Inputs(IReadOnlyList<string> excludePatterns)
    {
        foreach (var pattern in excludePatterns)
        {
            excludes.Add(Glob.Create(pattern.Replace('\\', '/').TrimStart('/')));
        }
    }

    /// <summary>Problems that make the command a usage or input error (exit 2).</summary>
    public IReadOnlyList<string> Errors => errors;

    public List<CheckSet> Sets { get; } = new();

    public static Inputs Collect(IReadOnlyList<string> paths, IReadOnlyList<string> excludePatterns, IReadOnlyList<string> corpora)
    {
        var inputs = new Inputs(excludePatterns);
        var loose = new CheckSet("(files)", Directory.GetCurrentDirectory());
        var looseRoots = new List<string>();
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                looseRoots.Add(path);
                inputs.Walk(path, path, GitIgnore.None.WithParents(path), loose.Sources);
            }
            else if (!File.Exists(path))
            {
                inputs.errors.Add($"'{given}' does not exist.");
            }
            else if (path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                inputs.AddProject(path);
            }
            else if (path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var project in ProjectFile.ProjectsOfSolution(path, inputs.errors))
                {
                    inputs.AddProject(project);
                }
            }
            else if (CorpusSources.IsCorpusFile(path))
            {
                loose.Corpora.Add(path);
            }
            else
            {
                loose.Sources.Add(path);
            }
        }

        foreach (var corpus in corpora)
        {
            var path = Path.GetFullPath(corpus);
            if (!File.Exists(path))
            {
                inputs.errors.Add($"the corpus file '{corpus}' does not exist.");
                continue;
            }

            // --corpus files are project corpora of every set, as AdditionalFiles would be.
            loose.Corpora.Add(path);
            foreach (var set in inputs.Sets)
            {
                set.Corpora.Add(path);
            }
        }

        if (loose.Sources.Count > 0 || looseRoots.Count > 0)
        {
            inputs.Sets.Insert(0, looseRoots.Count == 1 ? WithRoot(loose, looseRoots[0]) : loose);
        }

        foreach (var set in inputs.Sets)
        {
            SortUnique(set.Sources);
            SortUnique(set.Corpora);
        }

        return inputs;
    }

    private static CheckSet WithRoot(CheckSet loose, string root)
    {
        var set = new CheckSet(loose.Name, root);
        set.Sources.AddRange(loose.Sources);
        set.Corpora.AddRange(loose.Corpora);
        return set;
    }

    private void AddProject(string path)
    {
        var set = ProjectFile.Read(path, errors);
        if (set is null)
        {
            return;
        }

        set.Sources.RemoveAll(IsExcludedAnywhere);
        Sets.Add(set);
    }

    /// <summary>An --exclude glob matches the path relative to the current folder, or any tail of it.</summary>
    private bool IsExcludedAnywhere(string path)
    {
        var relative = Glob.Relative(Directory.GetCurrentDirectory(), path);
        foreach (var glob in excludes)
        {
            if (glob.IsMatch(relative) || glob.IsMatch(Path.GetFileName(path)) || MatchesTail(glob, relative))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesTail(Glob glob, string relative)
    {
        for (var i = relative.IndexOf('/', StringComparison.Ordinal); i >= 0; i = relative.IndexOf('/', i + 1))
        {
            if (glob.IsMatch(relative.Substring(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsExcluded(string root, string path)
    {
        var relative = Glob.Relative(root, path);
        foreach (var glob in excludes)
        {
            if (glob.IsMatch(relative) || glob.IsMatch(Path.GetFileName(path)))
            {
                return true;
            }
        }

        return IsExcludedAnywhere(path);
    }

    private void Walk(string root, string directory, GitIgnore ignore, List<string> sources)
    {
        ignore = ignore.With(directory);
        string[] files;
        string[] subdirectories;
        try
        {
            files = Directory.GetFiles(directory, "*.cs");
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported, not fatal: the rest of the tree is still checked.
            errors.Add($"the folder '{directory}' cannot be read: {e.Message}");
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!ignore.IsIgnored(file, isDirectory: false) && !IsExcluded(root, file))
            {
                sources.Add(file);
            }
        }

        Array.Sort(subdirectories, StringComparer.Ordinal);
        foreach (var sub in subdirectories)
        {
            var name = Path.GetFileName(sub);
            if (IsSkippedFolder(name) || ignore.IsIgnored(sub, isDirectory: true) || IsExcluded(root, sub))
            {
                continue;
            }

            // A link to a folder could make a cycle: not followed.
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                continue;
            }

            Walk(root, sub, ignore, sources);
        }
    }

    /// <summary>Build output and version control, never source: skipped as the SDK's default globs skip them.</summary>
    public static bool IsSkippedFolder(string name)
        => string.Equals(name, "bin", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "obj", StringComparison.OrdinalIgnoreCase)
        || name == ".git";

    private static void SortUnique(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        for (var i = paths.Count - 1; i > 0; i--)
        {
            if (paths[i] == paths[i - 1])
            {
                paths.RemoveAt(i);
            }
        }
    }
}
