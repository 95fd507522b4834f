using System;
using System.Collections.Generic;

namespace CitationLint.Analyzers.Sites;

/// <summary>
/// The fields of a citation's unquoted text (DESIGN 3, "Reading a citation"): the names or title it
/// gives, its authors and its year. <c>MeZO (Malladi et al., 2023)</c> is the name MeZO, the author
/// Malladi and the year 2023; <c>Cai et al., "…"</c> gives authors before a quoted title;
/// <c>Medusa, SpecTr</c> is a list of two names; <c>MeZO, with sparse masks</c> is a name and prose.
/// Offsets are into the text given; nothing is allocated but the result.
/// </summary>
internal sealed class CitationFields
{
    /// <summary>Longer text is not split into fields.</summary>
    public const int MaxLength = 2000;

    private static readonly string[] InnerWords = { "of", "for", "the", "in", "on", "with", "to", "a", "an", "and", "via", "as", "is", "from", "by" };

    private CitationFields()
    {
    }

    /// <summary>The names or titles, in order: one, or several for a list (<c>Cites: Medusa, SpecTr</c>).</summary>
    public List<(int Start, int End)> Names { get; } = new();

    /// <summary>The authors as written (<c>Malladi et al.</c>), or (0, 0).</summary>
    public (int Start, int End) Authors { get; private set; }

    /// <summary>The surnames the authors field gives, first author first.</summary>
    public List<string> Surnames { get; } = new();

    public int? Year { get; private set; }

    public (int Start, int End) YearSpan { get; private set; }

    public bool HasAuthors => Authors.End > Authors.Start;

    /// <summary>Reads text[start, end).</summary>
    public static CitationFields Parse(string text, int start, int end)
    {
        var f = new CitationFields();
        var (s, e) = Trim(text, start, end);
        if (e - s > MaxLength)
        {
            // No citation is this long; it is read as one reference and left to the resolver's limits.
            f.Names.Add((s, e));
            return f;
        }

        // "[1] …", "1. …": a reference list's number.
        if (s < e && text[s] == '[')
        {
            var k = s + 1;
            while (k < e && char.IsDigit(text[k]))
            {
                k++;
            }

            if (k > s + 1 && k < e && text[k] == ']')
            {
                (s, e) = Trim(text, k + 1, e);
            }
        }

        // "… (Malladi et al., 2023)", "… [Goodrich et al. 2009]": authors and year in a trailing group.
        var te = e;
        while (te > s && text[te - 1] is '.' or ',' or ';')
        {
            te--;
        }

        if (te - s >= 4 && text[te - 1] is ')' or ']')
        {
            var open = text.LastIndexOf(text[te - 1] == ')' ? '(' : '[', te - 1, te - s);
            if (open > s && f.ReadAuthorYear(text, open + 1, te - 1))
            {
                (s, e) = Trim(text, s, open);
            }
        }

        // "Cai et al., …", "Malladi et al., 2023": authors first.
        if (!f.HasAuthors)
        {
            var etAl = IndexOfEtAl(text, s, e);
            if (etAl > s && etAl - s <= 40 && AllNameWords(text, s, etAl))
            {
                var after = etAl + 5;
                if (after < e && text[after] == '.')
                {
                    after++;
                }

                f.Authors = (s, after);
                AddSurnames(text, s, etAl, f.Surnames);
                (s, e) = Trim(text, after, e);
            }
        }

        // ", 2023" at the end: the year.
        // Only after a comma or on its own: "… Challenge 2019" and "YOLOX: … in 2021" keep their years.
        if (e - s >= 4 && IsYear(text, e - 4) && (e - 4 == s || text[e - 5] == ',' || e - 6 >= s && text[e - 5] == ' ' && text[e - 6] == ','))
        {
            if (f.Year is null)
            {
                f.Year = Number(text, e - 4);
                f.YearSpan = (e - 4, e);
            }

            (s, e) = Trim(text, s, e - 4);
        }

        if (e <= s)
        {
            return f;
        }

        f.SplitNames(text, s, e);
        return f;
    }

