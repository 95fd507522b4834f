using Microsoft.CodeAnalysis;

namespace CitationLint.Analyzers;

/// <summary>The descriptors, made through one helper so that categories and help links cannot drift.</summary>
internal static class Rules
{
    private const string Category = "Citations";

    public static readonly DiagnosticDescriptor UnknownReference = Create(
        RuleIdentifiers.UnknownReference,
        "Unknown paper reference",
        "'{0}' is not a known paper{1}",
        DiagnosticSeverity.Warning,
        "A citation site (a Cites attribute, a Paper:/Cite: marker or a <cite> element) names a paper that matches nothing in the corpus.");

    public static readonly DiagnosticDescriptor MisspelledReference = Create(
        RuleIdentifiers.MisspelledReference,
        "Misspelled paper reference",
        "'{0}' is not a known paper; did you mean {1}?",
        DiagnosticSeverity.Warning,
        "The reference is a near miss of a known paper's name or title.");

    public static readonly DiagnosticDescriptor NonCanonicalTitle = Create(
        RuleIdentifiers.NonCanonicalTitle,
        "Non-canonical paper title",
        "'{0}' is written differently from the paper's title \"{1}\"",
        DiagnosticSeverity.Warning,
        "The title matches a known paper after normalisation (case, dashes, punctuation, spacing) but is not written as the paper writes it.");

    public static readonly DiagnosticDescriptor TitleCapitalisation = Create(
        RuleIdentifiers.TitleCapitalisation,
        "Title capitalisation differs from the paper's",
        "'{0}' is the paper's title \"{1}\" in other capitals",
        DiagnosticSeverity.Info,
        "The title is written in the capitals of a citation style (sentence case, title case, lower case) and differs from the paper's in nothing else; the fix writes the paper's own.");

    public static readonly DiagnosticDescriptor IncompleteCitation = Create(
        RuleIdentifiers.IncompleteCitation,
        "Citation can be completed",
        "'{0}' cites \"{1}\" without its {2}",
        DiagnosticSeverity.Info,
        "A known paper is cited without its title or URL; the fix inserts both.");

    public static readonly DiagnosticDescriptor AmbiguousReference = Create(
        RuleIdentifiers.AmbiguousReference,
        "Ambiguous paper reference",
        "'{0}' fits several papers equally: {1}",
        DiagnosticSeverity.Warning,
        "The name is shared by several papers of the corpus; give the title or URL to say which one is meant.");

    public static readonly DiagnosticDescriptor MismatchedIdentifier = Create(
        RuleIdentifiers.MismatchedIdentifier,
        "Mismatched paper identifier",
        "'{0}' points to {1}, but the citation names \"{2}\"",
        DiagnosticSeverity.Warning,
        "The URL or arXiv id given points to another paper than the name or title next to it, or to none; or the authors or year given do not fit the paper the citation identifies.");

    public static readonly DiagnosticDescriptor UnreadableCorpus = Create(
        RuleIdentifiers.UnreadableCorpus,
        "Corpus file problem",
        "Corpus file '{0}': {1}",
        DiagnosticSeverity.Warning,
        "A corpus file given as AdditionalFiles could not be read, as a whole or at one line (Warning; everything else in it is still used), or one of its entries overrides the title or arXiv id of an earlier entry of the same paper (Info).");

    public static readonly DiagnosticDescriptor NotInCorpus = Create(
        RuleIdentifiers.NotInCorpus,
        "Paper not in the corpus",
        "'{0}' is not in the corpus",
        DiagnosticSeverity.Info,
        "A paper identifier or reference in a comment matches no paper of the corpus. Add the paper to a project corpus to have it checked.");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        RuleIdentifiers.InvalidOption,
        "Invalid CitationLint option",
        "'{0} = {1}' is not a valid CitationLint option ({2}); the default is used",
        DiagnosticSeverity.Warning,
        "A citationlint.* key in .editorconfig or .globalconfig, or a CitationLint MSBuild property, is unknown or has a value outside its allowed set.",
        WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description, RuleIdentifiers.GetHelpUri(id), tags);
}
