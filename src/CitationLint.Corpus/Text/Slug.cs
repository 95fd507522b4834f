using System.Text;

namespace CitationLint.Corpus;

/// <summary>Keys for papers without an arXiv id: lower-case ASCII words of the title joined by '-'.</summary>
public static class Slug
{
    public static string FromTitle(string title)
    {
        var folded = TextNormalizer.FoldForComparison(title);
        var sb = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                dash = false;
                sb.Append(c);
                if (sb.Length >= 80)
                {
                    break;
                }
            }
            else
            {
                dash = true;
            }
        }

        return sb.Length == 0 ? "untitled" : sb.ToString();
    }
}
