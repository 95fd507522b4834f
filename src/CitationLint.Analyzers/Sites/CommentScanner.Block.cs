using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// One comment's content and its parse: the <cite> and marker sites.
internal sealed partial class CommentScanner
{
    /// <summary>One comment's content, parsed into sites.</summary>
    private sealed partial class Block
    {
        private readonly string text;
        private readonly int origin;
        private readonly bool isDoc;
        private readonly TextContext context;
        private readonly List<(int Start, int End)> lines = new();
        private readonly bool[] used;
        private bool[]? masked;
        private System.Threading.CancellationToken cancellationToken;
        private CommentTitleKey? titleKey;
        private sbyte[]? codeLike;

        public Block(string text, int origin, bool isDoc, TextContext context)
        {
            this.text = text;
            this.origin = origin;
            this.isDoc = isDoc;
            this.context = context;
            used = new bool[text.Length + 1];
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n' || text[i] == '\r')
                {
                    if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        // CRLF is one line break, not two.
                        i++;
                    }

                    var s = start;
                    var e = i < text.Length && text[i] == '\n' && i > 0 && text[i - 1] == '\r' ? i - 1 : i;
                    while (s < e && char.IsWhiteSpace(text[s]))
                    {
                        s++;
                    }

                    while (e > s && char.IsWhiteSpace(text[e - 1]))
                    {
                        e--;
                    }

                    lines.Add((s, e));
                    start = i + 1;
                }
            }
        }

        public void Parse(CitationLintOptions options, List<CitationSite> sites, System.Threading.CancellationToken cancellationToken)
        {
            this.cancellationToken = cancellationToken;
            if (isDoc)
            {
                masked = MaskTags();
                ParseCiteTags(sites);
            }

            ParseBibTexEntries(sites);
            var identifiers = FindIdentifiers();
            for (var l = 0; l < lines.Count; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ParseMarkerLine(l, options, identifiers, sites);
            }

            foreach (var id in identifiers)
            {
                if (!IsUsed(id.Start, id.End))
                {
                    AddIdentifierSite(id, sites);
                }
            }

            ParseCuePhrases(sites);
            if (options.FreeText)
            {
                ParseFreeText(sites);
            }
        }

        // ----- <cite> -----

        private void ParseCiteTags(List<CitationSite> sites)
        {
            var at = 0;
            while ((at = IndexOfIgnoreCase(text, "<cite>", at)) >= 0)
            {
                var innerStart = at + 6;
                var close = IndexOfIgnoreCase(text, "</cite>", innerStart);
                if (close < 0)
                {
                    // Unterminated: read to the end of the line.
                    close = LineEndOf(innerStart);
                }

                var ids = FindIdentifiers(innerStart, close);
                var ident = ids.Count > 0 ? ids[0] : default;
                var reference = ids.Count > 0 && ident.LinkText.Length > 0 ? ident.LinkText : InnerText(innerStart, close);
                Parts(reference.Start, reference.End, ident, out var name, out var quoted);
                sites.Add(Site(SiteKind.CiteTag, name, quoted, ident));
                Use(at, Math.Min(text.Length, close + 7));
                at = close;
            }
        }

        /// <summary>The text of an element's content without nested tags (the first text run that is not markup).</summary>
        private Range InnerText(int start, int end)
        {
            var s = start;
            while (s < end && (char.IsWhiteSpace(text[s]) || masked is not null && masked[s]))
            {
                s++;
            }

            var e = s;
            while (e < end && !(masked is not null && masked[e]) && text[e] != '<')
            {
                e++;
            }

            return Trim(new Range(s, e));
        }

        // ----- markers -----

        private void ParseMarkerLine(int lineIndex, CitationLintOptions options, List<Ident> identifiers, List<CitationSite> sites)
        {
            var (start, end) = lines[lineIndex];
            if (isDoc)
            {
                // "<summary>Cite: …", "<remarks>Paper: …": a marker may follow an opening tag.
                while (start < end && text[start] == '<' && masked is not null && masked[start])
                {
                    var close = text.IndexOf('>', start, end - start);
                    if (close < 0 || text[close - 1] == '/' || start + 1 < end && text[start + 1] == '/')
                    {
                        break;
                    }

                    start = close + 1;
                    while (start < end && text[start] == ' ')
                    {
                        start++;
                    }
                }
            }

            if (end - start < 3 || IsUsed(start, start + 1))
            {
                return;
            }

            var colon = text.IndexOf(':', start, end - start);
            if (colon < 0 || colon - start > 24)
            {
                return;
            }

            var word = text.Substring(start, colon - start).TrimEnd();
            var strong = Contains(options.CommentMarkers, word);
            if (!strong && !Contains(CueMarkers, word))
            {
                return;
            }

            // The marker's content: the rest of the line, and further lines while a quote is open;
            // in documentation it ends where the element holding it closes ("…</summary>").
            var contentStart = colon + 1;
            var contentEnd = end;
            if (isDoc)
            {
                // The end tag of the element holding the marker; an element opened inside the content
                // ("Paper: <c>Name</c> (<see href=…/>)") does not end it. PERF: at most 16 end tags tried.
                var search = contentStart;
                for (var tries = 0; search < end && tries < 16; tries++)
                {
                    var closing = text.IndexOf("</", search, end - search, StringComparison.Ordinal);
                    if (closing < 0)
                    {
                        break;
                    }

                    var nameEnd = closing + 2;
                    while (nameEnd < end && char.IsLetterOrDigit(text[nameEnd]))
                    {
                        nameEnd++;
                    }

                    var opened = nameEnd > closing + 2 && text.IndexOf("<" + text.Substring(closing + 2, nameEnd - closing - 2), contentStart, closing - contentStart, StringComparison.Ordinal) >= 0;
                    if (!opened && !IsInsideLink(closing))
                    {
                        contentEnd = closing;
                        break;
                    }

                    search = closing + 2;
                }
            }
            var l = lineIndex;
            while (HasOpenQuote(contentStart, contentEnd) && l + 1 < lines.Count && lines[l + 1].End > lines[l + 1].Start && l - lineIndex < 3)
            {
                l++;
                contentEnd = lines[l].End;
            }

            Ident ident = default;
            foreach (var id in identifiers)
            {
                if (id.Start >= contentStart && id.End <= contentEnd)
                {
                    ident = id;
                    break;
                }
            }

            Parts(contentStart, ident.End > 0 ? Math.Min(contentEnd, ident.Start) : contentEnd, ident, out var name, out var quoted, out var nameIsQuoted);
            if (!strong && ident.End == 0 && !LooksLikeReference(name, quoted))
            {
                // "Ref: #1234", "See: the expression above", "Based on: SO answer": not papers.
                return;
            }

            if (name.Length == 0 && quoted.Length == 0 && ident.End == 0)
            {
                return;
            }

            AddFieldSites(strong ? SiteKind.Marker : SiteKind.Cue, name, quoted, nameIsQuoted, ident, contentEnd, sites);
            Use(start, contentEnd);
        }
    }
}
