namespace CitationLint.Corpus;

/// <summary>
/// Whether a name within a few edits of an alias looks like a slip of that alias or like another
/// name. Typos swap, drop or double letters (<c>Medsua</c>, <c>LightHGN</c>, <c>TokenWaeve</c>); a
/// different capital is a different word (<c>NAdam</c>/<c>RAdam</c>, <c>ReLU</c>/<c>ReGLU</c>,
/// <c>DistServe</c>/<c>FastServe</c>, <c>LightGCN</c>/<c>LightHGNN</c>, <c>LLaDA</c>/<c>LLaMA</c>).
/// The rule: when both names mix cases, their capitals (with doubled ones collapsed) must be the
/// same; otherwise their first letters must be. Allocates nothing.
/// </summary>
public static class TypoShape
{
    public static bool IsPlausibleTypo(string query, string alias)
    {
        if (MixesCases(query) && MixesCases(alias))
        {
            return SameCapitals(query, alias);
        }

        var a = FirstLetterOrDigit(query);
        var b = FirstLetterOrDigit(alias);
        return a >= 0 && b >= 0 && char.ToLowerInvariant(query[a]) == char.ToLowerInvariant(alias[b]);
    }

    private static bool SameCapitals(string a, string b)
    {
        int i = 0, j = 0;
        char lastA = '\0', lastB = '\0';
        while (true)
        {
            i = NextCapital(a, i, ref lastA);
            j = NextCapital(b, j, ref lastB);
            if (i < 0 || j < 0)
            {
                return i < 0 && j < 0;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
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
