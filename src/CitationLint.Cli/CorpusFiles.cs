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
        var builder = new List<Paper>();
        foreach (var path in paths)
        {
            var result = Read(path);
            problems.AddRange(result.Problems);
            if (result.Papers.Count > 0 && result.Papers[0].Abstract is not null || !path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            {
                // Sources without aliases of their own go through the builder so that aliases are mined.
                var built = new CorpusBuilder().Add(result);
                builder.AddRange(built.Build());
                problems.AddRange(built.Problems);
            }
            else
            {
                foreach (var p in result.Papers)
                {
                    builder.Add(p.Paper);
                }
            }
        }

        return builder;
    }

    public static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
    }
}
