namespace CitationLint.Corpus;

/// <summary>
/// A problem found while reading a corpus source. Readers report problems as data and keep going:
/// the bad entry is skipped, everything else is read.
/// </summary>
public sealed class CorpusProblem
{
    public CorpusProblem(string file, int line, string message, bool isOverride = false)
    {
        File = file;
        Line = line;
        Message = message;
        IsOverride = isOverride;
    }

    /// <summary>Not an error: a later entry that changes an earlier one's title or id (CITE007 as Info).</summary>
    public bool IsOverride { get; }

    /// <summary>The path (or name) of the source the problem is in.</summary>
    public string File { get; }

    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    public string Message { get; }

    public override string ToString() => Line > 0 ? $"{File}({Line}): {Message}" : $"{File}: {Message}";
}
