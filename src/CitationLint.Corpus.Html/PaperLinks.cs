using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace CitationLint.Corpus.Html;

/// <summary>What the readers learn from URLs: arXiv ids in arxiv.org and daily-papers links, code repositories.</summary>
internal static class PaperLinks
{
    private static readonly string[] ArxivPathKinds = { "abs", "pdf", "html", "format", "ps" };

    /// <summary>
    /// github.com / gitlab.com URLs in running text, with or without a scheme. The look-behind keeps
    /// <c>notgithub.com</c> and <c>gist.github.com</c> out; the character class stops at brackets and
    /// quotes so that "(see https://github.com/a/b)" does not take the parenthesis.
    /// </summary>
    private static readonly Regex CodeUrlInText = new(
        @"(?<![\w.\-/])(?:https?://)?(?:www\.)?(?:github|gitlab)\.com/[^\s<>""'()\[\]{}]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The id in an arxiv.org URL (<c>/abs/</c>, <c>/pdf/</c>, <c>/html/</c>), version dropped.</summary>
    public static bool TryArxivId(string? url, out string id)
    {
        id = string.Empty;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var s = url!.Trim();
        var at = s.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && s[at - 1] != '/' && s[at - 1] != '.'))
        {
            return false;
        }

        var path = CutQuery(s.Substring(at + "arxiv.org/".Length));
        var slash = path.IndexOf('/');
        if (slash <= 0 || Array.IndexOf(ArxivPathKinds, path.Substring(0, slash).ToLowerInvariant()) < 0)
        {
            return false;
        }

        var rest = path.Substring(slash + 1).TrimEnd('/');
        if (rest.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest.Substring(0, rest.Length - 4);
        }

        // Old ids contain a slash (hep-th/9901001), so try the whole rest before its first segment.
        return ArxivId.TryNormalize(rest, out id) || ArxivId.TryNormalize(FirstSegment(rest), out id);
    }

    /// <summary>
    /// The id in a daily-papers link: <c>/papers/2305.17333</c> relative, or absolute on huggingface.co /
    /// hf.co. Listing links such as <c>/papers?date=…</c> or <c>/papers/date/2024-01-19</c> are not papers.
    /// </summary>
    public static bool TryPapersId(string? href, out string id)
    {
        id = string.Empty;
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }

        var s = href!.Trim();
        string path;
        if (s.StartsWith("/", StringComparison.Ordinal) && !s.StartsWith("//", StringComparison.Ordinal))
        {
            path = s;
        }
        else
        {
            if (s.StartsWith("//", StringComparison.Ordinal))
            {
                s = "https:" + s;
            }

            if (!Uri.TryCreate(s, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !IsDailyPapersHost(uri.Host))
            {
                return false;
            }

            path = uri.AbsolutePath;
        }

        path = CutQuery(path);
        const string Prefix = "/papers/";
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ArxivId.TryNormalize(FirstSegment(path.Substring(Prefix.Length)), out id);
    }

    public static bool IsArxivUrl(string? url)
        => url is not null
           && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
           && (uri.Host.Equals("arxiv.org", StringComparison.OrdinalIgnoreCase)
               || uri.Host.EndsWith(".arxiv.org", StringComparison.OrdinalIgnoreCase));

    /// <summary>The URL cleaned, when it is absolute http(s); relative ones cannot be resolved without the address the page was saved from.</summary>
    public static string? AbsoluteHttpUrl(string? url)
    {
        var cleaned = TextCleaner.Clean(url);
        if (cleaned.Length == 0 || cleaned.IndexOf(' ') >= 0)
        {
            return null;
        }

        return Uri.TryCreate(cleaned, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? cleaned
            : null;
    }

    /// <summary>Adds the github.com / gitlab.com URLs written in <paramref name="text"/>.</summary>
    public static void AddCodeUrls(string? text, List<string> into)
    {
        if (string.IsNullOrEmpty(text) || text!.IndexOf(".com/", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        foreach (Match match in CodeUrlInText.Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?');
            if (!url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                url = "https://" + url;
            }

            AddCodeUrl(url, into);
        }
    }

    /// <summary>
    /// Adds the code URLs of an element: the targets of its links (arXiv shows them as "this https URL",
    /// so the text alone would miss them) and the URLs in its text.
    /// </summary>
    public static void AddCodeUrls(IElement? element, List<string> into)
    {
        if (element is null)
        {
            return;
        }

        foreach (var link in element.QuerySelectorAll("a[href]"))
        {
            var href = AbsoluteHttpUrl(link.GetAttribute("href"));
            if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) && IsCodeHost(uri.Host) && uri.AbsolutePath.Trim('/').Length > 0)
            {
                AddCodeUrl(href, into);
            }
        }

        AddCodeUrls(HtmlText.Of(element), into);
    }

    public static void AddDistinct(List<string> list, string value)
    {
        foreach (var existing in list)
        {
            if (string.Equals(existing, value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        list.Add(value);
    }

    private static void AddCodeUrl(string url, List<string> into)
    {
        url = url.TrimEnd('/');
        var host = url.IndexOf(".com/", StringComparison.OrdinalIgnoreCase);
        if (host < 0 || url.Length <= host + ".com/".Length)
        {
            return;
        }

        AddDistinct(into, url);
    }

    private static bool IsCodeHost(string host)
        => host.Equals("github.com", StringComparison.OrdinalIgnoreCase)
           || host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase)
           || host.Equals("gitlab.com", StringComparison.OrdinalIgnoreCase)
           || host.Equals("www.gitlab.com", StringComparison.OrdinalIgnoreCase);

    private static bool IsDailyPapersHost(string host)
        => host.Equals("huggingface.co", StringComparison.OrdinalIgnoreCase)
           || host.EndsWith(".huggingface.co", StringComparison.OrdinalIgnoreCase)
           || host.Equals("hf.co", StringComparison.OrdinalIgnoreCase);

    private static string CutQuery(string s)
    {
        var cut = s.IndexOfAny(new[] { '?', '#' });
        return cut < 0 ? s : s.Substring(0, cut);
    }

    private static string FirstSegment(string s)
    {
        var slash = s.IndexOf('/');
        return slash < 0 ? s : s.Substring(0, slash);
    }
}
