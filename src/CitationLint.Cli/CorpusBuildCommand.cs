using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Cli;

/// <summary><c>citationlint corpus build &lt;inputs…&gt; [--ids &lt;tsv&gt;] --out &lt;file.papers.tsv&gt;</c></summary>
internal static class CorpusBuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<FileInfo[]>("inputs") { Description = "Listing text (.txt), corpus TSV (.papers.tsv), BibTeX (.bib) or HTML (.html) files.", Arity = ArgumentArity.OneOrMore };
        var ids = new Option<FileInfo?>("--ids") { Description = "arXiv id table: title<TAB>arxiv_id<TAB>authors (';'-separated)<TAB>evidence." };
        var outFile = new Option<FileInfo>("--out", "-o") { Description = "The .papers.tsv file to write.", Required = true };
        var command = new Command("build", "Read papers from any mix of sources, merge repeats, mine aliases and write a corpus TSV.")
        {
            inputs, ids, outFile,
        };

        command.SetAction(parse => Execute(parse.GetValue(inputs)!, parse.GetValue(ids), parse.GetValue(outFile)!, output, error));
        return command;
    }

    internal static int Execute(FileInfo[] inputs, FileInfo? ids, FileInfo outFile, TextWriter output, TextWriter error)
    {
        ArxivIdTable? table = null;
        var hadErrors = false;
        if (ids is not null)
        {
            if (!ids.Exists)
            {
                error.WriteLine($"error: the id table '{ids.FullName}' does not exist.");
                return 2;
            }

            table = ArxivIdTable.Read(CorpusFiles.ReadText(ids.FullName), ids.FullName);
            output.WriteLine($"read {table.Count} arXiv ids from {ids.Name}");
            foreach (var problem in table.Problems)
            {
                error.WriteLine("warning: " + problem);
                hadErrors = true;
            }
        }

        // Each input is one source; the sources merge by the one policy the analyzer uses too.
        var build = new CorpusBuild(table);
        foreach (var input in inputs)
        {
            if (!input.Exists)
            {
                error.WriteLine($"error: the input '{input.FullName}' does not exist.");
                hadErrors = true;
                continue;
            }

            var result = CorpusFiles.Read(input.FullName);
            var problems = build.Add(input.FullName, result);
            output.WriteLine($"read {result.Papers.Count} papers from {input.Name}" + (problems.Count > 0 ? $" ({problems.Count} problems)" : string.Empty));
            foreach (var problem in problems)
            {
                error.WriteLine("warning: " + problem);
                hadErrors = true;
            }
        }

        foreach (var note in build.Overrides)
        {
            // Not an error: a later source wins a field, as it does in the analyzer (CITE007, Info).
            // Same arXiv id or key with another title or id: a conflict, settled by the order of the inputs.
            error.WriteLine("conflict: " + note + " (the later input wins)");
        }

        foreach (var (alias, sharing) in build.SharedAliases())
        {
            // Not an error either: two papers may share a short name; a site that gives only that name is ambiguous.
            var which = new StringBuilder();
            foreach (var p in sharing)
            {
                which.Append(which.Length > 0 ? "; " : string.Empty).Append('\'').Append(p.Key).Append("' (\"").Append(p.Title).Append("\")");
            }

            error.WriteLine($"conflict: the name '{alias}' is carried by {sharing.Count} papers: {which} — a citation that gives only this name is ambiguous (CITE005)");
        }

        var papers = build.Papers();
        var read = build.ReadCount;
        var withIds = 0;
        var aliases = 0;
        foreach (var p in papers)
        {
            withIds += p.ArxivId is null ? 0 : 1;
            aliases += p.Aliases.Count;
        }

        var text = build.ToTsv();
        Directory.CreateDirectory(outFile.DirectoryName ?? ".");
        File.WriteAllText(outFile.FullName, text, new UTF8Encoding(false));
        output.WriteLine($"merged {read} entries into {papers.Count} papers ({read - papers.Count} repeats); {withIds} with an arXiv id; {aliases} aliases");
        output.WriteLine($"wrote {outFile.FullName}");
        return hadErrors ? 1 : 0;
    }
}
