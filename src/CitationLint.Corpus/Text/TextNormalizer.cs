using System.Collections.Generic;
using System.Text;

namespace CitationLint.Corpus;

/// <summary>
/// The comparison forms of text. Every form starts from Unicode NFKC (which also undoes PDF
/// ligatures such as <c>ﬁ</c> and full-width letters), one kind of dash, straight quotes and single
/// spaces; the folded forms add case folding and a confusable skeleton in the spirit of UTS #39,
/// so that <c>MeΖO</c> written with a Greek Zeta compares equal to <c>MeZO</c>.
/// </summary>
public static class TextNormalizer
{
    /// <summary>NFKC, one dash, straight quotes, invisible characters dropped, single spaces. Case kept.</summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var ascii = IsAsciiPlain(text);
        if (ascii && IsSingleSpaced(text))
        {
            // PERF: most titles and names are already in normal form; no copy.
            return text;
        }

        var s = ascii ? text : SafeNfkc(text);
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var raw in s)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (TextCleaner.IsInvisible(raw))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(MapPunctuation(raw));
        }

        return sb.ToString();
    }

    /// <summary><see cref="Normalize"/> with look-alike letters of other scripts mapped to Latin. Case kept.</summary>
    public static string Skeleton(string text)
    {
        var s = Normalize(text);
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var mapped = MapConfusable(s[i]);
            if (mapped != s[i])
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
            }

            sb?.Append(mapped);
        }

        return sb?.ToString() ?? s;
    }

    /// <summary>The skeleton, case-folded: the key of fuzzy comparison.</summary>
    public static string FoldForComparison(string text) => Skeleton(text).ToLowerInvariant();

    /// <summary>
    /// The words of a title for comparison: folded, split on anything that is not a letter or digit,
    /// each word lightly stemmed (plural and possessive endings), empty words dropped.
    /// </summary>
    public static List<string> TitleWords(string title)
    {
        var folded = FoldForComparison(title);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add(Stem(folded.Substring(start, i - start)));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The title key: its <see cref="TitleWords"/> joined by single spaces. Equal keys are the same title written differently.</summary>
    public static string TitleKey(string title) => string.Join(" ", TitleWords(title));

    /// <summary>Light stemming: <c>passes</c> → <c>pass</c>, <c>models</c> → <c>model</c>, <c>policies</c> → <c>policy</c>.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[word.Length - 1]))
        {
            return word;
        }

        if (word.EndsWith("ies", System.StringComparison.Ordinal) && word.Length > 4)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("sses", System.StringComparison.Ordinal) || word.EndsWith("shes", System.StringComparison.Ordinal)
            || word.EndsWith("ches", System.StringComparison.Ordinal) || word.EndsWith("xes", System.StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2);
        }

        if (word[word.Length - 1] == 's' && word[word.Length - 2] != 's' && word[word.Length - 2] != 'u' && word[word.Length - 2] != 'i')
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }

    /// <summary>Maps every dash, minus and hyphen to '-', curly quotes to straight ones.</summary>
    public static char MapPunctuation(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u00AD' => '-',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u0060' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };

    /// <summary>Cross-script look-alikes (Greek, Cyrillic) mapped to the Latin letter they imitate.</summary>
    public static char MapConfusable(char c)
    {
        if (c < '\u0370')
        {
            return c;
        }

        return c switch
        {
            // Greek capitals
            'Α' => 'A', 'Β' => 'B', 'Ε' => 'E', 'Ζ' => 'Z', 'Η' => 'H', 'Ι' => 'I', 'Κ' => 'K', 'Μ' => 'M',
            'Ν' => 'N', 'Ο' => 'O', 'Ρ' => 'P', 'Τ' => 'T', 'Υ' => 'Y', 'Χ' => 'X',
            // Greek small letters that read as Latin ones
            'ο' => 'o', 'ν' => 'v', 'ι' => 'i', 'κ' => 'k', 'ρ' => 'p', 'υ' => 'u', 'χ' => 'x', 'α' => 'a',
            // Cyrillic capitals
            'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O', 'Р' => 'P',
            'С' => 'C', 'Т' => 'T', 'У' => 'Y', 'Х' => 'X', 'Ѕ' => 'S', 'І' => 'I', 'Ј' => 'J', 'Ԛ' => 'Q', 'Ԝ' => 'W',
            // Cyrillic small letters
            'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p', 'с' => 'c', 'у' => 'y', 'х' => 'x', 'ѕ' => 's',
            'і' => 'i', 'ј' => 'j', 'ԁ' => 'd', 'ԛ' => 'q', 'ԝ' => 'w', 'һ' => 'h', 'ӏ' => 'l',
            _ => c,
        };
    }

    /// <summary>True when some character of <paramref name="text"/> is a cross-script look-alike.</summary>
    public static bool HasConfusable(string text)
    {
        foreach (var c in text)
        {
            if (MapConfusable(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSingleSpaced(string s)
    {
        if (s[0] == ' ' || s[s.Length - 1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < ' ' || c == '\u007F' || c == '`' || c == ' ' && s[i - 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiPlain(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\u0080')
            {
                return false;
            }
        }

        return true;
    }

    private static string SafeNfkc(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormKC);
        }
        catch (System.ArgumentException)
        {
            // Lone surrogates make Normalize throw; drop them and try once more.
            var sb = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb.Append(c).Append(s[++i]);
                }
                else if (!char.IsSurrogate(c))
                {
                    sb.Append(c);
                }
            }

            try
            {
                return sb.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                return sb.ToString();
            }
        }
    }
}
