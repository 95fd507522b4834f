using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace CitationLint.Corpus.Html;

/// <summary>
/// The visible text of a piece of the DOM, cleaned with <see cref="TextCleaner"/>. Not
/// <c>TextContent</c>: that glues blocks together (<c>&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;</c> gives
/// "ab"), includes script and style text, and recurses once per level, which overflows the stack on a
/// deeply nested page. This walk is iterative and puts a space between blocks.
/// </summary>
internal static class HtmlText
{
    /// <summary>Elements that flow inside a line; every other element is treated as a block and separated by a space.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var",
    };

    /// <summary>Never shown as text (or, for svg, only as icon titles).</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "noscript", "script", "style", "svg", "template",
    };

    public static string Of(INode? node, Func<IElement, bool>? skip = null)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var stack = new Stack<INode?>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is null)
            {
                // End of a block element.
                sb.Append(' ');
                continue;
            }

            if (current is ICharacterData data)
            {
                if (current.NodeType == NodeType.Text)
                {
                    sb.Append(data.Data);
                }

                continue;
            }

            if (current is IElement element && !ReferenceEquals(element, node))
            {
                if (Hidden.Contains(element.LocalName) || skip?.Invoke(element) == true)
                {
                    continue;
                }

                if (!Inline.Contains(element.LocalName))
                {
                    sb.Append(' ');
                    stack.Push(null);
                }
            }

            var children = current.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return TextCleaner.Clean(sb.ToString());
    }

    /// <summary>Text of a leaf-like element without walking: for cheap checks such as "is this the Authors: label".</summary>
    public static string OwnText(IElement element)
    {
        var sb = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                sb.Append(child.TextContent);
            }
        }

        return TextCleaner.Clean(sb.ToString());
    }

    /// <summary>Removes a leading descriptor such as "Title:" or "Abstract:" that a page writes as text.</summary>
    public static string StripLabel(string text, string label)
    {
        if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.Substring(label.Length).TrimStart();
            if (rest.StartsWith(":", StringComparison.Ordinal))
            {
                return rest.Substring(1).TrimStart();
            }
        }

        return text;
    }
}
