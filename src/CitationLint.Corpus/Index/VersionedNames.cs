namespace CitationLint.Corpus;

/// <summary>
/// Names that differ in a version or number are different papers, never near misses of each other
/// (DESIGN 4a): <c>MobileNetV2</c>/<c>MobileNetV3</c>, <c>ZO</c>/<c>ZO2</c>, <c>LASP</c>/<c>LASP-2</c>,
/// <c>FlashAttention</c>/<c>FlashAttention-2</c>, <c>Llama 2</c>/<c>Llama 3</c>, <c>GPT-2</c>/<c>GPT-3</c>.
/// The rule: the runs of digits, in order, must be the same in both names.
/// </summary>
public static class VersionedNames
{
    /// <summary>True when the two names' digit runs differ (in count or value), or one ends in '+' marks and the other does not (<c>REINFORCE</c>/<c>REINFORCE++</c>). Allocates nothing.</summary>
    public static bool DifferInVersion(string a, string b)
    {
        // "X" and "X++" are two papers; "X+" is a slip of "X++".
        if ((TrailingPluses(a) == 0) != (TrailingPluses(b) == 0))
        {
            return true;
        }

        int i = 0, j = 0;
        while (true)
        {
            i = NextDigit(a, i);
            j = NextDigit(b, j);
            if (i < 0 || j < 0)
            {
                return i >= 0 || j >= 0;
            }

            // Compare the two runs as numbers written the same way ("2" and "02" differ: rare, and safe).
            while (i < a.Length && j < b.Length && IsDigit(a[i]) && IsDigit(b[j]))
            {
                if (a[i] != b[j])
                {
                    return true;
                }

                i++;
                j++;
            }

            if (i < a.Length && IsDigit(a[i]) || j < b.Length && IsDigit(b[j]))
            {
                return true;
            }
        }
    }

    private static int TrailingPluses(string s)
    {
        var n = 0;
        for (var k = s.Length - 1; k >= 0 && (s[k] == '+' || s[k] == ' '); k--)
        {
            n += s[k] == '+' ? 1 : 0;
        }

        return n;
    }

    private static int NextDigit(string s, int from)
    {
        for (var k = from; k < s.Length; k++)
        {
            if (IsDigit(s[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
