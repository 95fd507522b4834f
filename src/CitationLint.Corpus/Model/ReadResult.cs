using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>What a reader produced from one source: the papers it could read and the problems it met.</summary>
public sealed class ReadResult
{
    public ReadResult(IReadOnlyList<SourcePaper> papers, IReadOnlyList<CorpusProblem> problems)
    {
        Papers = papers;
        Problems = problems;
    }

    public IReadOnlyList<SourcePaper> Papers { get; }

    public IReadOnlyList<CorpusProblem> Problems { get; }

    public bool HasProblems => Problems.Count > 0;
}

/// <summary>A paper as read from a source, with where it was read and, for listings, its abstract.</summary>
public sealed class SourcePaper
{
    public SourcePaper(Paper paper, string file, int line, string? abstractText = null)
    {
        Paper = paper;
        File = file;
        Line = line;
        Abstract = abstractText;
    }

    public Paper Paper { get; }

    public string File { get; }

    /// <summary>1-based line where the entry starts.</summary>
    public int Line { get; }

    /// <summary>The abstract, where the source has one (listing text, HTML pages); used for alias mining.</summary>
    public string? Abstract { get; }
}
