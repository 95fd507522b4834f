using System;
using System.Collections.Generic;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// The authors and year a citation gives, checked against the paper it identifies (DESIGN 3a.2), and
/// used to identify a paper when nothing stronger is given (3a.1). A paper's year is its first arXiv
/// version's; a citation may give the venue's, a year or two later, or the year before.
/// </summary>
internal sealed class AuthorsAndYear
{
    private readonly IReadOnlyList<Paper> papers;
    private readonly object gate = new();
    private Dictionary<string, List<Paper>>? byFirstAuthor;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorpusIndex, AuthorsAndYear> PerIndex = new();

    private AuthorsAndYear(IReadOnlyList<Paper> papers) => this.papers = papers;

    /// <summary>One per corpus index: its first-author table is built once, however many trees ask.</summary>
    public static AuthorsAndYear For(CorpusIndex index) => PerIndex.GetValue(index, i => new AuthorsAndYear(i.Papers));

    /// <summary>What contradicts <paramref name="paper"/> ("a paper by other authors (Goodrich et al.)"), or null.</summary>
    public static string? Contradiction(CitationSite site, Paper paper, out bool byAuthors)
    {
        byAuthors = false;
        if (site.Surnames.Count > 0 && paper.Authors.Count > 0 && !IsOrganisation(site.Surnames[0]) && !IsAuthor(site.Surnames[0], paper))
        {
            byAuthors = true;
            return "a paper by other authors (" + Surname(paper.Authors[0]) + (paper.Authors.Count > 1 ? " et al." : string.Empty) + ")";
        }

        if (site.Year is int year && paper.Year is int paperYear && (year < paperYear - 1 || year > paperYear + 3))
        {
            return "a paper of another year (" + paperYear + ")";
        }

        return null;
    }

    private static readonly string[] Organisations =
    {
        "Meta", "Google", "DeepMind", "Microsoft", "OpenAI", "Anthropic", "NVIDIA", "Nvidia", "Apple", "Amazon", "Baidu", "Alibaba", "Tencent",
        "Team", "Lab", "Labs", "Research", "Inc", "Corporation", "University", "Institute", "Foundation", "Group", "Project", "Contributors",
    };

    /// <summary>"Llama 2 (Meta, 2023)", Authors = "Gemini Team": an organisation, not a person who could be missing from the paper's list.</summary>
    private static bool IsOrganisation(string surname)
    {
        foreach (var o in Organisations)
        {
            if (string.Equals(o, surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one paper whose first author and year the citation gives, or null.</summary>
    public Paper? Identify(CitationSite site)
    {
        if (site.Surnames.Count == 0 || site.Year is not int year)
        {
            return null;
        }

        // PERF: built on the first authors-only citation, once per corpus index.
        lock (gate)
        {
            byFirstAuthor ??= Build(papers);
        }

        if (!byFirstAuthor.TryGetValue(Fold(site.Surnames[0]), out var list))
        {
            return null;
        }

        Paper? found = null;
        foreach (var p in list)
        {
            if (p.Year is int y && year >= y && year <= y + 1)
            {
                if (found is not null)
                {
                    return null;
                }

                found = p;
            }
        }

        return found;
    }

    private static Dictionary<string, List<Paper>> Build(IReadOnlyList<Paper> papers)
    {
        var map = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (var p in papers)
        {
            if (p.Authors.Count == 0)
            {
                continue;
            }

            var key = Fold(Surname(p.Authors[0]));
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<Paper>();
            }

            list.Add(p);
        }

        return map;
    }

    /// <summary>Whether any word of an author's name is the surname ("de Haan" in "Tim de Haan", "Cai" in "Tianle Cai").</summary>
    private static bool IsAuthor(string surname, Paper paper)
    {
        var folded = Fold(surname);
        foreach (var author in paper.Authors)
        {
            var name = Fold(author);
            if (name.Length == 0)
            {
                continue;
            }

            var at = name.IndexOf(folded, StringComparison.Ordinal);
            while (at >= 0)
            {
                var startOk = at == 0 || name[at - 1] == ' ' || name[at - 1] == '-';
                var endOk = at + folded.Length == name.Length || name[at + folded.Length] == ' ' || name[at + folded.Length] == '-';
                if (startOk && endOk)
                {
                    return true;
                }

                at = name.IndexOf(folded, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static string Surname(string author)
    {
        var space = author.TrimEnd().LastIndexOf(' ');
        return space < 0 ? author.Trim() : author.Substring(space + 1).Trim();
    }

    /// <summary>Lower case without diacritics ("Richtárik" is "richtarik").</summary>
    private static string Fold(string s) => TextNormalizer.FoldForComparison(TextNormalizer.Normalize(s)).ToLowerInvariant();
}
