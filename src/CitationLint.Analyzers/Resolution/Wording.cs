using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>How messages and fix labels name a paper.</summary>
internal static class Wording
{
    public static string Quote(string s) => "\"" + s + "\"";

    /// <summary>"'MeZO' ("Fine-Tuning …")" for a name, the quoted title for a title.</summary>
    public static string Suggest(Candidate c)
        => IsTitle(c.Kind) ? Quote(c.Paper.Title) : "'" + c.Matched + "' (" + Quote(c.Paper.Title) + ")";

    public static bool IsTitle(MatchKind kind) => kind is MatchKind.Title or MatchKind.TitleVariant or MatchKind.TitleNearMiss;

    /// <summary>The name a completion leads with: the paper's first alias, if it has one.</summary>
    public static string? FirstAlias(Paper paper) => paper.Aliases.Count > 0 ? paper.Aliases[0] : null;

    public static string UseTitle(Paper paper) => "Use the title " + Quote(paper.Title);
}
