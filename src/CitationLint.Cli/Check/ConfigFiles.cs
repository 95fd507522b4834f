using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// The <c>.editorconfig</c> and <c>.globalconfig</c> files the build would apply to a set's files:
/// every <c>.editorconfig</c> in a source file's folder and above, up to one that says
/// <c>root = true</c>, and every <c>.globalconfig</c> in those folders (the SDK reads those above a
/// project). Parsed by Roslyn's own <see cref="AnalyzerConfig"/> and merged by
/// <see cref="AnalyzerConfigSet"/>, as the compiler does.
/// </summary>
internal static class ConfigFiles
{
    public static AnalyzerConfigSet For(IReadOnlyList<string> paths, string root, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var roots = new Dictionary<string, bool>(StringComparer.Ordinal);
        var configs = new List<AnalyzerConfig>();
        var folders = new HashSet<string>(StringComparer.Ordinal) { root };
        foreach (var path in paths)
        {
            folders.Add(Path.GetDirectoryName(path)!);
        }

        foreach (var folder in folders)
        {
            var stopEditorConfig = false;
            for (var d = new DirectoryInfo(folder); d is not null; d = d.Parent)
            {
                if (!stopEditorConfig)
                {
                    var editorConfig = Path.Combine(d.FullName, ".editorconfig");
                    if (!roots.TryGetValue(editorConfig, out var isRoot))
                    {
                        var text = Parse(editorConfig, configs, errors);
                        isRoot = text is not null && IsRoot(text);
                        roots[editorConfig] = isRoot;
                    }

                    stopEditorConfig = isRoot;
                }

                var globalConfig = Path.Combine(d.FullName, ".globalconfig");
                if (seen.Add(globalConfig))
                {
                    Parse(globalConfig, configs, errors);
                }
            }
        }

        return AnalyzerConfigSet.Create(configs, out _);
    }

    /// <summary>The file's text once parsed into <paramref name="configs"/>; null when there is none.</summary>
    private static string? Parse(string path, List<AnalyzerConfig> configs, List<string> errors)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var text = File.ReadAllText(path);
            configs.Add(AnalyzerConfig.Parse(SourceText.From(text), path));
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"the config file '{path}' cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary><c>root = true</c> before the first section: no .editorconfig above this one applies.</summary>
    private static bool IsRoot(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                return false;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && string.Equals(line.Substring(0, eq).Trim(), "root", StringComparison.OrdinalIgnoreCase))
            {
                var value = line.Substring(eq + 1).Trim();
                return value.StartsWith("true", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
