using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// Cue phrases ("the paper X", "described in X") and free text (quoted titles, spoofed names).
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        // ----- cue phrases -----

        private void ParseCuePhrases(List<CitationSite> sites)
        {
            foreach (var cue in CueWords.Phrases)
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
                    if (IsOpenQuote(c) && (i == start || !char.IsLetterOrDigit(text[i - 1])) && !IsUsed(i, i + 2) && !IsMasked(i))
                    {
                        var close = FindClosingQuote(i, lines[Math.Min(l + 2, lines.Count - 1)].End);
                        if (close > i && WordCount(i + 1, close) >= 4)
                        {
                            var r = InsideQuotes(i + 1, close);
                            sites.Add(Site(SiteKind.FreeText, r, default, default).AsQuote());
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
    }
}
