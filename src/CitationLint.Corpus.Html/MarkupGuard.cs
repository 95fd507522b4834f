using System;
using System.Collections.Generic;
using System.Text;

namespace CitationLint.Corpus.Html;

/// <summary>
/// Keeps AngleSharp's tree builder from taking quadratic time on broken markup. The HTML tree
/// construction algorithm walks the stack of open elements for most start tags and re-creates every
/// unclosed formatting element for each new paragraph, and checks every attribute of a tag against the
/// others: measured on AngleSharp 1.7, 20,000 unclosed <c>&lt;div&gt;</c> take 1.6 s, 100,000 take
/// 3.5 minutes, 5,000 <c>&lt;p&gt;&lt;b id=N&gt;</c> pairs take a minute and build 12 million
/// elements, and a tag with 50,000 attributes takes 26 s. A saved page can be that broken, so before
/// parsing this scans the tags once (linear) with a rough model of the open elements and, only when a
/// limit is crossed, removes the tags that would cross it. Well-formed pages are returned untouched.
/// </summary>
internal static class MarkupGuard
{
    /// <summary>Browsers cap parser nesting the same way (Chromium at 512), so no page that renders relies on more.</summary>
    internal const int MaxDepth = 512;

    /// <summary>Unclosed <c>&lt;b&gt;</c>, <c>&lt;font&gt;</c> etc. are cloned into every later paragraph; a handful is normal, this many is not.</summary>
    internal const int MaxOpenFormatting = 16;

    internal const int MaxAttributes = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// Elements the parser closes implicitly (a new <c>&lt;p&gt;</c> or <c>&lt;li&gt;</c> ends the open one,
    /// a second <c>&lt;a&gt;</c> ends the first): counting them as nesting would make a sloppy but shallow
    /// page look deep.
    /// </summary>
    private static readonly HashSet<string> SelfEnding = new(StringComparer.Ordinal)
    {
        "a", "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p",
        "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
    };

