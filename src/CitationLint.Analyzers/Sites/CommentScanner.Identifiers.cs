using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// Identifier sites: paper ids and URLs in every spelling, with their link text or name.
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        // ----- identifiers -----

        private readonly struct Ident
        {
            public Ident(int start, int end, string? arxivId, Range linkText)
            {
                Start = start;
                End = end;
                ArxivId = arxivId;
                LinkText = linkText;
            }

            public int Start { get; }

            public int End { get; }

            public string? ArxivId { get; }

            /// <summary>The link text of <c>&lt;see href&gt;</c>, <c>&lt;a href&gt;</c>, <c>[text](url)</c> or a reST link, when there is one.</summary>
            public Range LinkText { get; }
        }

        private List<Ident> FindIdentifiers() => FindIdentifiers(0, text.Length);

        private List<Ident> FindIdentifiers(int from, int to)
        {
            var found = new List<Ident>();
            for (var i = from; i < to; i++)
            {
                var c = text[i];
                if (c != 'a' && c != 'A' && c != 'h' && c != 'H' && c != 'd' && c != 'D')
                {
                    continue;
                }

                if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '.' && c != 'a' && c != 'A'))
                {
                    continue;
                }

                if (TryIdentifierAt(i, to, out var ident))
                {
                    found.Add(ident);
                    i = ident.End - 1;
                }
            }

            return found;
        }

        private bool TryIdentifierAt(int i, int limit, out Ident ident)
        {
            ident = default;
            var idStart = PaperIdentifiers.IdStartAt(text, i, limit);
            if (idStart < 0 || char.ToLowerInvariant(text[i]) == 'a' && text[i + 5] == ':' && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                // Not an identifier, or "xarXiv:" inside a word.
                return false;
            }

            // The whole URL: back over scheme and host prefixes, forward to the end of the token.
            var start = i;
            foreach (var prefix in PaperIdentifiers.UrlPrefixes)
            {
                if (start >= prefix.Length && string.Compare(text, start - prefix.Length, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    start -= prefix.Length;
                }
            }

            var end = idStart;
            while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '<' or '>' or ')' or ']' or '`' or ',' or ';' or '{' or '}' or '|'))
            {
                end++;
            }

            while (end > idStart && (text[end - 1] == '.' || text[end - 1] == ':'))
            {
                end--;
            }

            var length = ArxivId.MatchAt(text, idStart);
            string? id = null;
            if (length > 0)
            {
                id = text.Substring(idStart, length);
            }
            else if (end == idStart)
            {
                return false;
            }

            ident = new Ident(start, end, id, LinkTextFor(start, end));
            return true;
        }

        /// <summary>The link text of the link whose URL is at [start, end), or an empty range.</summary>
        private Range LinkTextFor(int start, int end)
        {
            // <see href="URL">text</see> and <a href="URL">text</a>
            if (start >= 1 && (text[start - 1] == '"' || text[start - 1] == '\'') && end < text.Length && text[end] == text[start - 1])
            {
                var line = lines[LineOf(start)];
                var back = Math.Min(start - line.Start, 400);
                var tagOpen = back > 1 ? text.LastIndexOf('<', start - 1, back) : -1;
                var tagClose = end < line.End ? text.IndexOf('>', end, Math.Min(80, line.End - end)) : -1;
                if (tagOpen >= 0 && tagClose > 0 && text[tagClose - 1] != '/')
                {
                    var closeTag = tagClose + 1 < text.Length ? text.IndexOf("</", tagClose + 1, Math.Min(400, text.Length - tagClose - 1), StringComparison.Ordinal) : -1;
                    if (closeTag > tagClose)
                    {
                        return Trim(new Range(tagClose + 1, closeTag));
                    }
                }
            }

            // [text](URL)
            if (start >= 2 && text[start - 1] == '(' && text[start - 2] == ']')
            {
                // The link text may begin on the line above ("[Benjamin\n/// Graham, Fractional Max-Pooling](…)").
                var line = LineOf(start);
                var lineStart = Math.Max(lines[line].Start, start - 400);
                var from = Math.Max(lines[line > 0 && text.LastIndexOf('[', start - 1, start - lineStart) < 0 ? line - 1 : line].Start, start - 400);
                var open = start - 2 >= from ? text.LastIndexOf('[', start - 2, start - 2 - from + 1) : -1; // the count includes the line's first character
                if (open >= 0 && text.IndexOf(']', open, start - 2 - open) < 0)
                {
                    return Trim(new Range(open + 1, start - 2));
                }
            }

            // `text <URL>`_
            if (start >= 1 && text[start - 1] == '<' && end + 1 < text.Length && text[end] == '>' && text[end + 1] == '`')
            {
                var from = Math.Max(lines[LineOf(start)].Start, start - 400);
                var open = start - 1 >= from ? text.LastIndexOf('`', start - 1, start - 1 - from + 1) : -1;
                if (open >= 0)
                {
                    return Trim(new Range(open + 1, start - 1));
                }
            }

            return default;
        }

        /// <summary>"Medusa heads (url)": a capitalised word and two or three words of prose about it, for the resolver to check the name against the identifier.</summary>
        private bool LeadsWithName(Range name, Range quoted)
        {
            if (quoted.Length > 0 || name.Length < 4 || name.Length > 60 || !char.IsUpper(text[name.Start]))
            {
                return false;
            }

            var space = text.IndexOf(' ', name.Start, name.Length);
            return space > name.Start && space + 1 < name.End && char.IsLower(text[space + 1]) && WordCount(name.Start, name.End) <= 4;
        }

        /// <summary>The text before an identifier holds a closing quote whose opening quote is on the line above.</summary>
        private bool ClosesQuoteOfLineAbove(Range before, int line)
        {
            // PERF: only the text a citation can hold before its identifier (400 characters), not the whole line.
            var quotes = 0;
            for (var k = Math.Max(before.Start, before.End - 400); k < before.End; k++)
            {
                if (text[k] is '"' or '\u201C' or '\u201D')
                {
                    quotes++;
                }
            }

            if (quotes % 2 == 0)
            {
                return false;
            }

            var (s, e) = lines[line - 1];
            var above = 0;
            for (var k = Math.Max(s, e - 400); k < e; k++)
            {
                if (text[k] is '"' or '\u201C' or '\u201D')
                {
                    above++;
                }
            }

            return above % 2 == 1;
        }

        private void AddIdentifierSite(Ident id, List<CitationSite> sites)
        {
            var line = LineOf(id.Start);
            if (IsCodeLike(line))
            {
                return;
            }

            Range name = default, quoted = default;
            if (id.LinkText.Length > 0)
            {
                Parts(id.LinkText.Start, id.LinkText.End, default, out name, out quoted);
            }
            else
            {
                // "MeZO: https://…", "\"Title\" (arXiv:…)", "Fine-Tuning … Passes, arXiv:…"
                var (lineStart, _) = lines[line];

                // Markup is never part of a name: "<summary>Adam: A Method … (arXiv:…)" starts after the tag.
                if (masked is not null)
                {
                    for (var k = id.Start - 1; k >= lineStart; k--)
                    {
                        if (masked[k])
                        {
                            lineStart = k + 1;
                            break;
                        }
                    }
                }

                var before = Trim(new Range(lineStart, id.Start));
                if (line > 0 && ClosesQuoteOfLineAbove(before, line))
                {
                    // '/// MeZO: "Fine-Tuning Language Models\n/// with Just Forward Passes" (url)': the title began a line above.
                    before = Trim(new Range(lines[line - 1].Start, id.Start));
                }
                else if (line > 0 && before.Length == 0 && !IsUsed(lines[line - 1].Start, lines[line - 1].End) && !IsCodeLike(line - 1))
                {
                    // 'MeZO: "Title"' above a line that holds only 'arXiv:…': one citation over two lines.
                    var above = Trim(new Range(lines[line - 1].Start, lines[line - 1].End));
                    Parts(above.Start, above.End, default, out var aboveName, out var aboveQuoted);
                    if (aboveQuoted.Length > 0 && LooksLikeReference(aboveName, aboveQuoted))
                    {
                        before = above;
                    }
                }

                var segment = StripCue(LastSegment(before));
                Parts(segment.Start, segment.End, default, out name, out quoted);

                // "MeZO: https://…", "MeZO (arXiv:…)", "\"Title\" arXiv:…" name the paper; "Implements arXiv:…" is prose.
                var gap = before.End;
                var separated = gap > before.Start && (text[gap - 1] is ':' or '(' or '[' or ',' or '-' or '\u2014' or '\u2013' or '"' or '\u201D' or '\'' || LineOf(gap - 1) < line);
                if (!separated || !LooksLikeReference(name, quoted) && !LeadsWithName(name, quoted))
                {
                    name = default;
                    quoted = default;
                }
            }

            // Inside a tag (an href value) nothing may be inserted: such a link is checked, not completed.
            sites.Add(new CitationSite(SiteKind.Identifier, context, Piece(name), Piece(quoted), IdentPiece(id), id.ArxivId, insideMarkup: IsMasked(id.Start), comment: titleKey ??= new CommentTitleKey(text)));
            Use(id.Start, id.End);

            // The name belongs to this site: free text must not report it a second time.
            Use(name.Start, name.End);
            Use(quoted.Start, quoted.End);
        }
    }
}
