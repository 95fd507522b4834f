namespace CitationLint.Analyzers.Resolution;

/// <summary>The Latin ligatures of Unicode's Alphabetic Presentation Forms (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which text copied from a PDF carries.</summary>
internal static class Ligatures
{
    public static bool In(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\uFB00' && c <= '\uFB06')
            {
                return true;
            }
        }

        return false;
    }
}
