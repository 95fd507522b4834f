using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Analyzers;

/// <summary>Where inserted text lands; decides how it is escaped.</summary>
public enum TextContext
{
    /// <summary>A <c>//</c> comment: one line, no <c>*/</c>.</summary>
    LineComment,

    /// <summary>A <c>/* */</c> comment: no <c>*/</c>.</summary>
    BlockComment,

    /// <summary>XML documentation (<c>///</c> or <c>/** */</c>): one line, no <c>*/</c>, <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    XmlDoc,

    /// <summary>A regular C# string literal: <c>"</c> and <c>\</c> escaped.</summary>
    StringLiteral,

    /// <summary>A verbatim string literal: <c>"</c> doubled.</summary>
    VerbatimStringLiteral,
}

/// <summary>
/// The canonical citation text of DESIGN.md section 4, and the escaping that keeps corpus text
/// inside the comment, documentation or string it lands in. A corpus entry can never inject code:
/// line breaks, control and bidirectional-override characters are removed before anything else.
/// </summary>
public static class CitationText
{
    /// <summary>
    /// <c>MeZO — "Fine-Tuning …" (https://arxiv.org/abs/2305.17333)</c>; the title alone when it begins
    /// with the name (<c>"Medusa: Simple …"</c>, DESIGN 4) or there is no name; no URL when there is none.
    /// </summary>
    public static string ForComment(string? name, string title, string? url)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(name) && !BeginsWith(title, name!))
        {
            sb.Append(name).Append(" — ");
        }

        sb.Append('"').Append(title).Append('"');
        if (url is not null)
        {
            sb.Append(" (").Append(url).Append(')');
        }

        return sb.ToString();
    }

    /// <summary><c>&lt;see href="URL"&gt;MeZO: Title&lt;/see&gt;</c>, escaped for XML; the link text alone when there is no URL.</summary>
    public static string ForXmlDoc(string? name, string title, string? url)
    {
        var text = string.IsNullOrEmpty(name) || BeginsWith(title, name!) ? title : name + ": " + title;
        var escapedText = Escape(text, TextContext.XmlDoc);
        return url is null ? escapedText : "<see href=\"" + EscapeXmlAttribute(Escape(url, TextContext.LineComment)) + "\">" + escapedText + "</see>";
    }

    /// <summary>A C# string literal holding <paramref name="value"/>.</summary>
    public static string ForStringLiteral(string value) => "\"" + Escape(value, TextContext.StringLiteral) + "\"";

    public static string Escape(string text, TextContext context)
    {
        // Line breaks become spaces, control, format and bidi characters go.
        var clean = TextCleaner.Clean(text);
        switch (context)
        {
            // "*/" is broken up in every comment: a '///' site's text may sit in a '/** */' comment, and a
            // '//' one inside a block comment that a later edit closes; no comment text may ever end one.
            case TextContext.LineComment:
            case TextContext.BlockComment:
                return clean.Replace("*/", "* /");
            case TextContext.XmlDoc:
                return clean.Replace("*/", "* /").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
            case TextContext.StringLiteral:
                return clean.Replace("\\", "\\\\").Replace("\"", "\\\"");
            case TextContext.VerbatimStringLiteral:
                return clean.Replace("\"", "\"\"");
            default:
                return clean;
        }
    }

    /// <summary>"Medusa: Simple …" begins with the name Medusa; "Medusa-2: …" or "Medusae …" do not.</summary>
    private static bool BeginsWith(string title, string name) => title.StartsWith(name + ":", System.StringComparison.Ordinal);

    private static string EscapeXmlAttribute(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");
}
