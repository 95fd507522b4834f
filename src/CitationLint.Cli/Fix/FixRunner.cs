using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Cli.Check;
using CitationLint.Cli.Output;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Fix;

/// <summary>
/// <c>check --fix [--dry-run]</c> for one set: analyse, apply the unattended fixes, analyse the fixed
/// text again, until no fix changes anything (at most <see cref="MaxRounds"/> rounds: one fix can
/// make another citation complete). Then each changed file is written atomically, or, with
/// <c>--dry-run</c>, shown as a unified diff and not written. A file that cannot be written is
/// reported and left as it was. The analysis of the files as they are left (the first round's with
/// <c>--dry-run</c>, the last round's when it changed nothing and every file was written) comes back
/// with the outcome, so that the report after the fixes costs no analysis of its own.
/// </summary>
internal static class FixRunner
{
    public const int MaxRounds = 5;

    public static async Task<Outcome> RunAsync(LoadedSet set, bool dryRun, TextWriter output, TextWriter error, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer> analyzers = default, Action? fileDone = null)
    {
        var current = new List<SourceDocument>(set.Documents);
        using var engine = new FixEngine(set.Documents);
        var edits = 0;
        Analysis.Result? first = null, settled = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            var result = await Analysis.RunAsync(set, current, round == 0 ? fileDone : null, cancellationToken, analyzers).ConfigureAwait(false);
            if (result.AnalyzerExceptions.Count > 0)
            {
                return new Outcome(set.Documents, 0, 0, result.AnalyzerExceptions, null);
            }

            first ??= result;

            var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var d in result.Diagnostics)
            {
                if (d.Location.IsInSource)
                {
                    var path = d.Location.SourceTree!.FilePath;
                    if (!byPath.TryGetValue(path, out var list))
                    {
                        byPath[path] = list = new List<Diagnostic>();
                    }

                    list.Add(d);
                }
            }

            // Each file's Fix All is its own (a solution of its own): the files on all cores.
            var fixedTexts = new Microsoft.CodeAnalysis.Text.SourceText?[current.Count];
            await Parallel.ForEachAsync(System.Linq.Enumerable.Range(0, current.Count), new ParallelOptions { CancellationToken = cancellationToken }, async (i, token) =>
            {
                if (byPath.TryGetValue(current[i].Path, out var diagnostics))
                {
                    fixedTexts[i] = await engine.FixAllAsync(current[i].Path, current[i].Text, diagnostics, token).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);

            var changed = false;
            for (var i = 0; i < current.Count; i++)
            {
                var fixedText = fixedTexts[i];
                if (fixedText is not null)
                {
                    edits += fixedText.GetTextChanges(current[i].Text).Count;
                    current[i] = new SourceDocument(current[i].Path, fixedText);
                    changed = true;
                }
            }

            if (!changed)
            {
                settled = result;
                break;
            }
        }

        var files = 0;
        for (var i = 0; i < current.Count; i++)
        {
            var before = set.Documents[i];
            var after = current[i];
            if (ReferenceEquals(before.Text, after.Text))
            {
                continue;
            }

            if (dryRun)
            {
                UnifiedDiff.Write(Finding.Display(after.Path), before.Text, after.Text, output);
                files++;
                continue;
            }

            if (before.Text.Encoding is not UTF8Encoding and not UnicodeEncoding)
            {
                // Read as Latin-1 (not UTF-8): writing fixed text back could not keep its other bytes as they are.
                error.WriteLine($"warning: {after.Path}: not valid UTF-8, so its fixes are not written.");
                current[i] = before;
                settled = null;
                continue;
            }

            try
            {
                AtomicFile.Write(after.Path, after.Text.ToString(), before.Text.Encoding);
                files++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"warning: {after.Path}: cannot be written ({e.Message}); left as it was.");
                current[i] = before;
                settled = null;
            }
        }

        return new Outcome(current, files, edits, Array.Empty<string>(), dryRun ? first : settled);
    }

    /// <summary>
    /// The documents as they now are, files changed (or that would be), edits made, analyzer exceptions,
    /// and the analysis of the documents as they now are when one of the rounds made it (null otherwise).
    /// </summary>
    public sealed record Outcome(List<SourceDocument> Documents, int FilesChanged, int Edits, IReadOnlyList<string> AnalyzerExceptions, Analysis.Result? Analysis);
}
