using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// The pieces a site is made of: names, quoted titles, ranges, lines, masks and what is used.
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        // ----- pieces -----

        /// <summary>Splits a citation's text into a leading name or title and a quoted title.</summary>
        private void Parts(int start, int end, Ident ident, out Range name, out Range quoted) => Parts(start, end, ident, out name, out quoted, out _);

        private void Parts(int start, int end, Ident ident, out Range name, out Range quoted, out bool nameIsQuoted)
        {
            nameIsQuoted = false;
            name = default;
            quoted = default;
            if (end <= start)
            {
                return;
            }

            var quoteAt = -1;
            for (var i = start; i < end; i++)
            {
                if (IsOpenQuote(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
                {
                    quoteAt = i;
                    break;
                }
            }

            if (quoteAt >= 0)
            {
                var close = FindClosingQuote(quoteAt, end);
                if (close > quoteAt)
                {
                    quoted = InsideQuotes(quoteAt + 1, close);
                }
            }

            var nameEnd = quoteAt >= 0 ? quoteAt : end;
            name = WithoutMarkup(TrimSeparators(new Range(start, nameEnd)));
            if (name.Length == 0 && quoted.Length > 0)
            {
                name = quoted;
                quoted = default;
                nameIsQuoted = true;
            }
        }

        /// <summary>An identifier inside a tag (<c>&lt;see href="…"/&gt;</c>) is a site's identifier, but no fix may write there.</summary>
        private CitationSite Site(SiteKind kind, Range name, Range quoted, Ident ident)
            => new(kind, context, Piece(name), Piece(quoted), IdentPiece(ident), ident.ArxivId, insideMarkup: ident.End > ident.Start && IsMasked(ident.Start));

        /// <summary>
        /// Markup is never part of a field: "<c>&lt;c&gt;MeZo</c>" is the name MeZo, and "Medsua
        /// &lt;see href=…" ends before the tag. Leading tags are skipped, and the name ends at the next.
        /// </summary>
        private Range WithoutMarkup(Range r)
        {
            if (masked is null || r.Length <= 0)
            {
                return r;
            }

            var s = r.Start;
            while (s < r.End && (IsMasked(s) || text[s] == ' '))
            {
                s++;
            }

            var e = s;
            while (e < r.End && !IsMasked(e))
            {
                e++;
            }

            for (var k = e; k < r.End; k++)
            {
                if (!IsMasked(k) && char.IsLetterOrDigit(text[k]))
                {
                    // Text goes on after a tag ("… with <em>Just</em> Forward Passes", "<c>A</c>, <c>B</c>"):
                    // no field can be read without its markup, and none is better than half of one.
                    return new Range(r.Start, r.Start);
                }
            }

            return s == r.Start && e == r.End ? r : TrimSeparators(new Range(s, e));
        }

        private TextPiece IdentPiece(Ident ident)
            => ident.End > ident.Start ? new TextPiece(text.Substring(ident.Start, ident.End - ident.Start), new TextSpan(origin + ident.Start, ident.End - ident.Start)) : default;

        private TextPiece Piece(Range r)
        {
            if (r.Length <= 0)
            {
                return default;
            }

            var raw = text.Substring(r.Start, r.Length);
            var value = isDoc || raw.IndexOf('&') >= 0 ? DecodeEntities(raw) : raw;

            // A title split across lines reads as one line; reST's '_' (".. _Title: url", "`Title <url>`_") and backticks are markup.
            value = TextCleaner.Clean(value).Trim('`', '*', '_');
            return value.Length == 0 ? default : new TextPiece(value, new TextSpan(origin + r.Start, r.Length));
        }

        private Range QuotedAt(int s)
        {
            if (s >= text.Length || !IsOpenQuote(text[s]))
            {
                return default;
            }

            var close = FindClosingQuote(s, Math.Min(text.Length, s + 300));
            return close > s ? InsideQuotes(s + 1, close) : default;
        }

        /// <summary>
        /// What a pair of quotes holds, without the comma or full stop that IEEE and MLA put inside the
        /// closing quote (<c>"Attention Is All You Need,"</c>): not part of the title.
        /// </summary>
        private Range InsideQuotes(int from, int close)
        {
            var r = Trim(new Range(from, close));
            if (r.Length > 1 && text[r.End - 1] is ',' or '.' && (r.Length < 3 || text[r.End - 2] != '.'))
            {
                r = Trim(new Range(r.Start, r.End - 1));
            }

            return r;
        }

        private int FindClosingQuote(int open, int limit)
        {
            var c = text[open];
            var closing = c switch
            {
                '\u201C' => '\u201D',
                '\u2018' => '\u2019',
                '\u00AB' => '\u00BB',
                _ => c,
            };
            // Bounded: a title is never longer than this; an unclosed quote must not cost the rest of the comment.
            limit = Math.Min(limit, open + 400);
            for (var i = open + 1; i < limit && i < text.Length; i++)
            {
                if (text[i] == closing && (closing != '\'' || i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool HasOpenQuote(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (IsOpenQuote(text[i]) && text[i] != '\'' && (i == start || !char.IsLetterOrDigit(text[i - 1])))
                {
                    var close = FindClosingQuote(i, end);
                    if (close < 0)
                    {
                        return true;
                    }

                    i = close;
                }
            }

            return false;
        }

        private static bool IsOpenQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '`' or '\u00AB';

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '+' or '*' or '^' or '_' or '.' or '\u2010' or '\u2011';

        private int WordCount(int start, int end)
        {
            var n = 0;
            var inWord = false;
            for (var i = start; i < end && i < text.Length; i++)
            {
                var w = char.IsLetterOrDigit(text[i]);
                if (w && !inWord)
                {
                    n++;
                }

                inWord = w || text[i] == '-' && inWord;
            }

            return n;
        }

        /// <summary>The part of a line's text that could name the paper an identifier follows: after the last sentence break.</summary>
        private Range LastSegment(Range r)
        {
            // Bounded: a name or title next to an identifier is within a few hundred characters of it.
            var s = Math.Max(r.Start, r.End - 400);
            for (var i = r.End - 1; i > s; i--)
            {
                var c = text[i];
                if ((c == '.' || c == ';' && !EndsEntity(i + 1) || c == '!' || c == '?') && i + 1 < r.End && text[i + 1] == ' ')
                {
                    s = i + 1;
                    break;
                }
            }

            return TrimSeparators(new Range(s, r.End));
        }

        /// <summary>True when the ';' before <paramref name="end"/> closes an entity such as <c>&amp;quot;</c>.</summary>
        private bool EndsEntity(int end)
        {
            for (var i = end - 2; i >= 0 && i >= end - 10; i--)
            {
                if (text[i] == '&')
                {
                    return true;
                }

                if (!char.IsLetterOrDigit(text[i]) && text[i] != '#')
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"Based on T3: …", "See MeZO", "cf. Medusa": the cue is not part of the name.</summary>
        private Range StripCue(Range r)
        {
            foreach (var cue in new[] { "based on ", "see also ", "see ", "cf. ", "as in ", "following ", "from ", "per ", "implements ", "after " })
            {
                if (r.Length > cue.Length && string.Compare(text, r.Start, cue, 0, cue.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return Trim(new Range(r.Start + cue.Length, r.End));
                }
            }

            return r;
        }

        private Range TrimSeparators(Range r)
        {
            var s = r.Start;
            var e = r.End;
            while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '-' or '\u2014' or '\u2013' or ':' or ',' or '(' or '[' or '*' or '>'))
            {
                s++;
            }

            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '-' or '\u2014' or '\u2013' or ':' or ',' or '(' or '[' or '.' or '*'
                || text[e - 1] == ';' && !EndsEntity(e)))
            {
                e--;
            }

            // "(see" / "in": a lone lower-case word before an identifier is prose.
            return new Range(s, e);
        }

        private Range Trim(Range r)
        {
            var s = r.Start;
            var e = r.End;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            return new Range(s, e);
        }

        /// <summary>"&lt;/see&gt;" or "&lt;/a&gt;" closes a link, not the element holding a marker.</summary>
        private bool IsInsideLink(int closing)
            => string.Compare(text, closing, "</see>", 0, 6, StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(text, closing, "</a>", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;

        private bool IsCodeLike(int lineIndex)
        {
            // PERF: asked once per site on the line; answered once per line.
            codeLike ??= new sbyte[lines.Count];
            if (codeLike[lineIndex] == 0)
            {
                codeLike[lineIndex] = (sbyte)(ComputeCodeLike(lineIndex) ? 1 : -1);
            }

            return codeLike[lineIndex] > 0;
        }

        private bool ComputeCodeLike(int lineIndex)
        {
            var (s, e) = lines[lineIndex];
            if (e <= s)
            {
                return false;
            }

            var last = text[e - 1];
            if (last is ';' or '{' or '}' || e - s >= 2 && text[e - 1] == ')' && text[e - 2] == '(')
            {
                return true;
            }

            var line = text.Substring(s, e - s);
            return line.IndexOf("=>", StringComparison.Ordinal) >= 0
                || line.IndexOf(" = ", StringComparison.Ordinal) >= 0 && line.IndexOf('(') >= 0
                || line.StartsWith("var ", StringComparison.Ordinal)
                || line.StartsWith("return ", StringComparison.Ordinal)
                || line.StartsWith("if (", StringComparison.Ordinal);
        }

        private bool IsInsideUrl(int at)
        {
            var s = at;
            while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && at - s < 256)
            {
                s--;
            }

            return text.IndexOf("://", s, Math.Min(at - s + 12, text.Length - s), StringComparison.Ordinal) >= 0;
        }

        /// <summary>The line holding <paramref name="at"/> (or the one before a gap): a binary search over line starts.</summary>
        private int LineOf(int at)
        {
            int lo = 0, hi = lines.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (lines[mid].Start <= at)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }

        private int LineEndOf(int at) => lines[LineOf(at)].End;

        private bool[] MaskTags()
        {
            var mask = new bool[text.Length];
            var inTag = false;
            var tagStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                // A tag, an XML comment ("<!-- -->") or CDATA; a tag may run over lines ("<see" / "/// href=…/>").
                if (!inTag && text[i] == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!'))
                {
                    inTag = true;
                    tagStart = i;
                }

                mask[i] = inTag;
                if (inTag && (text[i] == '>' && !InsideXmlComment(tagStart, i) || i - tagStart >= MaxTagLength))
                {
                    // PERF: bounded; "a <b" in prose that never closes masks at most this much.
                    inTag = false;
                }
            }

            return mask;
        }

        private const int MaxTagLength = 600;

        /// <summary>Whether the '&gt;' at <paramref name="at"/> is inside "&lt;!-- … --&gt;" or "&lt;![CDATA[ … ]]&gt;" before its end.</summary>
        private bool InsideXmlComment(int start, int at)
        {
            if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
            {
                return !(at >= start + 6 && text[at - 1] == '-' && text[at - 2] == '-');
            }

            if (string.CompareOrdinal(text, start, "<![CDATA[", 0, 9) == 0)
            {
                return !(at >= start + 11 && text[at - 1] == ']' && text[at - 2] == ']');
            }

            return false;
        }

        private bool IsMasked(int at) => masked is not null && at < masked.Length && masked[at];

        private void Use(int start, int end)
        {
            for (var i = Math.Max(0, start); i < end && i < used.Length; i++)
            {
                used[i] = true;
            }
        }

        /// <summary>Whether [start, end) overlaps a part already taken by a site. Ranges are short: a word, a URL, a quote of at most 400 characters.</summary>
        private bool IsUsed(int start, int end)
        {
            for (var i = Math.Max(0, start); i < end && i < used.Length; i++)
            {
                if (used[i])
                {
                    return true;
                }
            }

            return false;
        }

        private bool StartsWithIgnoreCase(int at, string value)
            => at + value.Length <= text.Length && string.Compare(text, at, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static int IndexOfIgnoreCase(string s, string value, int from)
            => from >= s.Length ? -1 : s.IndexOf(value, from, StringComparison.OrdinalIgnoreCase);

        private static bool Contains(IEnumerable<string> list, string word)
        {
            foreach (var m in list)
            {
                if (string.Equals(m, word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
