using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>How a comment is delimited; decides which prefix characters are not content.</summary>
internal enum CommentStyle
{
    /// <summary>One or more consecutive <c>//</c> lines.</summary>
    Line,

    /// <summary><c>/* … */</c>.</summary>
    Block,

    /// <summary><c>///</c> lines or <c>/** … */</c>: XML documentation.</summary>
    Doc,
}

/// <summary>
/// Finds the citation sites of one comment (DESIGN.md section 3, sites 2–6). A first pass reads the
/// source text in place and decides whether anything could be a citation; only then is the comment
/// copied out (with its delimiters blanked so offsets stay those of the source) and parsed.
/// </summary>
internal sealed partial class CommentScanner
{
    private static readonly string[] CueMarkers = CueWords.Markers;

    private readonly CitationLintOptions options;
    private readonly bool prefilter;
    private readonly TitleWordFilter? titleWords;

    /// <param name="options">The tree's options.</param>
    /// <param name="titleWords">The corpus's title words, for the prefilter's reading of free text; null lets all free text through.</param>
    /// <param name="prefilter">False on the tests' reference path: every comment is parsed, none ruled out in place.</param>
    public CommentScanner(CitationLintOptions options, TitleWordFilter? titleWords = null, bool prefilter = true)
    {
        this.options = options;
        this.titleWords = titleWords;
        this.prefilter = prefilter;
    }

    public void Scan(SourceText source, TextSpan span, CommentStyle style, List<CitationSite> sites, System.Threading.CancellationToken cancellationToken = default)
    {
        if (span.Length < 4 || prefilter && !MayCite(source, span))
        {
            return;
        }

        var content = Blank(source.ToString(span), style);
        var block = new Block(content, span.Start, style == CommentStyle.Doc, style == CommentStyle.Block ? TextContext.BlockComment : style == CommentStyle.Doc ? TextContext.XmlDoc : TextContext.LineComment);
        block.Parse(options, sites, cancellationToken);
    }

    /// <summary>Replaces comment delimiters (<c>//</c>, <c>///</c>, <c>/*</c>, <c>*/</c>, leading <c>*</c>) with spaces; offsets do not move.</summary>
    internal static string Blank(string raw, CommentStyle style)
    {
        var chars = raw.ToCharArray();
        var lineStart = true;
        var first = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == '\n' || c == '\r')
            {
                lineStart = true;
                continue;
            }

            if (lineStart && (c == ' ' || c == '\t'))
            {
                continue;
            }

            if (lineStart)
            {
                lineStart = false;
                if (c == '/' && i + 1 < chars.Length && (chars[i + 1] == '/' || chars[i + 1] == '*') && (first || style != CommentStyle.Block))
                {
                    var j = i;
                    chars[j++] = ' ';
                    while (j < chars.Length && (chars[j] == '/' || chars[j] == '*') && j - i < 3)
                    {
                        chars[j++] = ' ';
                    }

                    i = j - 1;
                }
                else if (c == '*' && !(i + 1 < chars.Length && chars[i + 1] == '/') && style != CommentStyle.Line)
                {
                    chars[i] = ' ';
                }
            }

            first = false;
        }

        if (style != CommentStyle.Line && chars.Length >= 2 && chars[chars.Length - 1] == '/' && chars[chars.Length - 2] == '*')
        {
            chars[chars.Length - 1] = ' ';
            chars[chars.Length - 2] = ' ';
        }

        return new string(chars);
    }

    /// <summary>Decodes XML/HTML entities, twice at most (documentation is sometimes escaped twice: <c>&amp;amp;lt;</c>).</summary>
    internal static string DecodeEntities(string s)
    {
        for (var pass = 0; pass < 2 && s.IndexOf('&') >= 0; pass++)
        {
            var sb = new System.Text.StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] == '&')
                {
                    // PERF: an entity is at most ten characters; a search to the text's end for each '&' was quadratic.
                    var semi = s.IndexOf(';', i + 1, Math.Min(10, s.Length - i - 1));
                    if (semi > i && TryEntity(s.Substring(i + 1, semi - i - 1), out var decoded))
                    {
                        sb.Append(decoded);
                        i = semi;
                        continue;
                    }
                }

                sb.Append(s[i]);
            }

            s = sb.ToString();
        }

        return s;
    }

    private static bool TryEntity(string name, out string value)
    {
        value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => " ",
            "ndash" => "\u2013",
            "mdash" => "\u2014",
            _ => string.Empty,
        };
        if (value.Length > 0)
        {
            return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x' || name[1] == 'X';
            if (int.TryParse(hex ? name.Substring(2) : name.Substring(1), hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                value = char.ConvertFromUtf32(code);
                return true;
            }
        }

        return false;
    }

    private readonly struct Range
    {
        public Range(int start, int end)
        {
            Start = start;
            End = end < start ? start : end;
        }

        public int Start { get; }

        public int End { get; }

        public int Length => End - Start;
    }
}
