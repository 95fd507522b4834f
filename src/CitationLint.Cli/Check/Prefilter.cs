using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// The raw-text check before parsing (DESIGN 6: a file without a citation costs a prefilter scan and
/// nothing more). One method, so the analyzer's own raw-text prefilter can be wired in here later;
/// a file it rules out is never parsed.
/// </summary>
internal static class Prefilter
{
    /// <summary>
    /// False only when the text holds no comment opener ("//", "/*") and no "Cite" (the attribute):
    /// such a file has no citation site. Deliberately loose for now; it must never rule out a file the
    /// analyzer would report in.
    /// </summary>
    public static bool MayCite(string path, SourceText text)
    {
        _ = path;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (previous == '/' && (c == '/' || c == '*'))
            {
                return true;
            }

            if (c == 'C' && i + 3 < text.Length && text[i + 1] == 'i' && text[i + 2] == 't' && text[i + 3] == 'e')
            {
                return true;
            }

            previous = c;
        }

        return false;
    }
}
