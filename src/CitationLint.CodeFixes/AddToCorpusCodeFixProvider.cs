using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Rendering;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.CodeFixes;

/// <summary>
/// Adds a paper outside the corpus (CITE001, CITE008) to a project corpus: one action per
/// <c>*.papers.tsv</c> AdditionalFile of the project, in path order, each appending one line built
/// from the fields the analyzer put in the diagnostic (<see cref="FixProperties"/>, <c>Add.</c> keys)
/// and written by the corpus's own writer (<see cref="PaperTsv.Append"/>), as a change to the
/// project's additional document. No action when the project has no such file, or when the file
/// already holds the paper (the same key or arXiv id).
/// <para>
/// The action writes a file, not the citation, so it is never one of the confident fixes
/// (<see cref="CitationCodeFixProvider.ConfidentKey"/>): its equivalence key names the file
/// (<see cref="EquivalenceKeyPrefix"/> + path), and its own Fix All adds each paper of the scope once.
/// Its Fix All offers no solution scope, the scope <c>dotnet format</c> fixes in, so <c>dotnet
/// format</c> never writes a corpus file: adding a paper is for a person to ask (DESIGN 4a).
/// </para>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToCorpusCodeFixProvider))]
[Shared]
public sealed class AddToCorpusCodeFixProvider : CodeFixProvider
{
    /// <summary>Followed by the corpus file's path: the equivalence key of the action that adds to that file.</summary>
    public const string EquivalenceKeyPrefix = "CitationLint.AddToCorpus:";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.UnknownReference,
        RuleIdentifiers.NotInCorpus);

    public override FixAllProvider GetFixAllProvider() => AddToCorpusFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var files = CorpusFiles(context.Document.Project);
        if (files.Count == 0)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (ReadPaper(diagnostic) is not { } paper)
            {
                continue;
            }

            foreach (var file in files)
            {
                var text = await file.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
                if (Holds(PaperTsv.Read(text.ToString(), PathOf(file)).Papers, paper) || !ReadsBack(text.ToString(), paper))
                {
                    continue;
                }

                var solution = context.Document.Project.Solution;
                var path = PathOf(file);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add '" + Label(paper) + "' to " + file.Name,
                        ct => AddAsync(solution, new[] { (path, paper) }, ct),
                        EquivalenceKeyPrefix + path),
                    diagnostic);
            }
        }
    }

    /// <summary>The project's corpus TSV files, by path (the order the analyzer merges them in).</summary>
    internal static List<TextDocument> CorpusFiles(Project project)
    {
        var files = new List<TextDocument>();
        foreach (var document in project.AdditionalDocuments)
        {
            if (PathOf(document).EndsWith(PaperTsv.Extension, StringComparison.OrdinalIgnoreCase))
            {
                files.Add(document);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(PathOf(a), PathOf(b)));
        return files;
    }

    internal static string PathOf(TextDocument document) => document.FilePath ?? document.Name;

    /// <summary>The paper the analyzer put in the diagnostic; null when it gave none (or data a paper cannot hold).</summary>
    internal static Paper? ReadPaper(Diagnostic diagnostic)
    {
        var p = diagnostic.Properties;
        if (!p.TryGetValue(FixProperties.AddKey, out var key) || string.IsNullOrWhiteSpace(key)
            || !p.TryGetValue(FixProperties.AddTitle, out var title) || string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        p.TryGetValue(FixProperties.AddName, out var name);
        p.TryGetValue(FixProperties.AddArxivId, out var arxivId);
        p.TryGetValue(FixProperties.AddUrl, out var url);
        p.TryGetValue(FixProperties.AddYear, out var yearText);
        p.TryGetValue(FixProperties.AddAuthors, out var authors);
        int? year = yearText is not null && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return new Paper(
            key!,
            title!,
            aliases: string.IsNullOrWhiteSpace(name) ? null : new[] { name! },
            arxivId: arxivId,
            url: url,
            year: year,
            authors: string.IsNullOrEmpty(authors) ? null : authors!.Split('\n'));
    }

    /// <summary>
    /// The solution with each paper appended to the corpus file at its path, once: a paper whose key
    /// or arXiv id the file (or an earlier addition) already holds is skipped. Every additional
    /// document at that path, in any project, gets the same text, so a file two projects share keeps
    /// every addition.
    /// </summary>
    internal static async Task<Solution> AddAsync(Solution solution, IEnumerable<(string Path, Paper Paper)> additions, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (path, paper) in additions)
        {
            if (!byPath.TryGetValue(path, out var list))
            {
                byPath[path] = list = new List<Paper>();
                order.Add(path);
            }

            list.Add(paper);
        }

        foreach (var path in order)
        {
            var documents = DocumentsAt(solution, path);
            if (documents.Count == 0)
            {
                continue;
            }

            var original = await documents[0].GetTextAsync(cancellationToken).ConfigureAwait(false);
            var text = original.ToString();
            var held = new List<Paper>();
            foreach (var source in PaperTsv.Read(text, path).Papers)
            {
                held.Add(source.Paper);
            }

            var changed = text;
            foreach (var paper in byPath[path])
            {
                if (!Holds(held, paper) && ReadsBack(changed, paper))
                {
                    changed = PaperTsv.Append(changed, paper);
                    held.Add(paper);
                }
            }

            if (changed.Length == text.Length)
            {
                continue;
            }

            // Append only: the file's text, encoding and line breaks before the end are left as they are.
            var appended = original.WithChanges(new TextChange(new TextSpan(original.Length, 0), changed.Substring(text.Length)));
            foreach (var document in documents)
            {
                solution = solution.WithAdditionalDocumentText(document.Id, appended, PreservationMode.PreserveIdentity);
            }
        }

        return solution;
    }

    private static List<TextDocument> DocumentsAt(Solution solution, string path)
    {
        var documents = new List<TextDocument>();
        foreach (var project in solution.Projects)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (string.Equals(PathOf(document), path, StringComparison.Ordinal))
                {
                    documents.Add(document);
                }
            }
        }

        return documents;
    }

    private static bool Holds(IEnumerable<SourcePaper> papers, Paper paper)
    {
        var list = new List<Paper>();
        foreach (var p in papers)
        {
            list.Add(p.Paper);
        }

        return Holds(list, paper);
    }

    /// <summary>The same key or arXiv id, or a name or title of one that is a name or title of the other (no new ambiguity).</summary>
    private static bool Holds(List<Paper> papers, Paper paper)
    {
        foreach (var p in papers)
        {
            if (string.Equals(p.Key, paper.Key, StringComparison.Ordinal)
                || paper.ArxivId is not null && string.Equals(p.ArxivId, paper.ArxivId, StringComparison.Ordinal)
                || SharesAName(p, paper))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesAName(Paper a, Paper b)
    {
        foreach (var x in NamesOf(a))
        {
            foreach (var y in NamesOf(b))
            {
                if (string.Equals(TextNormalizer.Normalize(x), TextNormalizer.Normalize(y), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> NamesOf(Paper p)
    {
        yield return p.Title;
        foreach (var alias in p.Aliases)
        {
            yield return alias;
        }
    }

    /// <summary>
    /// Whether the line <see cref="PaperTsv.Append"/> writes reads back as the paper (its key, title and
    /// arXiv id; a header without an aliases or year column keeps those out, as its writer chose): a
    /// header without the id's column, a title that would begin a comment, a line read as a header — no
    /// action then, rather than a line that loses the paper or its id and leaves the diagnostic.
    /// </summary>
    private static bool ReadsBack(string text, Paper paper)
    {
        var before = PaperTsv.Read(text, string.Empty).Papers.Count;
        var after = PaperTsv.Read(PaperTsv.Append(text, paper), string.Empty).Papers;
        if (after.Count != before + 1)
        {
            return false;
        }

        var back = after[after.Count - 1].Paper;
        return string.Equals(back.Key, paper.Key, StringComparison.Ordinal)
            && string.Equals(back.Title, paper.Title, StringComparison.Ordinal)
            && string.Equals(back.ArxivId, paper.ArxivId, StringComparison.Ordinal);
    }

    /// <summary>What the action calls the paper: the name cited, else its title; on one line.</summary>
    private static string Label(Paper paper)
    {
        var label = paper.Aliases.Count > 0 ? paper.Aliases[0] : paper.Title;
        var chars = label.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
