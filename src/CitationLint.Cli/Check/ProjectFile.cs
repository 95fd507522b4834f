using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using CitationLint.Corpus;

namespace CitationLint.Cli.Check;

/// <summary>
/// What <c>dotnet build</c> would analyse of an SDK-style project, without MSBuild: its Compile items
/// (the SDK's default glob, every <c>*.cs</c> under its folder minus <c>bin</c> and <c>obj</c>, less
/// <c>Compile Remove</c> globs), its corpus AdditionalFiles (<see cref="CorpusSources.IsCorpusFile"/>),
/// and whether it generates documentation (which makes the compiler parse doc comments).
/// </summary>
internal static class ProjectFile
{
    public static CheckSet? Read(string path, List<string> errors)
    {
        XDocument project;
        try
        {
            project = XDocument.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            errors.Add($"the project '{path}' cannot be read: {e.Message}");
            return null;
        }

        var folder = Path.GetDirectoryName(path)!;
        var set = new CheckSet(path, folder);
        var removes = new List<Glob>();
        var defaultItems = true;
        foreach (var element in project.Descendants())
        {
            var name = element.Name.LocalName;
            if (name == "Compile" && element.Attribute("Remove")?.Value is { } remove)
            {
                foreach (var pattern in Split(remove))
                {
                    removes.Add(Glob.Create(pattern));
                }
            }
            else if (name == "AdditionalFiles" && element.Attribute("Include")?.Value is { } include)
            {
                foreach (var pattern in Split(include))
                {
                    AddMatching(folder, pattern, set.Corpora);
                }
            }
            else if (name == "GenerateDocumentationFile" && string.Equals(element.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                set.ParseDocumentation = true;
            }
            else if (name == "EnableDefaultCompileItems" && string.Equals(element.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                defaultItems = false;
            }
        }

        if (defaultItems)
        {
            Walk(folder, folder, removes, set.Sources);
        }

        foreach (var element in project.Descendants())
        {
            if (element.Name.LocalName == "Compile" && element.Attribute("Include")?.Value is { } include)
            {
                foreach (var pattern in Split(include))
                {
                    AddMatching(folder, pattern, set.Sources);
                }
            }
        }

        set.Corpora.RemoveAll(p => !CorpusSources.IsCorpusFile(p));
        return set;
    }

    /// <summary>The projects a .sln lists (<c>Project("{…}") = "Name", "path\to\x.csproj", "{…}"</c> lines).</summary>
    public static List<string> ProjectsOfSolution(string path, List<string> errors)
    {
        var projects = new List<string>();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"the solution '{path}' cannot be read: {e.Message}");
            return projects;
        }

        var folder = Path.GetDirectoryName(path)!;
        foreach (var line in lines)
        {
            if (!line.StartsWith("Project(", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('"');
            if (parts.Length > 5 && parts[5].EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                var project = Path.GetFullPath(Path.Combine(folder, parts[5].Replace('\\', Path.DirectorySeparatorChar)));
                if (File.Exists(project))
                {
                    projects.Add(project);
                }
                else
                {
                    errors.Add($"the project '{project}' listed in '{path}' does not exist.");
                }
            }
        }

        return projects;
    }

    private static IEnumerable<string> Split(string items)
    {
        foreach (var part in items.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // An MSBuild property ($(…)) cannot be evaluated here: such an item is left out.
            if (!part.Contains("$(", StringComparison.Ordinal))
            {
                yield return part.Replace('\\', '/');
            }
        }
    }

    private static void AddMatching(string folder, string pattern, List<string> into)
    {
        if (pattern.IndexOfAny(new[] { '*', '?', '[' }) < 0)
        {
            var full = Path.GetFullPath(Path.Combine(folder, pattern));
            if (File.Exists(full))
            {
                into.Add(full);
            }

            return;
        }

        var glob = Glob.Create(pattern);
        var all = new List<string>();
        Walk(folder, folder, new List<Glob>(), all, "*");
        foreach (var file in all)
        {
            if (glob.IsMatch(Glob.Relative(folder, file)))
            {
                into.Add(file);
            }
        }
    }

    private static void Walk(string root, string directory, List<Glob> removes, List<string> into, string filePattern = "*.cs")
    {
        string[] files;
        string[] subdirectories;
        try
        {
            files = Directory.GetFiles(directory, filePattern);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var file in files)
        {
            var relative = Glob.Relative(root, file);
            var removed = false;
            foreach (var r in removes)
            {
                removed |= r.IsMatch(relative);
            }

            if (!removed)
            {
                into.Add(file);
            }
        }

        foreach (var sub in subdirectories)
        {
            if (!Inputs.IsSkippedFolder(Path.GetFileName(sub)) && new DirectoryInfo(sub).LinkTarget is null)
            {
                Walk(root, sub, removes, into, filePattern);
            }
        }
    }
}
