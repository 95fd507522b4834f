using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Sites;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// BibTeX pasted into a comment (DESIGN 3): "@article{key, title={…}, eprint={…}, author={…}, year={…}}".
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        private const int MaxEntryLength = 4000;
        private const int MaxEntries = 64;

        /// <summary>Each entry is one citation: its title checked against its eprint, URL or DOI, its authors and year.</summary>
        private void ParseBibTexEntries(List<CitationSite> sites)
        {
            // PERF: an entry is read to its closing brace at most MaxEntryLength ahead; a comment of
            // thousands of unterminated "@x{" lines would read that far from each, so only so many are tried.
            var attempts = 0;
            for (var l = 0; l < lines.Count; l++)
            {
                var (start, end) = lines[l];
                if (end - start < 4 || text[start] != '@' || !char.IsLetter(text[start + 1]))
                {
                    continue;
                }

                var open = start + 1;
                while (open < end && char.IsLetter(text[open]))
                {
                    open++;
                }

                if (open >= end || text[open] != '{' || ++attempts > MaxEntries)
                {
                    continue;
                }

                var close = MatchingBrace(open, Math.Min(text.Length, open + MaxEntryLength));
                if (close < 0)
                {
                    continue;
                }

                ReadEntry(open + 1, close, sites);
                Use(start, close + 1);
                while (l + 1 < lines.Count && lines[l + 1].Start <= close)
                {
                    l++;
                }
            }
        }

        private void ReadEntry(int start, int end, List<CitationSite> sites)
        {
            Range title = default, id = default, author = default, year = default;
            string? arxivId = null;

            // The key, then "name = value" fields separated by commas at depth one.
            var i = text.IndexOf(',', start, end - start);
            while (i >= 0 && i < end)
            {
                i++;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var nameStart = i;
                while (i < end && (char.IsLetter(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                var name = text.Substring(nameStart, i - nameStart);
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (name.Length == 0 || i >= end || text[i] != '=')
                {
                    break;
                }

                i++;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var value = ReadValue(i, end, out var next);
                switch (name.ToLowerInvariant())
                {
                    case "title":
                        title = value;
                        break;
                    case "eprint":
                    case "arxiv":
                    case "arxivid":
                        if (ArxivId.TryNormalize(text.Substring(value.Start, value.Length), out var normalized))
                        {
                            id = value;
                            arxivId = normalized;
                        }

                        break;
                    case "url":
                    case "doi":
                        if (arxivId is null && ArxivId.TryFromText(text.Substring(value.Start, value.Length), out var fromUrl))
                        {
                            id = value;
                            arxivId = fromUrl;
                        }

                        break;
                    case "author":
                        author = value;
                        break;
                    case "year":
                        year = value;
                        break;
                }

                i = next;
            }

            if (title.Length == 0)
            {
                return;
            }

            // "{BERT}: Pre-training …", "Lo{RA}": protective braces are not part of the title.
            var titlePiece = Piece(title);
            titlePiece = new TextPiece(titlePiece.Text.Replace("{", string.Empty).Replace("}", string.Empty).Replace("\\&", "&"), titlePiece.Span);
            var site = new CitationSite(id.Length > 0 ? SiteKind.Identifier : SiteKind.Cue, context, titlePiece, default,
                id.Length > 0 ? new TextPiece(text.Substring(id.Start, id.Length), new TextSpan(origin + id.Start, id.Length)) : default, arxivId);
            var surnames = author.Length > 0 ? CitationFields.FirstSurname(text.Substring(author.Start, author.Length)) : null;
            var yearValue = year.Length == 4 && int.TryParse(text.Substring(year.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            site.WithAuthorsAndYear(surnames is null ? default : Piece(author), surnames is null ? Array.Empty<string>() : new[] { surnames }, yearValue, yearValue is null ? default : Piece(year));
            sites.Add(site);
        }

        /// <summary>"{…}" (braces balanced), "\"…\"" or a bare word; <paramref name="next"/> is the comma or end after it.</summary>
        private Range ReadValue(int i, int end, out int next)
        {
            Range value;
            if (i < end && text[i] == '{')
            {
                var close = MatchingBrace(i, end);
                close = close < 0 ? end : close;
                value = InnerBraces(i + 1, close);
                i = close + 1;
            }
            else if (i < end && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1, end - i - 1);
                close = close < 0 ? end : close;
                value = Trim(new Range(i + 1, close));
                i = close + 1;
            }
            else
            {
                var s = i;
                while (i < end && text[i] != ',' && text[i] != '\n')
                {
                    i++;
                }

                value = Trim(new Range(s, i));
            }

            var comma = i < end ? text.IndexOf(',', i, end - i) : -1;
            next = comma < 0 ? end : comma;
            return value;
        }

        /// <summary>"{{MeZO}: Fine-Tuning …}" holds the title without its protective braces' outer pair.</summary>
        private Range InnerBraces(int start, int end)
        {
            var r = Trim(new Range(start, end));
            for (var pairs = 0; pairs < 3 && r.Length >= 2 && text[r.Start] == '{' && MatchingBrace(r.Start, r.End) == r.End - 1; pairs++)
            {
                r = Trim(new Range(r.Start + 1, r.End - 1));
            }

            return r;
        }

        private int MatchingBrace(int open, int limit)
        {
            var depth = 0;
            for (var k = open; k < limit; k++)
            {
                if (text[k] == '{')
                {
                    depth++;
                }
                else if (text[k] == '}' && --depth == 0)
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
