using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>Line splitting shared by the readers: \n, \r\n and \r, no allocation of the whole split.</summary>
internal static class LineReader
{
    public static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                yield return text.Substring(start, i - start);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text.Substring(start);
        }
    }

    /// <summary>A NUL, or more than 1 in 20 control characters, in the first 8,000 characters: not a text file.</summary>
    public static bool IsBinary(string text)
    {
        var n = text.Length < 8000 ? text.Length : 8000;
        var controls = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\u007F' && c <= '\u009F' || c == '\uFFFD')
            {
                controls++;
            }
        }

        return controls * 20 > n;
    }

    /// <summary>NUL or a high share of control characters: the bytes of a binary file read as text.</summary>
    public static bool LooksBinary(string line)
    {
        var controls = 0;
        foreach (var c in line)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((c < ' ' && c != '\t') || c == '\uFFFD')
            {
                controls++;
            }
        }

        return controls > 0 && controls * 10 > line.Length;
    }
}
