// Past 600 lines, knowingly: the comment scan still holds its site readers (markers, <cite>,
// identifiers and link text, cues, free text) in one class. The evidence issue (issue 8) splits
// them into Sites/, one reader per site kind, with one citation-field parser.
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
internal sealed class CommentScanner
{
    private static readonly string[] CueMarkers = { "Reference", "References", "Ref", "See", "Based on", "See also" };

    private readonly CitationLintOptions options;

    public CommentScanner(CitationLintOptions options) => this.options = options;

    public void Scan(SourceText source, TextSpan span, CommentStyle style, List<CitationSite> sites, System.Threading.CancellationToken cancellationToken = default)
    {
        if (span.Length < 4 || !MayCite(source, span))
        {
            return;
        }

        var content = Blank(source.ToString(span), style);
        var block = new Block(content, span.Start, style == CommentStyle.Doc, style == CommentStyle.Block ? TextContext.BlockComment : style == CommentStyle.Doc ? TextContext.XmlDoc : TextContext.LineComment);
        block.Parse(options, sites, cancellationToken);
    }

    /// <summary>
    /// PERF: the prefilter. Reads characters in place and allocates nothing. It answers true only
    /// for what a site needs: <c>&lt;cite</c>; a paper host (<c>arxiv</c>, <c>huggingface.co/papers</c>);
    /// a colon after a marker or cue word; a quote that opens four or more words; a cue phrase
    /// ("the paper", "described in", …); or a word mixing cases or letters and digits, or holding a
    /// look-alike letter (a possible misspelled name). Plain prose, ALLCAPS words and <c>cref="…"</c>
    /// values do not pass.
    /// </summary>
    internal bool MayCite(SourceText source, TextSpan span)
    {
        var end = span.End;
        var wordStart = -1;
        bool upperAfterFirst = false, lower = false, digit = false;
        for (var i = span.Start; i < end; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    upperAfterFirst = lower = digit = false;
                    if (StartsCue(source, i, end))
                    {
                        return true;
                    }
                }
                else if (char.IsUpper(c))
                {
                    upperAfterFirst = true;
                }

                lower |= char.IsLower(c);
                digit |= char.IsDigit(c);
                if (c > '\u007F' && TextNormalizer.MapConfusable(c) != c)
                {
                    return true;
                }

                continue;
            }

            if (wordStart >= 0 && c is '-' or '+' or '^' or '*' or '_' && i + 1 < end && (char.IsLetterOrDigit(source[i + 1]) || source[i + 1] == '+'))
            {
                // "DPM-Solver++", "LightHGNN^+": one name.
                continue;
            }

            if (wordStart >= 0)
            {
                // "MeZo", "LightHGN", "T3x": mixed case, or letters with digits.
                if (lower && (upperAfterFirst || digit))
                {
                    return true;
                }

                if (c == ':' && IsMarkerWord(source, wordStart, i))
                {
                    return true;
                }

                wordStart = -1;
            }

