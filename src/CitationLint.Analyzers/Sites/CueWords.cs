namespace CitationLint.Analyzers;

/// <summary>
/// The one table of cue words (DESIGN 3.5), read by the prefilter and the scanner: the words before a
/// colon that make a weak site (<c>Reference:</c>, <c>See:</c>, <c>Based on:</c>), and the phrases
/// that put a citation after them ("the paper X", "described in X").
/// </summary>
internal static class CueWords
{
    /// <summary>Before a colon at the start of a line; the strong markers (<c>Paper:</c>, …) are options.</summary>
    public static readonly string[] Markers = { "Reference", "References", "Ref", "See", "Based on", "See also" };

    /// <summary>In prose, lower case, with the space that follows them.</summary>
    public static readonly string[] Phrases = { "the paper ", "described in ", "introduced in ", "proposed in " };
}
