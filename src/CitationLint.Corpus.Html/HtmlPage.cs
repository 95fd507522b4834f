using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace CitationLint.Corpus.Html;

/// <summary>A parsed page and the head facts every reader asks about, gathered once.</summary>
internal sealed class HtmlPage
{
    public HtmlPage(IDocument document, string file)
    {
        Document = document;
        File = file;
        var metas = new List<MetaTag>();
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            // Highwire tags use name=, Open Graph uses property=; some sites mix them up, so accept both.
            var name = element.GetAttribute("name") ?? element.GetAttribute("property");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(name) && content is not null)
            {
                metas.Add(new MetaTag(name!.Trim().ToLowerInvariant(), content, element));
            }
        }

        Metas = metas;
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = " " + link.GetAttribute("rel")!.ToLowerInvariant().Replace('\t', ' ').Replace('\n', ' ') + " ";
            if (rel.IndexOf(" canonical ", StringComparison.Ordinal) >= 0)
            {
                Canonical = link.GetAttribute("href");
                break;
            }
        }

        OgUrl = Meta("og:url");
    }

    public IDocument Document { get; }

    public string File { get; }

    public IReadOnlyList<MetaTag> Metas { get; }

    /// <summary>The <c>&lt;link rel="canonical"&gt;</c> target as written (possibly relative).</summary>
    public string? Canonical { get; }

    public string? OgUrl { get; }

    /// <summary>The page's own absolute address, for papers without an arXiv id.</summary>
    public string? OwnUrl => PaperLinks.AbsoluteHttpUrl(Canonical) ?? PaperLinks.AbsoluteHttpUrl(OgUrl);

    public MetaTag? FirstMeta(string name)
    {
        foreach (var meta in Metas)
        {
            if (meta.Name == name && meta.Content.Trim().Length > 0)
            {
                return meta;
            }
        }

        return null;
    }

    public string? Meta(string name) => FirstMeta(name)?.Content;

    public IEnumerable<MetaTag> AllMeta(string name)
    {
        foreach (var meta in Metas)
        {
            if (meta.Name == name)
            {
                yield return meta;
            }
        }
    }

    /// <summary>1-based line of the element's start tag, or 0 when the parser kept no position.</summary>
    public static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;

    public static bool IsHeading(IElement element)
        => element.LocalName.Length == 2 && element.LocalName[0] == 'h' && element.LocalName[1] is >= '1' and <= '6';

    /// <summary>The element itself or its nearest ancestor that <paramref name="match"/> accepts, not looking past <paramref name="stop"/>; iterative, so depth costs no stack.</summary>
    public static IElement? Ancestor(IElement element, Func<IElement, bool> match, IElement? stop = null)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (match(current))
            {
                return current;
            }

            if (ReferenceEquals(current, stop))
            {
                return null;
            }
        }

        return null;
    }
}

internal sealed class MetaTag
{
    public MetaTag(string name, string content, IElement element)
    {
        Name = name;
        Content = content;
        Element = element;
    }

    /// <summary>Lower-cased name or property.</summary>
    public string Name { get; }

    /// <summary>The content attribute, entities already decoded by the parser.</summary>
    public string Content { get; }

    public IElement Element { get; }
}
