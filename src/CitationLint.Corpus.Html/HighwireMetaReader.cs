using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CitationLint.Corpus.Html;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags, the tags Google Scholar indexes: publishers, arXiv,
/// OpenReview, ACL Anthology and most repositories write them, so they are tried first and win over
/// what the visible page says.
/// </summary>
internal static class HighwireMetaReader
{
    /// <summary>In order of preference: the first one holding a year gives the year.</summary>
    private static readonly string[] DateNames = { "citation_date", "citation_publication_date", "citation_online_date", "citation_year", "citation_cover_date" };

    /// <summary>URLs that name the arXiv id when the paper is on arXiv.</summary>
    private static readonly string[] UrlNames = { "citation_pdf_url", "citation_abstract_html_url", "citation_fulltext_html_url", "citation_public_url" };

    /// <summary>Generational suffixes stay after the surname when "Last, First, Jr." is turned around.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    /// <summary>Some publishers put markup into citation_abstract (<c>&lt;p&gt;</c>, <c>&lt;jats:p&gt;</c>); it arrives as text.</summary>
    private static readonly Regex TagInText = new(@"</?[A-Za-z][^<>]*>", RegexOptions.CultureInvariant);

    private static readonly Regex FourDigits = new(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant);

    public static bool Read(HtmlPage page, List<PaperDraft> drafts, List<CorpusProblem> problems)
    {
        MetaTag? first = null;
        foreach (var meta in page.Metas)
        {
            if (meta.Name.StartsWith("citation_", StringComparison.Ordinal))
            {
                first = meta;
                break;
            }
        }

        if (first is null)
        {
            return false;
        }

        var titleTag = page.FirstMeta("citation_title");
        var title = TextCleaner.Clean(titleTag?.Content);
        if (titleTag is null || title.Length == 0)
        {
            problems.Add(new CorpusProblem(page.File, HtmlPage.LineOf(first.Element), "the page has citation_* meta tags but no citation_title; no paper read from them"));
            return true;
        }

        var draft = new PaperDraft(title, HtmlPage.LineOf(titleTag.Element))
        {
            ArxivId = FindArxivId(page),
            Year = FindYear(page),
            Url = page.OwnUrl
                  ?? PaperLinks.AbsoluteHttpUrl(page.Meta("citation_abstract_html_url"))
                  ?? PaperLinks.AbsoluteHttpUrl(page.Meta("citation_public_url")),
        };

        foreach (var author in page.AllMeta("citation_author"))
        {
            AddAuthor(draft.Authors, author.Content);
        }

        // The older plural form lists everyone in one tag, separated by semicolons.
        foreach (var authors in page.AllMeta("citation_authors"))
        {
            foreach (var author in authors.Content.Split(';'))
            {
                AddAuthor(draft.Authors, author);
            }
        }

        var abstractText = page.Meta("citation_abstract");
        if (abstractText is not null)
        {
            var cleaned = TextCleaner.Clean(TagInText.Replace(abstractText, " "));
            cleaned = HtmlText.StripLabel(cleaned, "Abstract");
            if (cleaned.Length > 0)
            {
                draft.Abstract = cleaned;
                PaperLinks.AddCodeUrls(cleaned, draft.CodeUrls);
            }
        }

        drafts.Add(draft);
        return true;
    }

    /// <summary>The first 4-digit number in a date ("2023/05/27", "05/27/2023", "2023").</summary>
    public static int? FirstYear(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = FourDigits.Match(text);
        return match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000
            ? year
            : null;
    }

    /// <summary>"Malladi, Sadhika" → "Sadhika Malladi"; "King, Martin Luther, Jr." → "Martin Luther King Jr."; names without a comma stay as written.</summary>
    public static string FlipName(string? raw)
    {
        var name = TextCleaner.Clean(raw);
        var parts = name.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim();
        }

        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
        {
            return parts[1] + " " + parts[0];
        }

        if (parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0 && Suffixes.Contains(parts[2]))
        {
            return parts[1] + " " + parts[0] + " " + parts[2];
        }

        return name;
    }

    private static void AddAuthor(List<string> authors, string raw)
    {
        var name = FlipName(raw);
        if (name.Length > 0)
        {
            PaperLinks.AddDistinct(authors, name);
        }
    }

    private static string? FindArxivId(HtmlPage page)
    {
        foreach (var meta in page.AllMeta("citation_arxiv_id"))
        {
            if (ArxivId.TryNormalize(meta.Content, out var id))
            {
                return id;
            }
        }

        foreach (var name in UrlNames)
        {
            foreach (var meta in page.AllMeta(name))
            {
                if (PaperLinks.TryArxivId(meta.Content, out var id))
                {
                    return id;
                }
            }
        }

        // arXiv registers a DataCite DOI for every paper: 10.48550/arXiv.2305.17333.
        foreach (var meta in page.AllMeta("citation_doi"))
        {
            if (meta.Content.IndexOf("10.48550/", StringComparison.Ordinal) >= 0 && PaperIdentifiers.TryFind(meta.Content, out var id))
            {
                return id;
            }
        }

        return null;
    }

    private static int? FindYear(HtmlPage page)
    {
        foreach (var name in DateNames)
        {
            foreach (var meta in page.AllMeta(name))
            {
                var year = FirstYear(meta.Content);
                if (year is not null)
                {
                    return year;
                }
            }
        }

        return null;
    }
}
