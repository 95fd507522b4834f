using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Cli.Fix;
using CitationLint.Cli.Output;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Check;

/// <summary>
/// <c>citationlint check &lt;paths…&gt; [--format text|json|sarif] [--output file] [--fail-level
/// error|warning|note] [--exclude glob]… [--corpus file]… [--fix [--dry-run]]</c>. Exit 0 when no
/// finding is at or above the fail level, 1 when one is, 2 on a usage or input error or an analyzer
/// exception.
/// </summary>
internal static class CheckCommand
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int InputError = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "C# files, folders (recursive), .csproj or .sln files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (as the compiler prints), json or sarif (2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var outFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the findings to this file instead of standard output." };
        var failLevel = new Option<string>("--fail-level") { Description = "The lowest severity that makes the exit code 1: error, warning, or note (also info).", DefaultValueFactory = _ => "warning" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note", "info");
        var exclude = new Option<string[]>("--exclude") { Description = "A glob of files or folders to leave out (repeatable), e.g. '**/Generated/**'.", AllowMultipleArgumentsPerToken = false };
        var corpus = new Option<string[]>("--corpus", "-c") { Description = "Project corpus files (.papers.tsv, .papers.txt, .bib), as AdditionalFiles (repeatable).", AllowMultipleArgumentsPerToken = true };
        var fix = new Option<bool>("--fix") { Description = "Apply the fixes that Fix All and dotnet format apply unattended, and write the files." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print a unified diff of the fixes and write nothing." };
        var command = new Command("check", "Check the citations in C# files with the analyzer the build runs.") { paths, format, outFile, failLevel, exclude, corpus, fix, dryRun };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new Request(
                parse.GetValue(paths)!,
                parse.GetValue(format)!,
                parse.GetValue(outFile)?.FullName,
                parse.GetValue(failLevel)!,
                parse.GetValue(exclude) ?? Array.Empty<string>(),
                parse.GetValue(corpus) ?? Array.Empty<string>(),
                parse.GetValue(fix),
                parse.GetValue(dryRun)),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <param name="analyzers">The analyzers to run: the CitationLint analyzer unless a test passes others.</param>
    internal static async Task<int> ExecuteAsync(Request request, TextWriter output, TextWriter error, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer> analyzers = default)
    {
        if (request.DryRun && !request.Fix)
        {
            error.WriteLine("error: --dry-run goes with --fix.");
            return InputError;
        }

        var clock = Stopwatch.StartNew();
        Analysis.WarmUp();
        var inputs = Inputs.Collect(request.Paths, request.Excludes, request.Corpora);
        if (inputs.Errors.Count > 0)
        {
            foreach (var e in inputs.Errors)
            {
                error.WriteLine("error: " + e);
            }

            return InputError;
        }

        var notes = new List<string>();
        var errors = new List<string>();
        var sets = new List<LoadedSet>();
        var fileCount = 0;
        foreach (var set in inputs.Sets)
        {
            sets.Add(LoadedSet.Load(set, notes, errors));
            fileCount += set.Sources.Count;
        }

        foreach (var note in notes)
        {
            error.WriteLine("warning: " + note);
        }

        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                error.WriteLine("error: " + e);
            }

            return InputError;
        }

        var findings = new List<Finding>();
        var exceptions = new List<string>();
        var parsed = 0;
        var wantFixes = request.Format != "text";
        using (var progress = TerminalProgress.Start(output, fileCount))
        {
            foreach (var set in sets)
            {
                var documents = set.Documents;
                Analysis.Result? result = null;
                if (request.Fix)
                {
                    var outcome = await FixRunner.RunAsync(set, request.DryRun, output, error, cancellationToken, analyzers, progress.FileDone).ConfigureAwait(false);
                    exceptions.AddRange(outcome.AnalyzerExceptions);
                    error.WriteLine(request.DryRun
                        ? $"would fix {outcome.Edits} places in {outcome.FilesChanged} files (dry run: nothing written)"
                        : $"fixed {outcome.Edits} places in {outcome.FilesChanged} files");
                    if (!request.DryRun)
                    {
                        documents = outcome.Documents;
                    }

                    result = outcome.Analysis;
                }

                result ??= await Analysis.RunAsync(set, documents, request.Fix ? null : progress.FileDone, cancellationToken, analyzers).ConfigureAwait(false);
                parsed += result.ParsedFiles;
                exceptions.AddRange(result.AnalyzerExceptions);
                using var engine = wantFixes ? new FixEngine(documents) : null;
                var fixes = engine is null ? null : await FixEditsAsync(engine, result.Diagnostics, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < result.Diagnostics.Count; i++)
                {
                    findings.Add(Finding.From(result.Diagnostics[i], fixes is null ? Array.Empty<FixEdit>() : fixes[i]));
                }
            }
        }

        foreach (var e in exceptions)
        {
            error.WriteLine("error: the analyzer failed: " + e);
        }

        if (request.DryRun && request.Output is null)
        {
            // The diff is the dry run's standard output; the findings go to the summary, or to --output.
        }
        else if (!WriteFindings(request, findings, output, error))
        {
            return InputError;
        }

        error.WriteLine($"checked {fileCount} files ({parsed} parsed) in {clock.ElapsedMilliseconds} ms: {Count(findings, DiagnosticSeverity.Error)} errors, {Count(findings, DiagnosticSeverity.Warning)} warnings, {Count(findings, DiagnosticSeverity.Info)} infos");
        if (exceptions.Count > 0)
        {
            return InputError;
        }

        var threshold = request.FailLevel switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        foreach (var f in findings)
        {
            if (f.Severity >= threshold)
            {
                return Findings;
            }
        }

        return Clean;
    }

    private static bool WriteFindings(Request request, List<Finding> findings, TextWriter output, TextWriter error)
    {
        var writer = output;
        StringWriter? buffer = null;
        if (request.Output is not null)
        {
            writer = buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (request.Format)
        {
            case "json":
                JsonFormat.Write(findings, writer);
                break;
            case "sarif":
                SarifFormat.Write(findings, writer);
                break;
            default:
                TextFormat.Write(findings, writer);
                break;
        }

        if (buffer is not null)
        {
            try
            {
                var folder = Path.GetDirectoryName(request.Output!);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                AtomicFile.Write(request.Output!, buffer.ToString(), new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write '{request.Output}': {e.Message}");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The fix of each diagnostic (in path order) as <c>check --fix</c> would make it alone, empty where it
    /// would make none: each file's diagnostics in one go, the files on all cores.
    /// </summary>
    private static async Task<IReadOnlyList<FixEdit>[]> FixEditsAsync(FixEngine engine, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var edits = new IReadOnlyList<FixEdit>[diagnostics.Count];
        var files = new List<(int Start, int End)>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            edits[i] = Array.Empty<FixEdit>();
            if (!diagnostics[i].Location.IsInSource)
            {
                continue;
            }

            if (files.Count > 0 && files[^1].End == i && diagnostics[i - 1].Location.SourceTree == diagnostics[i].Location.SourceTree)
            {
                files[^1] = (files[^1].Start, i + 1);
            }
            else
            {
                files.Add((i, i + 1));
            }
        }

        await Parallel.ForEachAsync(files, new ParallelOptions { CancellationToken = cancellationToken }, async (file, token) =>
        {
            var tree = diagnostics[file.Start].Location.SourceTree!;
            var text = tree.GetText(token);
            var changes = await engine.UnattendedChangesAsync(tree.FilePath, text, diagnostics.GetRange(file.Start, file.End - file.Start), token).ConfigureAwait(false);
            for (var i = 0; i < changes.Length; i++)
            {
                if (changes[i].Count == 0)
                {
                    continue;
                }

                var diagnostic = diagnostics[file.Start + i];
                var label = diagnostic.Properties.TryGetValue(CitationLint.Analyzers.Rendering.FixProperties.LabelKeyPrefix + "0", out var l) && l is not null ? l : "Fix citation";
                var list = new List<FixEdit>(changes[i].Count);
                foreach (var c in changes[i])
                {
                    var span = text.Lines.GetLinePositionSpan(c.Span);
                    list.Add(new FixEdit(tree.FilePath, span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1, c.Span.Start, c.Span.Length, c.NewText ?? string.Empty, label));
                }

                edits[file.Start + i] = list;
            }
        }).ConfigureAwait(false);

        return edits;
    }

    private static int Count(List<Finding> findings, DiagnosticSeverity severity)
    {
        var n = 0;
        foreach (var f in findings)
        {
            n += f.Severity == severity ? 1 : 0;
        }

        return n;
    }

    /// <summary>What the command line asked for.</summary>
    internal sealed record Request(string[] Paths, string Format, string? Output, string FailLevel, string[] Excludes, string[] Corpora, bool Fix, bool DryRun);
}
