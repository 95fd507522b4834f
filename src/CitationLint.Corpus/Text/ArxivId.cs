using System;

namespace CitationLint.Corpus;

/// <summary>arXiv identifiers: the new form <c>YYMM.NNNNN</c> and the old form <c>archive/YYMMNNN</c>.</summary>
public static class ArxivId
{
    /// <summary>True when <paramref name="text"/> is exactly an arXiv id, optionally with a <c>vN</c> suffix (dropped).</summary>
    public static bool TryNormalize(string? text, out string id)
    {
        id = string.Empty;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        if (s.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            s = s.Substring(6).Trim();
        }

        var length = MatchAt(s, 0);
        if (length == 0 || length != s.Length && !IsVersionSuffix(s, length))
        {
            return false;
        }

        id = s.Substring(0, length);
        return true;
    }

    /// <summary>
    /// The length of an arXiv id (without version) starting at <paramref name="start"/>, or 0.
    /// New form: 4 digits (YYMM, month 01–12), a dot, 4 or 5 digits. Old form: a lower-case archive
    /// name (with optional <c>.XX</c> subject class), a slash, 7 digits.
    /// </summary>
    public static int MatchAt(string s, int start)
    {
        var i = start;
        if (CountDigits(s, i) == 4 && i + 4 < s.Length && s[i + 4] == '.')
        {
            var month = (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
            var tail = CountDigits(s, i + 5);
            if (month >= 1 && month <= 12 && (tail == 4 || tail == 5))
            {
                return 5 + tail;
            }

            return 0;
        }

        var j = i;
        while (j < s.Length && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '-'))
        {
            j++;
        }

        if (j - i < 2)
        {
            return 0;
        }

        if (j + 3 < s.Length && s[j] == '.' && char.IsUpper(s[j + 1]) && char.IsUpper(s[j + 2]))
        {
            j += 3;
        }

        if (j < s.Length && s[j] == '/' && CountDigits(s, j + 1) == 7)
        {
            return j + 8 - i;
        }

        return 0;
    }

    /// <summary>
    /// The arXiv id a text gives: a bare id (<c>2305.17333</c>, <c>arXiv:2305.17333v2</c>) or any
    /// spelling of <see cref="PaperIdentifiers"/> (<c>arxiv.org/abs|pdf/…</c>, <c>huggingface.co/papers/…</c>,
    /// <c>doi.org/10.48550/arXiv.…</c>).
    /// </summary>
    public static bool TryFromText(string? text, out string id) => TryNormalize(text, out id) || PaperIdentifiers.TryFind(text, out id);

    /// <summary>The year an id was submitted in (<c>2305.17333</c> → 2023, <c>hep-th/9901001</c> → 1999).</summary>
    /// <summary>The abstract page of an id, <c>https://arxiv.org/abs/&lt;id&gt;</c>: the canonical URL.</summary>
    public static string AbsUrl(string id) => "https://arxiv.org/abs/" + id;

    public static int? YearOf(string id)
    {
        var slash = id.IndexOf('/');
        var digits = slash >= 0 ? id.Substring(slash + 1) : id;
        if (digits.Length < 2 || !char.IsDigit(digits[0]) || !char.IsDigit(digits[1]))
        {
            return null;
        }

        var yy = (digits[0] - '0') * 10 + (digits[1] - '0');
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    private static bool IsVersionSuffix(string s, int at)
    {
        if (at >= s.Length || (s[at] != 'v' && s[at] != 'V'))
        {
            return false;
        }

        var digits = CountDigits(s, at + 1);
        return digits > 0 && at + 1 + digits == s.Length;
    }

    private static int CountDigits(string s, int start)
    {
        var n = 0;
        while (start + n < s.Length && s[start + n] >= '0' && s[start + n] <= '9')
        {
            n++;
        }

        return n;
    }
}
