using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CitationLint.Corpus;
using CitationLint.Corpus.Html;

namespace CitationLint.Cli;

/// <summary>Reads corpus inputs of every kind the CLI accepts, by file name; unreadable files become problems.</summary>
internal static class CorpusFiles
{
    public static ReadResult Read(string path)
    {
        string text;
        try
        {
            text = ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new ReadResult(Array.Empty<SourcePaper>(), new[] { new CorpusProblem(path, 0, "cannot be read: " + e.Message) });
        }

        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return HtmlPaperReader.Read(text, path);
        }

        return CorpusSources.Read(path, text)
            ?? new ReadResult(Array.Empty<SourcePaper>(), new[] { new CorpusProblem(path, 0, "unknown kind of file: expected .papers.tsv, .tsv, .txt (listing), .bib, .html or .htm") });
    }

    /// <summary>Papers of corpus files (TSV, listing, BibTeX, HTML); problems go to <paramref name="problems"/>.</summary>
    public static List<Paper> ReadPapers(IEnumerable<string> paths, List<CorpusProblem> problems)
    {
        var papers = new List<Paper>();
        foreach (var path in paths)
        {
            papers.AddRange(CorpusSources.ToPapers(path, Read(path), problems));
        }

        return papers;
    }

    public static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
    }
}
