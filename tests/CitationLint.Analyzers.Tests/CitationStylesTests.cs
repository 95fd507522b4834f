using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// Citations in the styles real code writes them (Fixtures/citation-styles.tsv: IEEE, APA, MLA,
/// author-year, name + prose, lists, markdown and reST links, BibTeX in a comment, XML markup, PDF
/// artefacts, titles over several lines, numbered lists), right and wrong, for papers of the shipped
/// corpora. Each template's label is fixed by how it was written, never by running the analyzer.
/// </summary>
public sealed class CitationStylesTests
{
    private readonly ITestOutputHelper output;

    public CitationStylesTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Every_style_is_read_right_and_wrong()
    {
        var cases = BuildCases();
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");

        var file = new CaseFile(cases.Select(c => c.Code).ToList());
        var perCase = file.ByCase(await Verifier.Create().DiagnosticsAsync(file.Source));

        var byStyle = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        int expectingDiagnostic = 0, found = 0, warningsOnSilent = 0, wrongRule = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var (style, label, code) = cases[i];
            var ids = perCase[i].Select(d => d.Id).Distinct().ToList();
            var right = label == "-" ? ids.Count == 0 : ids.Count == 1 && ids[0] == label;
            var s = byStyle.TryGetValue(style, out var v) ? v : (0, 0);
            byStyle[style] = (s.Item1 + (right ? 1 : 0), s.Item2 + 1);
            if (label == "-")
            {
                if (perCase[i].Any(d => d.Severity == DiagnosticSeverity.Warning))
                {
                    warningsOnSilent++;
                }
            }
            else
            {
                expectingDiagnostic++;
                if (ids.Contains(label))
                {
                    found++;
                }
            }

            if (!right)
            {
                wrongRule++;
                output.WriteLine($"{style}: expected {label}, got {(ids.Count == 0 ? "nothing" : string.Join(",", perCase[i].Select(d => d.Id + " " + d.GetMessage())))}\n    {code.Replace("\n", "\n    ")}");
            }
        }

        foreach (var (style, (r, t)) in byStyle)
        {
            output.WriteLine($"{style,-22} {r,3}/{t,-3} right");
        }

