namespace CitationLint.Corpus;

/// <summary>
/// Whether a name within a few edits of an alias looks like a slip of that alias or like another
/// name. Typos swap, drop or double letters (<c>Medsua</c>, <c>LightHGN</c>, <c>TokenWaeve</c>); a
/// different capital is a different word (<c>NAdam</c>/<c>RAdam</c>, <c>ReLU</c>/<c>ReGLU</c>,
/// <c>DistServe</c>/<c>FastServe</c>, <c>LightGCN</c>/<c>LightHGNN</c>, <c>LLaDA</c>/<c>LLaMA</c>).
/// The rule: when both names mix cases, their capitals (with doubled ones collapsed) must be the
/// same (or swap two neighbours); otherwise their first letters must be.
/// </summary>
public static class TypoShape
{
    public static bool IsPlausibleTypo(string query, string alias)
    {
        if (MixesCases(query) && MixesCases(alias))
        {
            return SameCapitals(Capitals(query, collapse: true), Capitals(alias, collapse: true))
                || SameCapitals(Capitals(query, collapse: false), Capitals(alias, collapse: false)); // "PR-MNPNs" for "PR-MPNNs"
        }

        var a = FirstLetterOrDigit(query);
        var b = FirstLetterOrDigit(alias);
        return a >= 0 && b >= 0 && char.ToLowerInvariant(query[a]) == char.ToLowerInvariant(alias[b]);
    }

    /// <summary>The capitals, doubled ones collapsed, are the same, or the same but for one swap of neighbours ("RpGHNN" for "RpHGNN").</summary>
    private static bool SameCapitals(string x, string y)
    {
        if (string.Equals(x, y, System.StringComparison.Ordinal))
        {
            return true;
        }

        if (x.Length != y.Length)
        {
            return false;
        }

        var first = -1;
        for (var k = 0; k < x.Length; k++)
        {
            if (x[k] != y[k])
            {
                first = k;
                break;
            }
        }

        return first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first]
            && string.CompareOrdinal(x, first + 2, y, first + 2, x.Length - first - 2) == 0;
    }

    // PERF: near-miss candidates only (a handful per lookup), never per token.
    private static string Capitals(string s, bool collapse)
    {
        var sb = new System.Text.StringBuilder(8);
        var last = '\0';
        var from = 0;
        while (true)
        {
            from = NextCapital(s, from, ref last);
            if (!collapse)
            {
                last = '\0';
            }

            if (from < 0)
            {
                return sb.ToString();
            }

            sb.Append(s[from]);
            from++;
        }
    }

    /// <summary>The next capital at or after <paramref name="from"/> that does not repeat the previous one.</summary>
    private static int NextCapital(string s, int from, ref char last)
    {
        for (var k = from; k < s.Length; k++)
        {
            if (char.IsUpper(s[k]))
            {
                if (s[k] == last)
                {
                    continue;
                }

                last = s[k];
                return k;
            }
        }

        return -1;
    }

    private static bool MixesCases(string s)
    {
        bool upper = false, lower = false;
        foreach (var c in s)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return upper && lower;
    }

    private static int FirstLetterOrDigit(string s)
    {
        for (var k = 0; k < s.Length; k++)
        {
            if (char.IsLetterOrDigit(s[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
