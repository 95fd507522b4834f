using System.Collections.Generic;
using System.Threading;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// The raw-text prefilter for hosts that read a file before they parse it (the command line): whether
/// a file's text may hold a citation under its options. A file it rules out gives no diagnostic when
/// parsed and analysed: its comments hold no candidate run (<see cref="SourcePrefilter"/>, the very
/// check the analyzer makes) and its text names no attribute the options make a citation attribute.
/// The compiler never calls this: there, trees arrive parsed.
/// </summary>
/// <remarks>
/// A file that may suppress diagnostics (<c>SuppressMessage</c>, as a <c>GlobalSuppressions.cs</c> does)
/// is parsed too: its attributes apply to the other files' diagnostics.
/// </remarks>
internal sealed class FilePrefilter
{
    private readonly CorpusIndex index;
    private readonly TitleWordFilter titleWords;

    private FilePrefilter(CorpusIndex index)
    {
        this.index = index;
        titleWords = index.TitleWordFilter;
    }

    /// <summary>
    /// A prefilter for the files analysed with <paramref name="options"/>, in a compilation whose first
    /// source file has <paramref name="firstFileOptions"/>: free text is read against the very corpus the
    /// analyzer will check that compilation against (which words are rare depends on it).
    /// </summary>
    public static FilePrefilter Create(AnalyzerOptions options, AnalyzerConfigOptions? firstFileOptions, CancellationToken cancellationToken)
        => new(CitationAnalyzer.CompilationAnalysis.CorpusFor(options, firstFileOptions, cancellationToken).Corpus.Index);

    /// <summary>
    /// What <paramref name="text"/>, read with <paramref name="fileOptions"/>, may hold: a citation in
    /// its comments (its syntax is to be analysed), an attribute that may cite (its semantics too), or
    /// nothing (it need not be parsed).
    /// </summary>
    public FileCandidates Classify(SourceText text, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken)
        => Classify(text, fileOptions, cancellationToken, out _);

    /// <summary>As <see cref="Classify(SourceText, AnalyzerConfigOptions, CancellationToken)"/>, and the candidate runs when it found them (for <see cref="MayReport"/>).</summary>
    public FileCandidates Classify(SourceText text, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken, out List<TextSpan>? runs)
    {
        runs = null;
        var settings = CitationLintOptions.Read(fileOptions, null);
        var found = FileCandidates.None;

        // PERF: the names are searched in the text's string (a file read by the host is one), not through the indexer.
        var whole = text.ToString();
        if (MayApplyAttributes(whole, settings))
        {
            found |= FileCandidates.Attributes;
        }

        if (whole.IndexOf("SuppressMessage", System.StringComparison.Ordinal) >= 0 || (runs = SourcePrefilter.Candidates(text, new CommentScanner(settings, titleWords), cancellationToken)) is not null)
        {
            found |= FileCandidates.Comments;
        }

        return found;
    }

