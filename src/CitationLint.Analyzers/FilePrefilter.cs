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
    private readonly TitleWordFilter titleWords;

    private FilePrefilter(TitleWordFilter titleWords) => this.titleWords = titleWords;

    /// <summary>
    /// A prefilter for the files analysed with <paramref name="options"/>, in a compilation whose first
    /// source file has <paramref name="firstFileOptions"/>: free text is read against the very corpus the
    /// analyzer will check that compilation against (which words are rare depends on it).
    /// </summary>
    public static FilePrefilter Create(AnalyzerOptions options, AnalyzerConfigOptions? firstFileOptions, CancellationToken cancellationToken)
        => new(CitationAnalyzer.CompilationAnalysis.CorpusFor(options, firstFileOptions, cancellationToken).Corpus.Index.TitleWordFilter);

    /// <summary>
    /// What <paramref name="text"/>, read with <paramref name="fileOptions"/>, may hold: a citation in
    /// its comments (its syntax is to be analysed), an attribute that may cite (its semantics too), or
    /// nothing (it need not be parsed).
    /// </summary>
    public FileCandidates Classify(SourceText text, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken)
    {
        var settings = CitationLintOptions.Read(fileOptions, null);
        var found = FileCandidates.None;
        if (MayApplyAttribute(text, "Cites"))
        {
            found |= FileCandidates.Attributes;
        }

        foreach (var name in settings.AttributeNames)
        {
            // "Paper" also finds "PaperAttribute"; "PaperAttribute" is looked for as "Paper".
            var stem = name.EndsWith("Attribute", System.StringComparison.Ordinal) && name.Length > 9 ? name.Substring(0, name.Length - 9) : name;
            if (found == FileCandidates.None && stem.Length > 0 && MayApplyAttribute(text, stem))
            {
                found |= FileCandidates.Attributes;
            }
        }

        if (SourcePrefilter.Candidates(text, new CommentScanner(settings, titleWords), cancellationToken) is not null || Follows(text, "SuppressMessage"))
        {
            found |= FileCandidates.Comments;
        }

        return found;
    }

    /// <summary>
    /// The text holds <paramref name="name"/> (or <c>nameAttribute</c>) followed by white space and an
    /// opening parenthesis, a comment or type arguments: where an attribute with arguments, the only
    /// kind the analyzer reads, may be applied (<c>[Cites("MeZO")]</c>, <c>[CitationLint.CitesAttribute (…)]</c>).
    /// A marker (<c>Cites:</c>) in a comment is not. (A name spelt with Unicode escapes, <c>C\u0069tes</c>, is not seen.)
    /// </summary>
    private static bool MayApplyAttribute(SourceText text, string name)
    {
        var first = name[0];
        var last = text.Length - name.Length;
        for (var i = 0; i <= last; i++)
        {
            if (text[i] != first || !Follows(text, i, name))
            {
                continue;
            }

            var after = i + name.Length;
            if (Follows(text, after, "Attribute"))
            {
                after += 9;
            }

            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after < text.Length && text[after] is '(' or '/' or '<')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text holds <paramref name="word"/> anywhere.</summary>
    private static bool Follows(SourceText text, string word)
    {
        for (var i = 0; i + word.Length <= text.Length; i++)
        {
            if (text[i] == word[0] && Follows(text, i, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Follows(SourceText text, int at, string word)
    {
        if (at + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (text[at + k] != word[k])
            {
                return false;
            }
        }

        return true;
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
