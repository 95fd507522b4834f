namespace CitationLint.Analyzers;

/// <summary>Every rule id, in one place. Ids are never reused.</summary>
public static class RuleIdentifiers
{
    public const string UnknownReference = "CITE001";
    public const string MisspelledReference = "CITE002";
    public const string NonCanonicalTitle = "CITE003";
    public const string IncompleteCitation = "CITE004";
    public const string AmbiguousReference = "CITE005";
    public const string MismatchedIdentifier = "CITE006";
    public const string UnreadableCorpus = "CITE007";
    public const string NotInCorpus = "CITE008";
    public const string InvalidOption = "CITE009";
    public const string TitleCapitalisation = "CITE010";

    /// <summary>The project's home: help links, the package's project and repository URL (Directory.Build.props
    /// says the same, and a test checks that the two agree).</summary>
    public const string ProjectUrl = "https://github.com/citationlint/citationlint";

    public const string HelpRoot = ProjectUrl + "/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpRoot + id + ".md";
}