        var recall = (double)found / expectingDiagnostic;
        output.WriteLine($"{cases.Count} cases, {cases.Count - expectingDiagnostic} must stay silent: Warnings on them {warningsOnSilent}; recall {recall:P1} ({found}/{expectingDiagnostic}); cases not exactly right {wrongRule}");
        Assert.Equal(0, warningsOnSilent);
        Assert.True(recall >= 0.95, $"recall {recall:P1} < 95%");
    }

    internal static List<(string Style, string Label, string Code)> BuildCases()
    {
        var corpus = EmbeddedCorpora.Select(seed: true, wellKnown: true);
        var papers = Papers(corpus);
        var templates = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "citation-styles.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();
        var cases = new List<(string, string, string)>();
        for (var i = 0; i < papers.Count; i++)
        {
            var fields = Fields(corpus, papers[i], papers[(i + 1) % papers.Count]);
            foreach (var t in templates)
            {
                var code = Fill(t[2].Replace("\\n", "\n"), fields);
                if (code is not null)
                {
                    cases.Add((t[0], t[1], code));
                }
            }
        }

        return cases;
    }

    /// <summary>Papers with a distinctive name of their own, authors and a year: eight seed papers and four well-known ones.</summary>
    private static List<Paper> Papers(PaperCorpus corpus)
    {
        bool Usable(Paper p) => p.Aliases.Count > 0 && p.Aliases[0].Length >= 4 && !p.WordLike && p.ArxivId is not null && p.Year is not null
            && p.Authors.Count > 0 && p.Authors[0].Contains(' ') && corpus.Index.Lookup(p.Aliases[0]) is { IsAmbiguous: false, Best: { Kind: MatchKind.Alias } best } && best.Paper == p
            && !p.Title.Contains('"') && !p.Title.Contains('{');
        var seed = DefaultCorpus.Instance.Papers.Select(p => corpus.FindByKey(p.Key)!).Where(Usable).ToList();
        var wellKnown = WellKnownCorpus.Instance.Papers.Select(p => corpus.FindByKey(p.Key)).Where(p => p is not null && Usable(p)).ToList();
        return seed.Where((_, k) => k % (seed.Count / 8) == 0).Take(8)
            .Concat(wellKnown.Where((_, k) => k % (wellKnown.Count / 4) == 0).Take(4)!)
            .ToList()!;
    }

    private static Dictionary<string, string?> Fields(PaperCorpus corpus, Paper p, Paper other)
    {
        var first = p.Authors[0];
        var space = first.LastIndexOf(' ');
        var surname = first[(space + 1)..];
        var given = first[..space];
        var words = p.Title.Split(' ');
        var half = words.Length / 2;
        string? sing = null;
        for (var k = words.Length - 1; k >= 0 && sing is null; k--)
        {
            var w = words[k].TrimEnd(':', ',');
            if (w.Length >= 5 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && char.IsLower(w[^2]) && w == words[k])
            {
                words[k] = w[..^1];
                sing = string.Join(' ', words);
                words[k] = w;
            }
        }

        string? lig = p.Title.Contains("fi", StringComparison.Ordinal) ? ReplaceFirst(p.Title, "fi", "\uFB01")
            : p.Title.Contains("ff", StringComparison.Ordinal) ? ReplaceFirst(p.Title, "ff", "\uFB00") : null;

        return new Dictionary<string, string?>
        {
            ["alias"] = p.Aliases[0],
            ["alias2"] = other.Aliases[0],
            ["title"] = p.Title,
            ["id"] = p.ArxivId,
            ["url"] = p.GetCanonicalUrl(),
            ["surname"] = surname,
            ["given"] = given,
            ["initial"] = given[..1],
            ["year"] = p.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["wrongyear"] = (p.Year!.Value - 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["otherurl"] = other.GetCanonicalUrl(),
            ["otherid"] = other.ArxivId,
            ["badid"] = SwappedId(corpus, p.ArxivId!),
            ["singtitle"] = sing,
            ["ligtitle"] = lig,
            ["hyphhead"] = Hyphenated(p.Title, out var hyphTail),
            ["hyphtail"] = hyphTail,
            ["head"] = string.Join(' ', p.Title.Split(' ')[..half]),
            ["tail"] = string.Join(' ', p.Title.Split(' ')[half..]),
            // "Paper: Wang et al., 2022" names a paper only when one paper of the corpora has that first author and year.
            ["uniqueauthor"] = corpus.Papers.Count(q => q.Authors.Count > 0 && q.Authors[0].EndsWith(" " + surname, StringComparison.Ordinal) && q.Year is int y && p.Year >= y && p.Year <= y + 1) == 1 ? surname : null,
            ["key"] = surname.ToLowerInvariant() + p.Year + new string(p.Title.Split(' ')[0].Where(char.IsLetter).ToArray()).ToLowerInvariant(),
        };
    }

    private static string? Fill(string template, Dictionary<string, string?> fields)
    {
        var xml = template.StartsWith("///", StringComparison.Ordinal);
        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            var name = close > i ? template[(i + 1)..close] : null;
            if (name is not null && fields.TryGetValue(name, out var value))
            {
                if (value is null)
                {
                    return null;
                }

                sb.Append(xml ? value.Replace("&", "&amp;").Replace("<", "&lt;") : value);
                i = close;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The title up to the middle of its last long word, for a line break after a hyphen there; null when it has none of 8 letters.</summary>
    private static string? Hyphenated(string title, out string? tail)
    {
        tail = null;
        var words = title.Split(' ');
        var k = Array.FindLastIndex(words, w => w.Length >= 8 && w.All(char.IsLetter));
        if (k < 0)
        {
            return null;
        }

        var cut = words[k].Length / 2;
        tail = words[k][cut..] + (k + 1 < words.Length ? " " + string.Join(' ', words[(k + 1)..]) : string.Empty);
        return string.Join(' ', words[..k].Append(words[k][..cut]));
    }

    private static string ReplaceFirst(string s, string what, string with)
    {
        var at = s.IndexOf(what, StringComparison.Ordinal);
        return s[..at] + with + s[(at + what.Length)..];
    }

    /// <summary>The id with two different neighbouring digits of its number swapped, when no corpus paper has that id.</summary>
    private static string? SwappedId(PaperCorpus corpus, string id)
    {
        var dot = id.IndexOf('.');
        for (var k = dot + 1; k + 1 < id.Length; k++)
        {
            if (id[k] != id[k + 1])
            {
                var swapped = id[..k] + id[k + 1] + id[k] + id[(k + 2)..];
                if (corpus.Index.FindByArxivId(swapped) is null)
                {
                    return swapped;
                }
            }
        }

        return null;
    }
}
