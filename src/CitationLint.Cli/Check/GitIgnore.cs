using System;
using System.Collections.Generic;
using System.IO;

namespace CitationLint.Cli.Check;

/// <summary>
/// The rules of the .gitignore files met while walking a folder: each file's patterns apply to the
/// paths under its own folder, a later rule wins over an earlier one, <c>!</c> re-includes, a
/// trailing <c>/</c> matches folders only, a pattern with a '/' before its end is anchored to the
/// file's folder, one without matches at any depth.
/// </summary>
internal sealed class GitIgnore
{
    private readonly List<Rule> rules;

    private GitIgnore(List<Rule> rules) => this.rules = rules;

    public static readonly GitIgnore None = new(new List<Rule>());

    /// <summary>
    /// These rules and those of the .gitignore files above <paramref name="directory"/>, up to the
    /// folder that holds <c>.git</c> (the repository's root), as git reads them; not its own.
    /// </summary>
    public GitIgnore WithParents(string directory)
    {
        var above = new List<string>();
        for (var d = Directory.GetParent(directory); d is not null; d = d.Parent)
        {
            above.Add(d.FullName);
            if (Directory.Exists(Path.Combine(d.FullName, ".git")) || File.Exists(Path.Combine(d.FullName, ".git")))
            {
                break;
            }

            if (d.Parent is null || above.Count > 64)
            {
                // Not in a repository: no parent's .gitignore applies.
                return this;
            }
        }

        var result = this;
        for (var i = above.Count - 1; i >= 0; i--)
        {
            result = result.With(above[i]);
        }

        return result;
    }

    /// <summary>These rules and those of <paramref name="directory"/>'s own .gitignore, if it has one.</summary>
    public GitIgnore With(string directory)
    {
        var file = Path.Combine(directory, ".gitignore");
        if (!File.Exists(file))
        {
            return this;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return this;
        }

        var added = new List<Rule>(rules);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var negated = line[0] == '!';
            if (negated)
            {
                line = line.Substring(1);
            }

            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            var anchored = line.IndexOf('/', StringComparison.Ordinal) >= 0;
            line = line.TrimStart('/');
            added.Add(new Rule(directory, Glob.Create(anchored ? line : "**/" + line), negated, directoryOnly));
        }

        return new GitIgnore(added);
    }

    public bool IsIgnored(string path, bool isDirectory)
    {
        var ignored = false;
        foreach (var rule in rules)
        {
            if (rule.DirectoryOnly && !isDirectory || !path.StartsWith(rule.Base, StringComparison.Ordinal))
            {
                continue;
            }

            if (rule.Pattern.IsMatch(Glob.Relative(rule.Base, path)))
            {
                ignored = !rule.Negated;
            }
        }

        return ignored;
    }

    private sealed record Rule(string Base, Glob Pattern, bool Negated, bool DirectoryOnly);
}
