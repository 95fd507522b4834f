using System.CommandLine;
using System.IO;

namespace CitationLint.Cli;

/// <summary>The <c>citationlint</c> command line; writers are parameters so tests run it in-process.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("CitationLint: checks citations of research papers against a corpus of known papers.");
        var corpus = new Command("corpus", "Build and inspect corpora.");
        corpus.Subcommands.Add(CorpusBuildCommand.Create(output, error));
        root.Subcommands.Add(corpus);
        root.Subcommands.Add(LookupCommand.Create(output, error));
        root.Subcommands.Add(Check.CheckCommand.Create(output, error));
        root.Subcommands.Add(Refs.RefsCommand.Create(output, error));

        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
