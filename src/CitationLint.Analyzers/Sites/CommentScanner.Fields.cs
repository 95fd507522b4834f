using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Sites;

namespace CitationLint.Analyzers;

// A marker's or cue's text read as citation fields: names (one site each), authors, year.
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        /// <summary>
        /// The sites of one citation: "Cites: Medusa, SpecTr" is two; "MeZO (Malladi et al., 2023)" is
        /// the name MeZO with its authors and year; "Cai et al., \"Title\", 2024" is the quoted title
        /// with its authors and year.
        /// </summary>
        private void AddFieldSites(SiteKind kind, Range name, Range quoted, bool nameIsQuoted, Ident ident, int contentEnd, List<CitationSite> sites)
        {
            if (name.Length == 0 || nameIsQuoted)
            {
                var only = Site(kind, name, quoted, ident);
                if (nameIsQuoted)
                {
                    // '"Title", 2024 (Cai et al.)': the fields after the quote.
                    AddTailFields(only, name.End + 1, ident.End > 0 && ident.Start > name.End ? ident.Start : contentEnd);
                }

                sites.Add(only);
                return;
            }

            var fields = CitationFields.Parse(text, name.Start, name.End);
            if (fields.Names.Count == 0 && quoted.Length == 0 && ident.End == 0 && !fields.HasAuthors)
            {
                // Only a year ("Paper: 2023"): nothing to cite.
                return;
            }

            if (fields.Names.Count <= 1)
            {
                var reference = fields.Names.Count == 1 ? new Range(fields.Names[0].Start, fields.Names[0].End) : quoted;
                var site = Site(kind, reference, fields.Names.Count == 1 ? quoted : default, ident);
                With(site, fields);
                if (fields.Year is null && quoted.Length > 0)
                {
                    AddTailFields(site, quoted.End + 1, ident.End > 0 ? ident.Start : contentEnd);
                }

                sites.Add(site);
                return;
            }

            // A list: one citation per name; the quoted title and identifier belong to none of them alone.
            // The whole text is kept too: only the corpus can say whether it is a list or one title.
            var items = new List<CitationSite>(fields.Names.Count);
            foreach (var n in fields.Names)
            {
                items.Add(With(Site(kind, new Range(n.Start, n.End), default, default), fields));
            }

            var whole = new Range(fields.Names[0].Start, fields.Names[fields.Names.Count - 1].End);
            sites.Add(With(Site(kind, whole, quoted, ident), fields).WithListItems(items));
        }

        private void AddTailFields(CitationSite site, int start, int end)
        {
            if (end - start < 4 || site.Year is not null)
            {
                return;
            }

            var tail = CitationFields.Parse(text, Math.Min(start, end), end);
            if (!site.Authors.IsEmpty && tail.Year is not null)
            {
                // 'Cai et al., "Title", 2024': the authors before the quote, the year after it.
                site.WithAuthorsAndYear(site.Authors, site.Surnames, tail.Year, Piece(new Range(tail.YearSpan.Start, tail.YearSpan.End)));
            }
            else if (tail.HasAuthors || tail.Year is not null)
            {
                With(site, tail);
            }
        }

        private CitationSite With(CitationSite site, CitationFields fields)
        {
            var authors = fields.HasAuthors ? Piece(new Range(fields.Authors.Start, fields.Authors.End)) : default;
            var year = fields.Year is null ? default : Piece(new Range(fields.YearSpan.Start, fields.YearSpan.End));
            return site.WithAuthorsAndYear(authors, fields.Surnames.ToArray(), fields.Year, year);
        }
    }
}
