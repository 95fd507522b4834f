using System;

namespace CitationLint.Corpus;

/// <summary>
/// The one table of the spellings real text gives a paper's identifier in (DESIGN 3.4):
/// <c>arXiv:2305.17333</c>, <c>arxiv.org/abs|pdf|html/…</c>, <c>arxiv.org/ftp/arxiv/papers/YYMM/…</c>,
/// <c>huggingface.co/papers/…</c> (and <c>hf.co</c>), arXiv's DOI <c>10.48550/arXiv.…</c>. Read by the
/// comment scanner (at a position, without allocating), the BibTeX and HTML readers and the CLI.
/// </summary>
public static class PaperIdentifiers
{
    private const string Ftp = "arxiv.org/ftp/arxiv/papers/";

    private static readonly string[] Spellings =
    {
        "arxiv:", "arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/", Ftp, "huggingface.co/papers/", "hf.co/papers/", "doi.org/10.48550/arxiv.", "10.48550/arxiv.",
    };

    /// <summary>What may stand before a spelling and still belong to the URL: scheme and host prefixes.</summary>
    public static readonly string[] UrlPrefixes = { "export.", "www.", "dx.", "https://", "http://" };

    /// <summary>Where the id starts when one of the spellings begins at <paramref name="at"/> (and ends before <paramref name="limit"/>); else -1.</summary>
    public static int IdStartAt(string text, int at, int limit)
    {
        foreach (var spelling in Spellings)
        {
            if (at + spelling.Length > limit || string.Compare(text, at, spelling, 0, spelling.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var idStart = at + spelling.Length;
            if (spelling.Length == 6)
            {
                // "arXiv: 2305.17333"
                while (idStart < limit && text[idStart] == ' ')
                {
                    idStart++;
                }
            }
            else if (ReferenceEquals(spelling, Ftp))
            {
                // arxiv.org/ftp/arxiv/papers/2305/2305.17333.pdf
                var slash = idStart < limit ? text.IndexOf('/', idStart, Math.Min(6, limit - idStart)) : -1;
                if (slash < 0)
                {
                    return -1;
                }

                idStart = slash + 1;
            }

            return idStart;
        }

        return -1;
    }

    /// <summary>The first arXiv id <paramref name="text"/> gives in any of the spellings, version dropped.</summary>
    public static bool TryFind(string? text, out string id)
    {
        id = string.Empty;
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c != 'a' && c != 'h' && c != 'd' && c != '1')
            {
                continue;
            }

            var idStart = IdStartAt(text, i, text.Length);
            var length = idStart < 0 ? 0 : ArxivId.MatchAt(text, idStart);
            if (length > 0)
            {
                id = text.Substring(idStart, length);
                return true;
            }
        }

        return false;
    }
}