    /// <summary>The HTML spec's formatting elements except <c>a</c> (at most one <c>a</c> is ever active).</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Their content is text up to the matching end tag; a <c>&lt;</c> inside is not a tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp",
    };

    /// <summary>
    /// The markup to parse: <paramref name="html"/> itself when it stays within the limits; otherwise a
    /// copy without the offending tags (every formatting tag, which carries nothing a reader here needs,
    /// tags nested deeper than <see cref="MaxDepth"/>, tags with too many attributes). Removed tags leave
    /// their line breaks behind so that line numbers still point into the original file.
    /// </summary>
    public static string Tame(string html, out int firstChangedLine)
    {
        firstChangedLine = 0;
        var measure = new Scan(html, rewrite: false);
        measure.Run();
        if (!measure.OverLimit)
        {
            return html;
        }

        var rewrite = new Scan(html, rewrite: true);
        rewrite.Run();
        firstChangedLine = rewrite.FirstDropIndex < 0 ? 0 : LineAt(html, rewrite.FirstDropIndex);
        return rewrite.Result();
    }

    private static int LineAt(string s, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>One pass over the tags. The measuring pass stops at the first limit crossed; the rewriting pass copies lazily.</summary>
    private sealed class Scan
    {
        private readonly string _s;
        private readonly bool _rewrite;
        private readonly List<string> _open = new();
        private readonly List<string> _openFormatting = new();
        private StringBuilder? _output;
        private int _copied;

        public Scan(string s, bool rewrite)
        {
            _s = s;
            _rewrite = rewrite;
        }

        public bool OverLimit { get; private set; }

        public int FirstDropIndex { get; private set; } = -1;

        public string Result()
        {
            if (_output is null)
            {
                return _s;
            }

            _output.Append(_s, _copied, _s.Length - _copied);
            return _output.ToString();
        }

        public void Run()
        {
            var s = _s;
            var n = s.Length;
            var i = 0;
            while (i < n && !(OverLimit && !_rewrite))
            {
                var lt = s.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= n)
                {
                    return;
                }

                var c = s[lt + 1];
                if (c == '!' || c == '?')
                {
                    var isComment = c == '!' && string.CompareOrdinal(s, lt, "<!--", 0, 4) == 0;
                    var end = isComment ? s.IndexOf("-->", lt + 4, StringComparison.Ordinal) : s.IndexOf('>', lt + 2);
                    i = end < 0 ? n : end + (isComment ? 3 : 1);
                    continue;
                }

                var isEnd = c == '/';
                var nameStart = isEnd ? lt + 2 : lt + 1;
                if (nameStart >= n || !IsAsciiLetter(s[nameStart]))
                {
                    i = lt + 1;
                    continue;
                }

                var p = nameStart;
                while (p < n && !IsSpace(s[p]) && s[p] != '>' && s[p] != '/')
                {
                    p++;
                }

                var name = s.Substring(nameStart, p - nameStart).ToLowerInvariant();
                var tagEnd = SkipAttributes(p, out var attributes, out var selfClosing);
                if (tagEnd < 0)
                {
                    // A tag cut off by the end of the file: the parser drops it, nothing follows.
                    return;
                }

                var drop = Decide(name, isEnd, attributes, selfClosing, lt, tagEnd);
                if (drop)
                {
                    Drop(lt, tagEnd);
                }

                i = tagEnd;
                if (!isEnd && !drop)
                {
                    if (name == "plaintext")
                    {
                        return;
                    }

                    if (RawText.Contains(name))
                    {
                        var close = s.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                        i = close < 0 ? n : close;
                    }
                }
            }
        }

        /// <summary>True when the tag must go. Also updates the model of open elements.</summary>
        private bool Decide(string name, bool isEnd, int attributes, bool selfClosing, int start, int end)
        {
            if (attributes > MaxAttributes)
            {
                OverLimit = true;
                return _rewrite;
            }

            var formatting = Formatting.Contains(name);
            if (formatting && _rewrite)
            {
                return true;
            }

            if (isEnd)
            {
                if (formatting)
                {
                    var last = _openFormatting.FindLastIndex(tag => IsTagNamed(tag, name));
                    if (last >= 0)
                    {
                        _openFormatting.RemoveAt(last);
                    }
                }

                CloseTo(name);
                return false;
            }

            if (selfClosing || VoidElements.Contains(name) || SelfEnding.Contains(name))
            {
                return false;
            }

            if (formatting)
            {
                OpenFormatting(_s.Substring(start, end - start).ToLowerInvariant());
            }

            if (_open.Count >= MaxDepth)
            {
                OverLimit = true;
                return _rewrite;
            }

            _open.Add(name);
            return false;
        }

        /// <summary>
        /// The parser's list of active formatting elements, with its "Noah's Ark" rule: a fourth tag
        /// identical to three already open replaces the earliest, so <c>&lt;b&gt;</c> left open on every
        /// line stays harmless and only distinct ones (<c>&lt;b id=N&gt;</c>) pile up.
        /// </summary>
        private void OpenFormatting(string tag)
        {
            var identical = 0;
            var earliest = -1;
            for (var k = _openFormatting.Count - 1; k >= 0; k--)
            {
                if (string.Equals(_openFormatting[k], tag, StringComparison.Ordinal))
                {
                    identical++;
                    earliest = k;
                }
            }

            if (identical >= 3)
            {
                _openFormatting.RemoveAt(earliest);
            }

            _openFormatting.Add(tag);
            if (_openFormatting.Count > MaxOpenFormatting)
            {
                OverLimit = true;
            }
        }

        /// <summary>An end tag closes the nearest open element of its name and everything opened inside it; a stray one closes nothing.</summary>
        private void CloseTo(string name)
        {
            for (var k = _open.Count - 1; k >= 0; k--)
            {
                if (string.Equals(_open[k], name, StringComparison.Ordinal))
                {
                    _open.RemoveRange(k, _open.Count - k);
                    return;
                }
            }
        }

        /// <summary>Index just past the tag's <c>&gt;</c>, or -1 when the file ends inside the tag. Quoted values may hold <c>&gt;</c>.</summary>
        private int SkipAttributes(int q, out int attributes, out bool selfClosing)
        {
            var s = _s;
            var n = s.Length;
            attributes = 0;
            selfClosing = false;
            while (q < n)
            {
                var ch = s[q];
                if (ch == '>')
                {
                    return q + 1;
                }

                if (IsSpace(ch))
                {
                    q++;
                    continue;
                }

                if (ch == '/')
                {
                    selfClosing = q + 1 < n && s[q + 1] == '>';
                    q++;
                    continue;
                }

                selfClosing = false;
                attributes++;
                while (q < n && !IsSpace(s[q]) && s[q] != '>' && s[q] != '=' && s[q] != '/')
                {
                    q++;
                }

                var r = q;
                while (r < n && IsSpace(s[r]))
                {
                    r++;
                }

                if (r < n && s[r] == '=')
                {
                    r++;
                    while (r < n && IsSpace(s[r]))
                    {
                        r++;
                    }

                    if (r < n && (s[r] == '"' || s[r] == '\''))
                    {
                        var close = s.IndexOf(s[r], r + 1);
                        r = close < 0 ? n : close + 1;
                    }
                    else
                    {
                        while (r < n && !IsSpace(s[r]) && s[r] != '>')
                        {
                            r++;
                        }
                    }

                    q = r;
                }
            }

            return -1;
        }

        private void Drop(int start, int end)
        {
            if (FirstDropIndex < 0)
            {
                FirstDropIndex = start;
            }

            _output ??= new StringBuilder(_s.Length);
            _output.Append(_s, _copied, start - _copied);
            for (var k = start; k < end; k++)
            {
                if (_s[k] == '\n' || _s[k] == '\r')
                {
                    _output.Append(_s[k]);
                }
            }

            _copied = end;
        }

        /// <summary>True for <c>&lt;b …&gt;</c> and <c>name</c> "b", false for <c>&lt;big&gt;</c>.</summary>
        private static bool IsTagNamed(string tag, string name)
            => tag.Length > name.Length + 1
               && string.CompareOrdinal(tag, 1, name, 0, name.Length) == 0
               && (IsSpace(tag[name.Length + 1]) || tag[name.Length + 1] is '>' or '/');

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
    }
}
