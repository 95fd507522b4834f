using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

/// <summary>
/// Makes untrusted source text safe to store: line breaks and tabs become spaces, control, format
/// and bidirectional-override characters are removed, runs of spaces collapse. Titles, names and
/// authors pass through here before they enter a <see cref="Paper"/>, so a corpus entry can never
/// carry a line break, a tab (the TSV separator) or a bidi override into a fix.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = text!;
        if (IsClean(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Control characters, format characters (zero-width, bidi embeddings/overrides/isolates), surrogates alone and U+FFFD/U+FEFF.</summary>
    public static bool IsInvisible(char c)
    {
        if (c < ' ' || c == '\u007F')
        {
            return true;
        }

        if (c < '\u0080')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            || c == '\uFFFD' || c == '\uFEFF';
    }

    private static bool IsClean(string s)
    {
        if (s.Length == 0 || s[0] == ' ' || s[s.Length - 1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (char.IsWhiteSpace(c) || c == '\u00A0' || IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }
}