    /// <summary>"Medusa, SpecTr" and "Medusa and SpecTr": names; "MeZO, with sparse masks", "MeZO - adapted for …": a name and prose.</summary>
    private void SplitNames(string text, int s, int e)
    {
        var items = new List<(int Start, int End)>();
        var from = s;
        for (var i = s; i <= e; i++)
        {
            var cut = i == e ? 0 : text[i] == ',' || text[i] == ';' && !EndsEntity(text, i) ? 1 : IsWordAt(text, i, e, " and ") ? 5 : IsWordAt(text, i, e, " & ") ? 3
                : IsWordAt(text, i, e, " - ") || IsWordAt(text, i, e, " \u2014 ") || IsWordAt(text, i, e, " \u2013 ") ? 3 : -1;
            if (cut < 0)
            {
                continue;
            }

            var item = Trim(text, from, i);
            if (item.End > item.Start)
            {
                items.Add(item);
            }

            from = i + Math.Max(cut, 1);
        }

        if (items.Count >= 2 && NameLike(text, items[0]))
        {
            var all = true;
            foreach (var item in items)
            {
                all &= NameLike(text, item);
            }

            if (all)
            {
                Names.AddRange(items);
                return;
            }

            // "MeZO, with sparse masks": a name, then words about it.
            if (char.IsLower(text[items[1].Start]))
            {
                Names.Add(items[0]);
                return;
            }
        }

        Names.Add((s, e));
    }

    /// <summary>A name, not a title or prose: one to four words, capitalised or distinctive, function words inside only.</summary>
    private static bool NameLike(string text, (int Start, int End) r)
    {
        var words = 0;
        var i = r.Start;
        while (i < r.End)
        {
            while (i < r.End && text[i] == ' ')
            {
                i++;
            }

            var w = i;
            while (i < r.End && text[i] != ' ')
            {
                i++;
            }

            if (i == w)
            {
                continue;
            }

            words++;
            var c = text[w];
            if (!char.IsUpper(c) && !char.IsDigit(c) && (words == 1 || !IsInnerWord(text, w, i)))
            {
                return false;
            }

            if (text[i - 1] == ':')
            {
                // "Outline, Then Details: …": a title's head, not a list item.
                return false;
            }
        }

        return words >= 1 && words <= 4;
    }

