using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CitationLint.CodeFixes;

/// <summary>
/// Fix All for <see cref="AddToCorpusCodeFixProvider"/> (document and project): every paper
/// outside the corpus cited in the scope is added once — the same key or arXiv id gives one line, and
/// a paper the file already holds none — to the file the action's equivalence key names, or, in a
/// project that does not have that file, to the project's first corpus TSV. One solution change, so
/// that two diagnostics never append to the same text twice.
/// </summary>
internal sealed class AddToCorpusFixAllProvider : FixAllProvider
{
    public static readonly AddToCorpusFixAllProvider Instance = new();

    private AddToCorpusFixAllProvider()
    {
    }

    /// <summary>
    /// Document and project, as a person asks for it in the IDE; not solution, the scope
    /// <c>dotnet format</c> fixes in: adding a paper silences its warning, and only a person can say
    /// that the name is a paper and not a misspelling of one outside the corpus, so the corpus file is
    /// never written unattended (DESIGN 4a).
    /// </summary>
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var key = context.CodeActionEquivalenceKey;
        if (key is not null && !key.StartsWith(AddToCorpusCodeFixProvider.EquivalenceKeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // A null key (as older dotnet format versions pass): each project's first corpus file.
        var wanted = key?.Substring(AddToCorpusCodeFixProvider.EquivalenceKeyPrefix.Length);
        var found = new List<(Project Project, Diagnostic Diagnostic)>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is not null:
                foreach (var d in await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false))
                {
                    found.Add((context.Document.Project, d));
                }

                break;
            case FixAllScope.Project:
                foreach (var d in await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false))
                {
                    found.Add((context.Project, d));
                }

                break;
            default:
                return null;
        }

        // Source order, so that the lines are appended in the order the papers are cited.
        found.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.Diagnostic.Location.SourceTree?.FilePath, b.Diagnostic.Location.SourceTree?.FilePath);
            return byFile != 0 ? byFile : a.Diagnostic.Location.SourceSpan.Start.CompareTo(b.Diagnostic.Location.SourceSpan.Start);
        });

        var additions = new List<(string, Paper)>();
        foreach (var (project, diagnostic) in found)
        {
            if (AddToCorpusCodeFixProvider.ReadPaper(diagnostic) is { } paper && Target(project, wanted) is { } path)
            {
                additions.Add((path, paper));
            }
        }

        if (additions.Count == 0)
        {
            return null;
        }

        var solution = context.Solution;
        var changed = await AddToCorpusCodeFixProvider.AddAsync(solution, additions, context.CancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(changed, solution))
        {
            return null;
        }

        return CodeAction.Create("Add the papers outside the corpus to the project corpus", _ => Task.FromResult(changed), key);
    }

    /// <summary>The corpus file of <paramref name="project"/> at <paramref name="wanted"/>, else its first; null when it has none.</summary>
    private static string? Target(Project project, string? wanted)
    {
        var files = AddToCorpusCodeFixProvider.CorpusFiles(project);
        foreach (var file in files)
        {
            if (wanted is not null && string.Equals(AddToCorpusCodeFixProvider.PathOf(file), wanted, StringComparison.Ordinal))
            {
                return wanted;
            }
        }

        return files.Count == 0 ? null : AddToCorpusCodeFixProvider.PathOf(files[0]);
    }
}
