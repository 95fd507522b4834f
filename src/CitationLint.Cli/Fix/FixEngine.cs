using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Cli.Check;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Fix;

/// <summary>
/// Applies <see cref="CitationCodeFixProvider"/> as <c>dotnet format</c> does: per document, the
/// first action registered for the first fixable diagnostic gives the equivalence key, and the
/// provider's own Fix All provider decides which diagnostics it applies unattended (DESIGN 4a). The
/// trust decision is the provider's; nothing here re-decides it. The add-to-corpus fix is not used:
/// the command line never writes a corpus file. Each call works on a solution of its own that holds
/// one project with the one document, in the caller's current text.
/// </summary>
/// <remarks>
/// PERF: one document per project. The fixes read syntax only, but a code action's clean-up asks for
/// the document's semantic model, which builds its project's compilation: with every file of the set in
/// one project that was a declaration table of all of them per call (50 ms a call on the benchmark
/// tree, 33 s for its 587 findings), with one it is that file's.
/// </remarks>
internal sealed class FixEngine : IDisposable
{
    private static readonly CodeFixProvider Provider = new CitationCodeFixProvider();

    private static readonly ImmutableHashSet<string> FixableIds = ImmutableHashSet.CreateRange(Provider.FixableDiagnosticIds);

    private readonly AdhocWorkspace workspace = new();
    private readonly HashSet<string> paths = new(System.StringComparer.Ordinal);

    public FixEngine(IReadOnlyList<SourceDocument> documents)
    {
        foreach (var d in documents)
        {
            paths.Add(d.Path);
        }
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>
    /// A document of a solution of its own, forked from the empty workspace (which is never changed):
    /// one project holding this one file in <paramref name="text"/>. Null for a path not in the set.
    /// </summary>
    private Document? DocumentOf(string path, SourceText text)
    {
        if (!paths.Contains(path))
        {
            return null;
        }

        var projectId = ProjectId.CreateNewId(path);
        var documentId = DocumentId.CreateNewId(projectId, path);
        return workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "citationlint-fix", "citationlint-fix", LanguageNames.CSharp))
            .AddDocument(documentId, System.IO.Path.GetFileName(path), text, filePath: path)
            .GetDocument(documentId);
    }

    /// <summary>The new text of <paramref name="text"/> after Fix All over <paramref name="diagnostics"/>; null when nothing changes.</summary>
    public async Task<SourceText?> FixAllAsync(string path, SourceText text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => DocumentOf(path, text) is { } document && await ChangesAsync(document, text, diagnostics, cancellationToken).ConfigureAwait(false) is { } changes
            ? text.WithChanges(changes)
            : null;

    /// <summary>
    /// The edits <c>check --fix</c> would make for each of one file's <paramref name="diagnostics"/> alone
    /// (empty where it would make none), in their order: the fixes a report shows. One parse for them all.
    /// </summary>
    public async Task<IReadOnlyList<TextChange>[]> UnattendedChangesAsync(string path, SourceText text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var changes = new IReadOnlyList<TextChange>[diagnostics.Count];
        var document = DocumentOf(path, text);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            changes[i] = (document is null ? null : await ChangesAsync(document, text, new[] { diagnostics[i] }, cancellationToken).ConfigureAwait(false)) ?? (IReadOnlyList<TextChange>)Array.Empty<TextChange>();
        }

        return changes;
    }

    /// <summary>The edits of Fix All over <paramref name="diagnostics"/> in <paramref name="text"/> (none empty); null when nothing changes.</summary>
    private static async Task<List<TextChange>?> ChangesAsync(Document document, SourceText text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var fixable = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in diagnostics)
        {
            if (FixableIds.Contains(d.Id) && d.Location.IsInSource)
            {
                fixable.Add(d);
            }
        }

        if (fixable.Count == 0)
        {
            return null;
        }

        var actions = new List<CodeAction>();
        var first = fixable[0];
        await Provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
        if (actions.Count == 0 || Provider.GetFixAllProvider() is not { } fixAll)
        {
            return null;
        }

        var all = fixable.ToImmutable();
        var context = new FixAllContext(document, Provider, FixAllScope.Document, actions[0].EquivalenceKey, Provider.FixableDiagnosticIds, new Diagnostics(all), cancellationToken);
        var fix = await fixAll.GetFixAsync(context).ConfigureAwait(false);
        if (fix is null)
        {
            return null;
        }

        foreach (var operation in await fix.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetDocument(document.Id) is { } changed)
            {
                // The edits of the caller's text (applied to it, later diffs see the edits, not a whole new
                // file) come from the two texts alone (LineDiff), the same on every run.
                var changes = LineDiff.Changes(text, await changed.GetTextAsync(cancellationToken).ConfigureAwait(false));
                return changes.Count == 0 ? null : changes;
            }
        }

        return null;
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Diagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
