using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

// A parsed BibTeX entry to a paper: key, title, names, year, identifiers; problems at their field.
public static partial class BibTexReader
{
    private sealed partial class Parser
    {
        private void Finish(Dictionary<string, string> fields)
        {
            if (entryKey.Length == 0)
            {
                AddProblem(entryLine, $"@{Quote(entryType)} entry has no citation key; skipped");
                return;
            }

            var citeKey = Quote(entryKey);
            if (citeKeys.Contains(entryKey))
            {
                AddProblem(entryLine, $"citation key '{citeKey}' appears more than once in this file; the first entry is kept");
                return;
            }

            var title = CleanLatex(Get(fields, "title"));
            if (title.Length == 0)
            {
                AddProblem(entryLine, $"entry '{citeKey}' has no title; skipped");
                return;
            }

            var year = ReadYear(fields, citeKey);
            var doi = Doi(Get(fields, "doi"));
            var url = PlainValue(Get(fields, "url"));
            if (url.Length == 0 && doi.StartsWith("10.", StringComparison.Ordinal))
            {
                url = "https://doi.org/" + doi;
            }

            var arxiv = ArxivFromEprint(fields, citeKey)
                ?? ArxivFromUrl(url)
                ?? ArxivFromDoi(doi)
                ?? ArxivFromMention(PlainValue(Get(fields, "journal")))
                ?? ArxivFromMention(PlainValue(Get(fields, "howpublished")))
                ?? ArxivFromCorrVolume(fields);

            var abstractText = CleanLatex(Get(fields, "abstract"));
            var paper = new Paper(
                Paper.KeyFor(arxiv, title),
                title,
                aliases: Names(fields),
                arxivId: arxiv,
                url: url.Length == 0 ? null : url,
                year: year,
                authors: Authors(Get(fields, "author")),
                bibKey: entryKey);

            citeKeys.Add(entryKey);
            Papers.Add(new SourcePaper(paper, file, entryLine, abstractText.Length == 0 ? null : abstractText));
        }

        private int FieldLine(string name) => fieldLines.TryGetValue(name, out var line) ? line : entryLine;

        /// <summary>
        /// The names the entry gives the paper: BibLaTeX <c>shorthand</c> and an <c>aliases = {A | B}</c>
        /// field. Null when it gives none, so that the corpus builder mines the title and abstract.
        /// </summary>
        private static List<string>? Names(Dictionary<string, string> fields)
        {
            List<string>? names = null;
            foreach (var field in new[] { "shorthand", "aliases" })
            {
                var value = CleanLatex(Get(fields, field));
                foreach (var part in value.Split('|'))
                {
                    var name = part.Trim();
                    if (name.Length > 0 && name.Length <= 80)
                    {
                        names ??= new List<string>();
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }
                }
            }

            return names;
        }

        private int? ReadYear(Dictionary<string, string> fields, string citeKey)
        {
            var yearText = CleanLatex(Get(fields, "year"));
            if (yearText.Length > 0)
            {
                if (IsYear(yearText, 0) && yearText.Length == 4)
                {
                    return int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                AddProblem(FieldLine("year"), $"'{Quote(yearText)}' is not a year; the paper '{citeKey}' is kept without one");
                return null;
            }

            // biblatex writes date = {2023-05-26} instead of year.
            var date = PlainValue(Get(fields, "date"));
            if (date.Length >= 4 && IsYear(date, 0) && (date.Length == 4 || date[4] == '-' || date[4] == '/'))
            {
                return int.Parse(date.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            return null;
        }

        private string? ArxivFromEprint(Dictionary<string, string> fields, string citeKey)
        {
            var eprint = PlainValue(Get(fields, "eprint"));
            if (eprint.Length == 0)
            {
                return null;
            }

            // Without a declared archive an eprint that reads as an arXiv id is one; with another
            // archive declared (eprinttype = pubmed, hdl, jstor …) it is that archive's number.
            var archive = PlainValue(Get(fields, "archiveprefix") ?? Get(fields, "eprinttype"));
            var declaredArxiv = string.Equals(archive, "arxiv", StringComparison.OrdinalIgnoreCase);
            if (archive.Length > 0 && !declaredArxiv)
            {
                return null;
            }

            if (ArxivId.TryNormalize(eprint, out var id))
            {
                return id;
            }

            var fromUrl = ArxivFromUrl(eprint);
            if (fromUrl is null && declaredArxiv)
            {
                AddProblem(FieldLine("eprint"), $"eprint '{Quote(eprint)}' of entry '{citeKey}' is not an arXiv id; ignored");
            }

            return fromUrl;
        }
    }
}