            switch (c)
            {
                case '<':
                    if (Matches(source, i + 1, end, "cite"))
                    {
                        return true;
                    }

                    break;
                case '"':
                case '`':
                case '\'':
                case '\u201C':
                case '\u2018':
                    if (OpensLongQuote(source, i, end))
                    {
                        return true;
                    }

                    break;
            }
        }

        return wordStart >= 0 && lower && (upperAfterFirst || digit);
    }

    private static bool StartsCue(SourceText source, int i, int end)
    {
        switch (char.ToLowerInvariant(source[i]))
        {
            case 'a':
                return Matches(source, i, end, "arxiv");
            case 'h':
                return Matches(source, i, end, "huggingface.co/papers");
            case 't':
                return Matches(source, i, end, "the paper ");
            case 'd':
                return Matches(source, i, end, "described in ");
            case 'i':
                return Matches(source, i, end, "introduced in ");
            case 'p':
                return Matches(source, i, end, "proposed in ");
            default:
                return false;
        }
    }

    /// <summary>The word(s) before a colon are a marker (<c>Paper</c>, configured ones) or a cue (<c>See</c>, <c>Based on</c>).</summary>
    private bool IsMarkerWord(SourceText source, int start, int colon)
    {
        // "Based on": one space may sit inside a cue.
        var from = start;
        if (from >= 3 && source[from - 1] == ' ' && char.IsLetter(source[from - 2]))
        {
            var s = from - 2;
            while (s > 0 && char.IsLetter(source[s - 1]))
            {
                s--;
            }

            if (Equals(source, s, colon, "Based on") || Equals(source, s, colon, "See also"))
            {
                return true;
            }
        }

        foreach (var m in options.CommentMarkers)
        {
            if (Equals(source, from, colon, m) || m.IndexOf(' ') >= 0 && EndsWithWords(source, start, colon, m))
            {
                return true;
            }
        }

        foreach (var m in CueMarkers)
        {
            if (Equals(source, from, colon, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A configured marker of several words (<c>Implemented from</c>) ends at the colon, after a word boundary.</summary>
    private static bool EndsWithWords(SourceText source, int wordStart, int colon, string marker)
    {
        var from = colon - marker.Length;
        if (from < 0 || from > wordStart || from > 0 && char.IsLetterOrDigit(source[from - 1]))
        {
            return false;
        }

        return Equals(source, from, colon, marker);
    }

    private static bool Equals(SourceText source, int start, int end, string word)
    {
        if (end - start != word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(source[start + k]) != char.ToLowerInvariant(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quote followed, on its line, by three spaces before it closes: four words or more.</summary>
    private static bool OpensLongQuote(SourceText source, int at, int end)
    {
        var spaces = 0;
        for (var i = at + 1; i < end && i < at + 400; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                // A quote still open at the end of a line may go on in the next one (titles split over '///' lines).
                return spaces >= 1;
            }

            if (c == ' ')
            {
                spaces++;
            }
            else if (c == source[at] || c == '\u201D' || c == '\u2019')
            {
                return spaces >= 3;
            }
        }

        return false;
    }

    private static bool Matches(SourceText source, int at, int end, string word)
    {
        if (at + word.Length > end)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(source[at + k]) != word[k])
            {
                return false;
            }
        }

        return true;
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

    /// <summary>One comment's content, parsed into sites.</summary>
    private sealed class Block
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
                var closing = text.IndexOf("</", contentStart, end - contentStart, StringComparison.Ordinal);
                if (closing >= 0 && !IsInsideLink(closing))
                {
                    contentEnd = closing;
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

            Parts(contentStart, ident.End > 0 ? Math.Min(contentEnd, ident.Start) : contentEnd, ident, out var name, out var quoted);
            if (!strong && ident.End == 0 && !LooksLikeReference(name, quoted))
            {
                // "Ref: #1234", "See: the expression above", "Based on: SO answer": not papers.
                return;
            }

            if (name.Length == 0 && quoted.Length == 0 && ident.End == 0)
            {
                return;
            }

            sites.Add(Site(strong ? SiteKind.Marker : SiteKind.Cue, name, quoted, ident));
            Use(start, contentEnd);
        }

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
            int idStart;
            if (StartsWithIgnoreCase(i, "arxiv:"))
            {
                idStart = i + 6;
                while (idStart < limit && text[idStart] == ' ')
                {
                    idStart++;
                }

                if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
                {
                    return false;
                }
            }
            else if (StartsWithIgnoreCase(i, "arxiv.org/abs/") || StartsWithIgnoreCase(i, "arxiv.org/pdf/"))
            {
                idStart = i + 14;
            }
            else if (StartsWithIgnoreCase(i, "arxiv.org/ftp/arxiv/papers/"))
            {
                idStart = i + 27;
                var slash = text.IndexOf('/', idStart, Math.Min(6, limit - idStart));
                if (slash < 0)
                {
                    return false;
                }

                idStart = slash + 1;
            }
            else if (StartsWithIgnoreCase(i, "huggingface.co/papers/"))
            {
                idStart = i + 22;
            }
            else if (StartsWithIgnoreCase(i, "doi.org/10.48550/arxiv."))
            {
                idStart = i + 23;
            }
            else
            {
                return false;
            }

            // The whole URL: back over scheme and host prefixes, forward to the end of the token.
            var start = i;
            foreach (var prefix in new[] { "export.", "www.", "dx.", "https://", "http://" })
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
                var from = Math.Max(lines[LineOf(start)].Start, start - 400);
                var open = start - 2 > from ? text.LastIndexOf('[', start - 2, start - 2 - from) : -1;
                if (open >= 0)
                {
                    return Trim(new Range(open + 1, start - 2));
                }
            }

            // `text <URL>`_
            if (start >= 1 && text[start - 1] == '<' && end + 1 < text.Length && text[end] == '>' && text[end + 1] == '`')
            {
                var from = Math.Max(lines[LineOf(start)].Start, start - 400);
                var open = start - 1 > from ? text.LastIndexOf('`', start - 1, start - 1 - from) : -1;
                if (open >= 0)
                {
                    return Trim(new Range(open + 1, start - 1));
                }
            }

            return default;
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
                var segment = StripCue(LastSegment(before));
                Parts(segment.Start, segment.End, default, out name, out quoted);

                // "MeZO: https://…", "MeZO (arXiv:…)", "\"Title\" arXiv:…" name the paper; "Implements arXiv:…" is prose.
                var gap = before.End;
                var separated = gap > before.Start && text[gap - 1] is ':' or '(' or '[' or ',' or '-' or '\u2014' or '\u2013' or '"' or '\u201D' or '\'';
                if (!separated || !LooksLikeReference(name, quoted))
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

        // ----- cue phrases -----

        private void ParseCuePhrases(List<CitationSite> sites)
        {
            foreach (var cue in new[] { "the paper ", "described in ", "introduced in ", "proposed in " })
            {
                var at = 0;
                while ((at = IndexOfIgnoreCase(text, cue, at)) >= 0)
                {
                    var s = at + cue.Length;
                    at = s;
                    if (IsUsed(s, s + 1) || IsMasked(s) || IsCodeLike(LineOf(s)))
                    {
                        continue;
                    }

                    var r = QuotedAt(s);
                    if (r.Length == 0)
                    {
                        r = TitleRunAt(s);
                    }

                    if (r.Length == 0)
                    {
                        continue;
                    }

                    var quotedForm = r.Start > 0 && IsOpenQuote(text[r.Start - 1]);
                    var name = quotedForm ? default : r;
                    var quoted = quotedForm ? r : default;
                    if (!LooksLikeReference(name, quoted))
                    {
                        continue;
                    }

                    sites.Add(Site(SiteKind.Cue, name.Length > 0 ? name : quoted, default, default));
                    Use(r.Start, r.End);
                }
            }
        }

        // ----- free text -----

        private void ParseFreeText(List<CitationSite> sites)
        {
            for (var l = 0; l < lines.Count; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (start, end) = lines[l];
                if (end <= start || IsCodeLike(l))
                {
                    continue;
                }

                var i = start;
                while (i < end)
                {
                    var c = text[i];
                    if (IsOpenQuote(c) && (i == start || !char.IsLetterOrDigit(text[i - 1])) && !IsUsed(i, i + 1) && !IsMasked(i))
                    {
                        var close = FindClosingQuote(i, lines[Math.Min(l + 2, lines.Count - 1)].End);
                        if (close > i && WordCount(i + 1, close) >= 4)
                        {
                            var r = InsideQuotes(i + 1, close);
                            sites.Add(Site(SiteKind.FreeText, r, default, default));
                            Use(i, close + 1);
                            i = close + 1;
                            continue;
                        }
                    }

                    if (char.IsLetterOrDigit(c) && (i == start || !IsWordChar(text[i - 1])))
                    {
                        var e = i;
                        while (e < end && IsWordChar(text[e]))
                        {
                            e++;
                        }

                        while (e > i && !char.IsLetterOrDigit(text[e - 1]) && text[e - 1] != '+')
                        {
                            e--;
                        }

                        if (e > i + 2 && !IsUsed(i, e) && !IsMasked(i) && !IsInsideUrl(i) && IsCandidateName(i, e))
                        {
                            sites.Add(Site(SiteKind.FreeText, new Range(i, e), default, default));
                        }

                        i = Math.Max(e, i + 1);
                        continue;
                    }

                    i++;
                }
            }
        }

        /// <summary>A word that could be a misspelled paper name: inner capitals or digits with letters, or look-alike letters.</summary>
        private bool IsCandidateName(int start, int end)
        {
            bool inner = false, confusable = false, lower = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (i > start && (char.IsUpper(c) || char.IsDigit(c)))
                {
                    inner = true;
                }

                lower |= char.IsLower(c);
                confusable |= c > '\u007F' && TextNormalizer.MapConfusable(c) != c;
            }

            // ALLCAPS words (TODO, HTTP, JSON) are acronyms of code, not misspelled names.
            return confusable || inner && lower;
        }

        // ----- pieces -----

        /// <summary>Splits a citation's text into a leading name or title and a quoted title.</summary>
        private void Parts(int start, int end, Ident ident, out Range name, out Range quoted)
        {
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
            name = TrimSeparators(new Range(start, nameEnd));
            if (name.Length == 0 && quoted.Length > 0)
            {
                name = quoted;
                quoted = default;
            }
        }

        private CitationSite Site(SiteKind kind, Range name, Range quoted, Ident ident)
            => new(kind, context, Piece(name), Piece(quoted), IdentPiece(ident), ident.ArxivId);

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

            // A title split across lines reads as one line; a trailing reST '_' and backticks are markup.
            value = TextCleaner.Clean(value).Trim('`', '*').TrimEnd('_');
            return value.Length == 0 ? default : new TextPiece(value, new TextSpan(origin + r.Start, r.Length));
        }

        private bool LooksLikeReference(Range name, Range quoted)
        {
            if (quoted.Length > 0 && WordCount(quoted.Start, quoted.End) >= 1)
            {
                return true;
            }

            if (name.Length == 0 || name.Length > 200)
            {
                return false;
            }

            if (text[name.Start] == '#')
            {
                // "Ref: #1234": an issue, not a paper.
                return false;
            }

            var words = 0;
            var capitalised = 0;
            var distinctive = false;
            var i = name.Start;
            while (i < name.End)
            {
                while (i < name.End && !IsWordChar(text[i]))
                {
                    i++;
                }

                var s = i;
                while (i < name.End && IsWordChar(text[i]))
                {
                    i++;
                }

                if (i > s)
                {
                    words++;
                    var w = text.Substring(s, i - s);
                    if (char.IsUpper(w[0]) || char.IsDigit(w[0]) && HasLetter(w))
                    {
                        capitalised++;
                    }

                    distinctive |= AliasMiner.IsDistinctive(w.TrimEnd('.', ','));
                }
            }

            // A name ("MeZO", "Graph Mamba", "DPM-Solver++") or a title-cased title of four words or more;
            // a single letter ("the paper X") is a placeholder.
            return words > 0 && name.Length >= 2 && (words <= 3 && (distinctive || capitalised == words) || words >= 4 && capitalised * 2 >= words);
        }

        private static bool HasLetter(string w)
        {
            foreach (var c in w)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name or an unquoted title after a cue: capitalised words, with lower-case function words
        /// and a colon between them ("Adam: A Method for Stochastic Optimization"); it ends at a
        /// comma, a full stop or any other word.
        /// </summary>
        private Range TitleRunAt(int s)
        {
            var e = s;
            var lastWordEnd = s;
            var i = s;
            var lineEnd = LineEndOf(s);
            while (i < lineEnd)
            {
                var w = i;
                while (w < lineEnd && IsWordChar(text[w]) && text[w] != '.')
                {
                    w++;
                }

                if (w == i)
                {
                    break;
                }

                var word = text.Substring(i, w - i);
                var capitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]) || AliasMiner.IsDistinctive(word);
                if (!capitalised && !(lastWordEnd > s && IsTitleFunctionWord(word)))
                {
                    break;
                }

                if (capitalised)
                {
                    lastWordEnd = w;
                }

                e = w;
                i = w;
                if (i < lineEnd && text[i] == ':' && i + 1 < lineEnd && text[i + 1] == ' ')
                {
                    i++;
                }

                if (i < lineEnd && text[i] == ' ')
                {
                    i++;
                    continue;
                }

                break;
            }

            return Trim(new Range(s, lastWordEnd > s ? lastWordEnd : s));
        }

        private static bool IsTitleFunctionWord(string w)
            => w is "a" or "an" or "the" or "of" or "for" or "and" or "or" or "to" or "in" or "on" or "with" or "via" or "by" or "from" or "as" or "at" or "is" or "are";

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
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
                {
                    inTag = true;
                }

                mask[i] = inTag;
                if (text[i] == '>' || text[i] == '\n')
                {
                    inTag = false;
                }
            }

            return mask;
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
                    var semi = s.IndexOf(';', i + 1);
                    if (semi > i && semi - i <= 10 && TryEntity(s.Substring(i + 1, semi - i - 1), out var decoded))
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