    private static bool IsInnerWord(string text, int from, int to)
    {
        foreach (var w in InnerWords)
        {
            if (w.Length == to - from && string.CompareOrdinal(text, from, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first author's surname of an author list as BibTeX and <c>[Cites(Authors = …)]</c> write it:
    /// "Malladi, Sadhika and Gao, Tianyu", "Sadhika Malladi, Tianyu Gao", "Malladi, S. and Gao, T.",
    /// "Malladi et al.", "Ashish Vaswani and\n Noam Shazeer"; null when it gives none.
    /// </summary>
    public static string? FirstSurname(string? authors)
    {
        if (string.IsNullOrWhiteSpace(authors))
        {
            return null;
        }

        var first = authors!.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        foreach (var end in new[] { " and ", ";", " et al" })
        {
            var at = first.IndexOf(end, StringComparison.Ordinal);
            if (at >= 0)
            {
                first = first.Substring(0, at);
            }
        }

        // "Malladi, Sadhika" (surname first) and "Sadhika Malladi, Tianyu Gao" (a list): the text before the comma.
        var comma = first.IndexOf(',');
        first = (comma >= 0 ? first.Substring(0, comma) : first).Trim().Trim('{', '}').Trim();
        var surname = first.Substring(first.LastIndexOf(' ') + 1).Trim('{', '}');
        return surname.Length >= 2 && char.IsUpper(surname[0]) ? surname : null;
    }

    /// <summary>"Malladi et al., 2023", "Goodrich et al. 2009", "Cai and Li, 2024", "2023": authors and a year; false for "(ELUs)", "(APD)".</summary>
    private bool ReadAuthorYear(string text, int s, int e)
    {
        (s, e) = Trim(text, s, e);
        if (e - s < 4 || e - s > 120)
        {
            return false;
        }

        var etAl = IndexOfEtAl(text, s, e);
        int? year = null;
        var yearAt = -1;
        for (var k = e - 4; k >= s; k--)
        {
            if (IsYear(text, k) && (k == s || !char.IsLetterOrDigit(text[k - 1])) && (k + 4 == e || !char.IsLetterOrDigit(text[k + 4])))
            {
                year = Number(text, k);
                yearAt = k;
                break;
            }
        }

        var namesEnd = etAl >= 0 ? etAl : yearAt >= 0 ? yearAt : -1;
        if (namesEnd < 0)
        {
            return false;
        }

        var (ns, ne) = Trim(text, s, namesEnd);
        if (ne > ns && !AllNameWords(text, ns, ne))
        {
            return false;
        }

        if (etAl < 0 && ne <= ns && yearAt != s)
        {
            return false;
        }

        Authors = ne > ns || etAl >= 0 ? (s, etAl >= 0 ? Math.Min(e, etAl + (etAl + 5 < e && text[etAl + 5] == '.' ? 6 : 5)) : ne) : (0, 0);
        AddSurnames(text, ns, ne, Surnames);
        if (year is not null)
        {
            Year = year;
            YearSpan = (yearAt, yearAt + 4);
        }

        return true;
    }

    /// <summary>Capitalised words, initials ("T."), particles ("de", "van") and "and"/"&amp;"/commas: an author list.</summary>
    private static bool AllNameWords(string text, int s, int e)
    {
        var words = 0;
        var i = s;
        while (i < e)
        {
            while (i < e && text[i] is ' ' or ',')
            {
                i++;
            }

            var w = i;
            while (i < e && text[i] is not (' ' or ','))
            {
                i++;
            }

            if (i == w)
            {
                continue;
            }

            words++;
            var first = text[w];
            // "de Haan", "van den Oord", "da Silva", "ten Berge": a short lower-case word inside a name.
            var isParticle = i - w <= 3 && char.IsLower(first) && IsParticle(text, w, i);
            if (!char.IsUpper(first) && !isParticle && !(i - w == 1 && first == '&'))
            {
                return false;
            }
        }

        return words >= 1 && words <= 12;
    }

    /// <summary>The surnames of "T. Cai", "Cai and Li", "Malladi, Gao, Nichani": capitalised words that are not initials.</summary>
    private static void AddSurnames(string text, int s, int e, List<string> into)
    {
        var i = s;
        while (i < e)
        {
            while (i < e && text[i] is ' ' or ',')
            {
                i++;
            }

            var w = i;
            while (i < e && text[i] is not (' ' or ','))
            {
                i++;
            }

            var length = i - w;
            if (length >= 2 && char.IsUpper(text[w]) && text[i - 1] != '.' && !Is(text, w, i, "and") && !IsVenue(text, w, i))
            {
                into.Add(text.Substring(w, length));
            }
        }
    }

    private static readonly string[] Venues =
    {
        "NeurIPS", "NIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD", "SIGIR", "JMLR", "TMLR",
        "TPAMI", "COLT", "AISTATS", "UAI", "MLSys", "OSDI", "SOSP", "ISCA", "ASPLOS", "VLDB", "SIGMOD", "TACL", "COLING", "ICASSP", "Interspeech",
        "BMVC", "WACV", "ICRA", "IROS", "CoRL", "Nature", "Science", "OpenReview", "Proc", "Proceedings", "Workshop", "Conference", "Journal",
        "Transactions", "Preprint", "Technical", "Report", "Blog", "Online",
    };

    /// <summary>A venue or an all-capitals word ("ICML 2024", "NeurIPS"), not an author.</summary>
    private static bool IsVenue(string text, int from, int to)
    {
        foreach (var v in Venues)
        {
            if (Is(text, from, to, v))
            {
                return true;
            }
        }

        for (var k = from; k < to; k++)
        {
            if (char.IsLower(text[k]))
            {
                return string.CompareOrdinal(text, from, "arXiv", 0, 5) == 0 && to - from == 5;
            }
        }

        return true;
    }

    private static readonly string[] Particles = { "de", "van", "von", "der", "den", "du", "di", "da", "dos", "del", "le", "la", "ten", "ter", "and" };

    private static bool IsParticle(string text, int from, int to)
    {
        foreach (var p in Particles)
        {
            if (Is(text, from, to, p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string text, int from, int to, string word)
        => to - from == word.Length && string.CompareOrdinal(text, from, word, 0, word.Length) == 0;

    /// <summary>"et al" as words (not in "get all"), or -1.</summary>
    private static int IndexOfEtAl(string text, int s, int e)
    {
        for (var k = s; k + 5 <= e; k++)
        {
            if (text[k] == 'e' && string.CompareOrdinal(text, k, "et al", 0, 5) == 0
                && (k == s || text[k - 1] == ' ') && (k + 5 == e || !char.IsLetter(text[k + 5])))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsWordAt(string text, int at, int end, string word)
        => at + word.Length <= end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    private static bool IsYear(string text, int at)
        => at >= 0 && at + 4 <= text.Length && (text[at] == '1' && text[at + 1] == '9' || text[at] == '2' && text[at + 1] == '0')
            && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]);

    private static int Number(string text, int at) => (text[at] - '0') * 1000 + (text[at + 1] - '0') * 100 + (text[at + 2] - '0') * 10 + (text[at + 3] - '0');

    private static (int Start, int End) Trim(string text, int s, int e)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ';' or ':' or '-' or '\u2014' or '\u2013'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ':' or '.' or '-' or '\u2014' or '\u2013' || text[e - 1] == ';' && !EndsEntity(text, e - 1)))
        {
            e--;
        }

        return (s, e);
    }

    /// <summary>True when the ';' at <paramref name="at"/> closes an entity such as <c>&amp;quot;</c>.</summary>
    private static bool EndsEntity(string text, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 10; k--)
        {
            if (text[k] == '&')
            {
                return k < at - 1;
            }

            if (!char.IsLetterOrDigit(text[k]) && text[k] != '#')
            {
                return false;
            }
        }

        return false;
    }
}