    /// <summary>
    /// Whether the comments of a file that may cite only in comments (<see cref="FileCandidates.Comments"/>,
    /// no attribute, no suppression) give the analyzer anything to report: read as the analyzer reads a
    /// tree's (the same candidate runs, groups, sites and resolution), before the file is parsed.
    /// False only when no site within a candidate run resolves to a verdict: the file's syntax analysis
    /// then reports nothing, for every verdict it could report is one of these (suppression and CITE004's
    /// once per member only take verdicts away).
    /// </summary>
    /// <param name="comments">
    /// Every comment of the file in text order, with the kind and span its trivia has in the tree
    /// (<see cref="CommentGroups.AddComment"/>): from a host's own exact reading of the file. Comments
    /// outside the candidate runs may be left out.
    /// </param>
    /// <param name="runs">The file's candidate runs, as <see cref="Classify(SourceText, AnalyzerConfigOptions, CancellationToken, out List{TextSpan}?)"/> gave them (null: found here).</param>
    public bool MayReport(SourceText text, AnalyzerConfigOptions fileOptions, IEnumerable<(Microsoft.CodeAnalysis.CSharp.SyntaxKind Kind, TextSpan Span)> comments, List<TextSpan>? runs, CancellationToken cancellationToken)
    {
        var settings = CitationLintOptions.Read(fileOptions, null);
        var scanner = new CommentScanner(settings, titleWords);
        var candidates = runs ?? SourcePrefilter.Candidates(text, scanner, cancellationToken);
        if (candidates is null)
        {
            return false;
        }

        var sites = new List<CitationSite>();
        var groups = new CommentGroups(text, scanner, sites, cancellationToken);
        var run = 0;
        foreach (var (kind, span) in comments)
        {
            while (run < candidates.Count && candidates[run].End < span.End)
            {
                run++;
            }

            if (run < candidates.Count && candidates[run].Contains(span))
            {
                groups.AddComment(kind, span);
            }
        }

        groups.Finish();
        if (sites.Count == 0)
        {
            return false;
        }

        var resolver = new CitationResolver(index, settings.UrlStyle);
        foreach (var found in sites)
        {
            if (found.ListItems is null)
            {
                if (resolver.Resolve(found) is not null)
                {
                    return true;
                }

                continue;
            }

            foreach (var site in resolver.Citations(found))
            {
                if (resolver.Resolve(site) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/>, read with <paramref name="fileOptions"/>, may apply a citation attribute (<see cref="FileCandidates.Attributes"/>).</summary>
    public static bool MayApplyAttributes(string text, AnalyzerConfigOptions fileOptions)
        => MayApplyAttributes(text, CitationLintOptions.Read(fileOptions, null));

    private static bool MayApplyAttributes(string text, CitationLintOptions settings)
    {
        if (MayApplyAttribute(text, "Cites"))
        {
            return true;
        }

        foreach (var name in settings.AttributeNames)
        {
            // "Paper" also finds "PaperAttribute"; "PaperAttribute" is looked for as "Paper".
            var stem = Stem(name);
            if (stem.Length > 0 && MayApplyAttribute(text, stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An attribute's name without <c>Attribute</c> (<c>PaperAttribute</c> and <c>Paper</c> both bind to either class).</summary>
    internal static string Stem(string name)
        => name.EndsWith("Attribute", System.StringComparison.Ordinal) && name.Length > 9 ? name.Substring(0, name.Length - 9) : name;

    /// <summary>
    /// The text holds <paramref name="name"/> (or <c>nameAttribute</c>) followed by white space and an
    /// opening parenthesis, a comment, a directive or type arguments: where an attribute with arguments, the only
    /// kind the analyzer reads, may be applied (<c>[Cites("MeZO")]</c>, <c>[CitationLint.CitesAttribute (…)]</c>).
    /// A marker (<c>Cites:</c>) in a comment is not. (A name spelt with Unicode escapes, <c>C\u0069tes</c>, is not seen.)
    /// </summary>
    private static bool MayApplyAttribute(string text, string name)
    {
        for (var i = text.IndexOf(name, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, System.StringComparison.Ordinal))
        {
            var after = i + name.Length;
            if (string.CompareOrdinal(text, after, "Attribute", 0, 9) == 0)
            {
                after += 9;
            }

            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            // '#': a directive line may stand between the name and its arguments.
            if (after < text.Length && text[after] is '(' or '/' or '<' or '#')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a file may hold, by <see cref="FilePrefilter.Classify"/>.</summary>
[System.Flags]
internal enum FileCandidates
{
    /// <summary>No citation: the file need not be parsed.</summary>
    None = 0,

    /// <summary>A comment that may cite: the tree's syntax is analysed.</summary>
    Comments = 1,

    /// <summary>An attribute that may cite: the tree's semantics are analysed too.</summary>
    Attributes = 2,
}
