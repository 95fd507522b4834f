using System.Collections.Generic;

namespace CitationLint.Cli.Check;

/// <summary>
/// One unit of analysis, as one compilation: the files a project compiles, or the loose files and
/// folders named on the command line. Each set gets its own compilation and corpus, as a build does.
/// </summary>
internal sealed class CheckSet
{
    public CheckSet(string name, string root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The project file, or "(files)" for loose inputs.</summary>
    public string Name { get; }

    /// <summary>The folder paths are shown relative to, and config files are searched up from.</summary>
    public string Root { get; }

    /// <summary>Full paths of the C# files, sorted, each once.</summary>
    public List<string> Sources { get; } = new();

    /// <summary>Full paths of corpus files (AdditionalFiles), sorted, each once.</summary>
    public List<string> Corpora { get; } = new();

    /// <summary>Whether the project asks for documentation comments to be parsed (GenerateDocumentationFile).</summary>
    public bool ParseDocumentation { get; set; }
}
