using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using CitationLint.Analyzers;
using CitationLint.Cli.Check;
using CitationLint.Cli.Fix;

namespace CitationLint.Cli.Refs;

/// <summary>
/// <c>citationlint refs &lt;paths…&gt; [--format bibtex|cff|markdown|json] [--output file]
/// [--exclude glob]… [--corpus file]…</c>: every corpus paper the code cites, once, with where.
/// The papers are those the analyzer's own resolution identifies (<see cref="CitedPapers"/>).
/// Exit 0, or 2 on a usage or input error.
/// </summary>
internal static class RefsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "C# files, folders (recursive), .csproj or .sln files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "bibtex, cff (the references of a CITATION.cff), markdown or json.", DefaultValueFactory = _ => "bibtex" };
        format.AcceptOnlyFromAmong("bibtex", "cff", "markdown", "json");
        var outFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the bibliography to this file instead of standard output." };
        var exclude = new Option<string[]>("--exclude") { Description = "A glob of files or folders to leave out (repeatable)." };
        var corpus = new Option<string[]>("--corpus", "-c") { Description = "Project corpus files, as AdditionalFiles (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("refs", "Print the bibliography of a code base: every corpus paper it cites, once, with where.") { paths, format, outFile, exclude, corpus };
        command.SetAction(parse => Execute(
            parse.GetValue(paths)!,
            parse.GetValue(format)!,
            parse.GetValue(outFile)?.FullName,
            parse.GetValue(exclude) ?? Array.Empty<string>(),
            parse.GetValue(corpus) ?? Array.Empty<string>(),
            output,
            error));
        return command;
    }

    internal static int Execute(string[] paths, string format, string? outFile, string[] excludes, string[] corpora, TextWriter output, TextWriter error)
    {
        Analysis.WarmUp();
        var inputs = Inputs.Collect(paths, excludes, corpora);
        var notes = new List<string>();
        var errors = new List<string>(inputs.Errors);
        var cited = new List<CitedPaper>();
        if (errors.Count == 0)
        {
            foreach (var set in inputs.Sets)
            {
                var loaded = LoadedSet.Load(set, notes, errors);
                var (compilation, trees) = Analysis.Compile(loaded, loaded.Documents, null, CancellationToken.None);
                cited.AddRange(CitedPapers.Find(compilation, trees, Analysis.OptionsOf(loaded), CancellationToken.None));
            }
        }

        foreach (var note in notes)
        {
            error.WriteLine("warning: " + note);
        }

        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                error.WriteLine("error: " + e);
            }

            return CheckCommand.InputError;
        }

        var works = CitedWork.From(cited);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        switch (format)
        {
            case "cff":
                CffWriter.Write(works, text);
                break;
            case "markdown":
                MarkdownWriter.Write(works, text);
                break;
            case "json":
                JsonWriter.Write(works, text);
                break;
            default:
                BibTexWriter.Write(works, text);
                break;
        }

        if (outFile is null)
        {
            output.Write(text.ToString());
        }
        else
        {
            try
            {
                AtomicFile.Write(outFile, text.ToString(), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write '{outFile}': {e.Message}");
                return CheckCommand.InputError;
            }
        }

        error.WriteLine($"{works.Count} papers cited at {cited.Count} places");
        return CheckCommand.Clean;
    }
}
