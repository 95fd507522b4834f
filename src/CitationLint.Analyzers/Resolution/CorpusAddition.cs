using System;
using System.Collections.Generic;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// The corpus entry a citation of a paper outside the corpus gives (CITE001, CITE008): the paper as
/// the citation writes it, for the fix that adds it to a project corpus (DESIGN 3a.3). Only fields the
/// citation gives are filled; nothing is looked up, and nothing is escaped yet (the corpus writer does
/// that where the entry lands).
/// </summary>
internal sealed class CorpusAddition
{
    private CorpusAddition(string key, string title, string? name, string? arxivId, string? url, int? year, IReadOnlyList<string> authors)
    {
        Key = key;
        Title = title;
        Name = name;
        ArxivId = arxivId;
        Url = url;
        Year = year;
        Authors = authors;
    }

    /// <summary>The key the corpus would give the paper (<see cref="Paper.KeyFor"/>).</summary>
    public string Key { get; }

    /// <summary>The title written (quoted, or an attribute's <c>Title</c>), else the name or title cited, else <c>arXiv:id</c>.</summary>
    public string Title { get; }

    /// <summary>The name cited beside a title written separately: the paper's alias; null when the reference is the title.</summary>
    public string? Name { get; }

    public string? ArxivId { get; }

    /// <summary>The paper URL written, if the identifier is one.</summary>
    public string? Url { get; }

    public int? Year { get; }

    public IReadOnlyList<string> Authors { get; }

    /// <summary>What the fix's label calls the paper: the name, else the title.</summary>
    public string Label => Name ?? Title;

    /// <summary>The entry a citation gives; null when it gives no title or name, or one too long for a corpus to hold.</summary>
    public static CorpusAddition? From(Evidence e)
    {
        var site = e.Site;
        var reference = e.Reference.IsEmpty ? null : e.Reference.Text;
        var written = !site.QuotedTitle.IsEmpty ? site.QuotedTitle.Text : e.Attribute is { Title.IsEmpty: false } a ? a.Title.Text : null;
        var arxivId = site.ArxivId;
        var title = written ?? reference ?? (arxivId is null ? null : "arXiv:" + arxivId);
        if (title is null || title.Trim().Length == 0 || title.Length > Paper.MaxTitleLength)
        {
            return null;
        }

        // A name is an alias only beside a title of its own: "Paper: Quaxitron" alone is cited by its title.
        var name = written is not null && reference is not null && !string.Equals(reference, title, StringComparison.Ordinal) ? reference : null;
        if (name is not null && (name.Trim().Length == 0 || name.Length > Paper.MaxNameLength))
        {
            name = null;
        }

        var identifier = site.Identifier.IsEmpty ? null : site.Identifier.Text.Trim();
        var url = identifier is not null && IsWebAddress(identifier) ? identifier : null;
        return new CorpusAddition(Paper.KeyFor(arxivId, title), title, name, arxivId, url, site.Year, AuthorNames(site.Authors.IsEmpty ? null : site.Authors.Text));
    }

    private static bool IsWebAddress(string text)
        => text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The authors as written, one name each: "Sadhika Malladi, Tianyu Gao" gives both names,
    /// "Malladi et al." gives "Malladi"; initials alone ("S.") and "et al." are no names.
    /// </summary>
    internal static IReadOnlyList<string> AuthorNames(string? text)
    {
        var names = new List<string>();
        if (text is null)
        {
            return names;
        }

        foreach (var part in text.Replace(" and ", ",").Replace("&", ",").Split(',', ';', '\n', '\r'))
        {
            var name = part.Trim();
            var etAl = name.IndexOf("et al", StringComparison.OrdinalIgnoreCase);
            if (etAl >= 0)
            {
                name = name.Substring(0, etAl).Trim();
            }

            if (name.Length >= 2 && name.Length <= Paper.MaxNameLength && !IsInitials(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>"S.", "T. K.": initials of the name before them, not a name.</summary>
    private static bool IsInitials(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (word.Length > 3 || word.Length > 0 && word[word.Length - 1] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
