using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>Picks the reader for a corpus file by its name.</summary>
public static class CorpusSources
{
    /// <summary>True for the names the analyzer takes from AdditionalFiles: <c>*.papers.tsv</c>, <c>*.papers.txt</c>, <c>*.bib</c>.</summary>
    public static bool IsCorpusFile(string path)
        => path.EndsWith(PaperTsv.Extension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(ListingTextReader.Extension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(BibTexReader.Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The papers a source contributes, its problems added to <paramref name="problems"/> once each:
    /// a corpus TSV as written (its aliases are its own); listings, BibTeX and HTML through a
    /// <see cref="CorpusBuilder"/>, which merges repeats and mines aliases from titles and abstracts.
    /// </summary>
    public static IReadOnlyList<Paper> ToPapers(string path, ReadResult result, List<CorpusProblem> problems)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            problems.AddRange(result.Problems);
            var papers = new List<Paper>(result.Papers.Count);
            foreach (var p in result.Papers)
            {
                papers.Add(p.Paper);
            }

            return papers;
        }

        // The builder's problems include the reader's.
        var builder = new CorpusBuilder().Add(result);
        var built = builder.Build();
        problems.AddRange(builder.Problems);
        return built;
    }

    /// <summary>
    /// Reads <paramref name="text"/> with the reader its name calls for: <c>.tsv</c> as corpus TSV (or,
    /// by its header, as a facts table like <c>well-known.tsv</c>),
    /// <c>.bib</c> as BibTeX, <c>.txt</c> as listing text. Null for any other name.
    /// </summary>
    public static ReadResult? Read(string path, string text)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return FactTableReader.LooksLikeFactTable(text) ? FactTableReader.Read(text, path) : PaperTsv.Read(text, path);
        }

        if (path.EndsWith(BibTexReader.Extension, StringComparison.OrdinalIgnoreCase))
        {
            return BibTexReader.Read(text, path);
        }

        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ListingTextReader.Read(text, path);
        }

        return null;
    }
}
