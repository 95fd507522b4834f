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
/// the command line never writes a corpus file. One <see cref="AdhocWorkspace"/> with one project
/// per check set; each call works on a snapshot of it that holds the caller's current text.
/// </summary>
internal sealed class FixEngine : IDisposable
{
    private static readonly CodeFixProvider Provider = new CitationCodeFixProvider();

    private static readonly ImmutableHashSet<string> FixableIds = ImmutableHashSet.CreateRange(Provider.FixableDiagnosticIds);

    private readonly AdhocWorkspace workspace = new();
    private readonly Dictionary<string, DocumentId> ids = new(System.StringComparer.Ordinal);
    private readonly object gate = new();

    public FixEngine(IReadOnlyList<SourceDocument> documents)
    {
        var project = workspace.AddProject("citationlint-fix", LanguageNames.CSharp);
        var solution = workspace.CurrentSolution;
        foreach (var d in documents)
        {
            var id = DocumentId.CreateNewId(project.Id, d.Path);
            ids[d.Path] = id;
            solution = solution.AddDocument(DocumentInfo.Create(id, System.IO.Path.GetFileName(d.Path), loader: TextLoader.From(TextAndVersion.Create(d.Text, VersionStamp.Default, d.Path)), filePath: d.Path));
        }

        workspace.TryApplyChanges(solution);
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>The new text of <paramref name="text"/> after Fix All over <paramref name="diagnostics"/>; null when nothing changes.</summary>
    public async Task<SourceText?> FixAllAsync(string path, SourceText text, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
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

        Document document;
        lock (gate)
        {
            if (!ids.TryGetValue(path, out var id))
            {
                return null;
            }

            // A snapshot with the caller's text: the workspace itself is never changed after it is made.
            document = workspace.CurrentSolution.WithDocumentText(id, text).GetDocument(id)!;
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
                // The workspace holds its own copy of the text: the changes are taken against that copy
                // and applied to the caller's text, so that later diffs see the edits, not a whole new file.
                // Roslyn's differencing service gives the edits (not one change of the whole file).
                var changes = new List<TextChange>(await changed.GetTextChangesAsync(document, cancellationToken).ConfigureAwait(false));
                return changes.Count == 0 ? null : text.WithChanges(changes);
            }
        }

        return null;
    }

    /// <summary>The edits <c>check --fix</c> would make for this one diagnostic; empty when it would make none.</summary>
    public async Task<IReadOnlyList<TextChange>> UnattendedChangesAsync(string path, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var fixedText = await FixAllAsync(path, text, new[] { diagnostic }, cancellationToken).ConfigureAwait(false);
        return fixedText is null ? Array.Empty<TextChange>() : fixedText.GetTextChanges(text).ToArray();
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
