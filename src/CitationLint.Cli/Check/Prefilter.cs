using System;
using System.Threading;
using CitationLint.Analyzers;

namespace CitationLint.Cli.Check;

/// <summary>
/// The raw-text check before parsing (DESIGN 6: a file without a citation costs a prefilter scan and
/// nothing more): the analyzer's own prefilter (<see cref="FilePrefilter"/>), read with each file's
/// options as the analyzer will read them. A file it rules out is never parsed.
/// </summary>
internal sealed class Prefilter
{
    private readonly FilePrefilter filter;
    private readonly ConfigOptions options;

    /// <param name="first">The set's first file: the compilation's first tree, whose options choose the corpus.</param>
    public Prefilter(LoadedSet set, SourceDocument? first, CancellationToken cancellationToken)
    {
        options = set.Options;
        filter = FilePrefilter.Create(Analysis.OptionsOf(set), first is null ? null : options.GetOptions(first.Path), cancellationToken);
    }

    /// <summary>What the file may hold: nothing (not parsed), comments that may cite (syntax analysed), attributes that may cite (semantics too).</summary>
    /// <param name="runs">The file's candidate comment runs when it has some (for <see cref="IsQuiet"/>).</param>
    /// <remarks>
    /// A file that may spell a name with Unicode escapes or formatting characters
    /// (<c>[C\u0069tes(…)]</c>) is looked at again with them read as the compiler reads an identifier.
    /// </remarks>
    public FileCandidates Classify(SourceDocument document, CancellationToken cancellationToken, out System.Collections.Generic.List<Microsoft.CodeAnalysis.Text.TextSpan>? runs)
    {
        var fileOptions = options.GetOptions(document.Path);
        var found = filter.Classify(document.Text, fileOptions, cancellationToken, out runs);
        var text = document.Text.ToString();
        return (found & FileCandidates.Attributes) == 0 && Analysis.MaySpellNamesOtherwise(text) && FilePrefilter.MayApplyAttributes(Unescaped(text), fileOptions)
            ? found | FileCandidates.Attributes
            : found;
    }

    /// <summary>The text with every <c>\uXXXX</c> and <c>\UXXXXXXXX</c> read as its character and formatting characters left out, wherever they are (a string's too: more to find, never less).</summary>
    internal static string Unescaped(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is 'u' or 'U')
            {
                var digits = text[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits <= text.Length && int.TryParse(text.AsSpan(i + 2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code) && code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
                {
                    // A formatting character is left out of a name escaped or not, as the compiler leaves it out.
                    var decoded = char.ConvertFromUtf32(code);
                    if (char.GetUnicodeCategory(decoded, 0) != System.Globalization.UnicodeCategory.Format)
                    {
                        b.Append(decoded);
                    }

                    i += 1 + digits;
                    continue;
                }
            }

            if (c > 0x7F && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            b.Append(c);
        }

        return b.ToString();
    }

    /// <summary>
    /// Whether a file that may cite only in comments has nothing to report, read before it is parsed:
    /// its comments as <see cref="CommentReader"/> finds them, then the analyzer's own groups, sites and
    /// resolution (<see cref="FilePrefilter.MayReport"/>). False when the file is not read so surely
    /// (the scanner declines it, a gap holds something unexpected) or may suppress or mark code generated.
    /// </summary>
    /// <param name="tokens">The scanner's tokens of the file when it read them (the calling thread's list, for <see cref="Skeleton.Of"/>), else null.</param>
    /// <param name="runs">The file's candidate runs from <see cref="Classify"/> (none found there: the file is parsed).</param>
    public bool IsQuiet(SourceDocument document, System.Collections.Generic.List<Microsoft.CodeAnalysis.Text.TextSpan>? runs, out System.Collections.Generic.List<SkeletonToken>? tokens, CancellationToken cancellationToken)
    {
        tokens = null;
        var source = document.Text.ToString();
        if (runs is null || source.IndexOf("SuppressMessage", System.StringComparison.Ordinal) >= 0 || source.IndexOf("GeneratedCode", System.StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        tokens = CodeScanner.Scan(source);
        if (tokens is null)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Escaped)
            {
                return false;
            }
        }

        var comments = CommentReader.Comments(source, tokens, runs);
        return comments is not null && !filter.MayReport(document.Text, options.GetOptions(document.Path), comments, runs, cancellationToken);
    }
}
