using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Check;

/// <summary>
/// Runs the analyzer the compiler runs (<see cref="CitationAnalyzer"/>) over a set's files through
/// <see cref="CompilationWithAnalyzers"/>: syntax trees only, parsed in parallel, corlib the one
/// reference, the package's <c>[Cites]</c> attribute added by its own generator as in a build.
/// Files that <see cref="Prefilter.MayCite"/> rules out are never parsed.
/// </summary>
internal static class Analysis
{
    private static readonly MetadataReference CoreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer());

    /// <param name="analyzers">The analyzers to run: the CitationLint analyzer unless a test passes others.</param>
    public static async Task<Result> RunAsync(LoadedSet set, IReadOnlyList<SourceDocument> documents, Action? fileDone, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer> analyzers = default)
    {
        var (compilation, parsed) = Compile(set, documents, fileDone, cancellationToken);
        var exceptions = new List<string>();
        var analyzerOptions = OptionsOf(set);
        var withAnalyzers = compilation.WithAnalyzers(analyzers.IsDefault ? Analyzers : analyzers, new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (e, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Diagnostic>(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            if (IsAnalyzerFailure(d))
            {
                lock (exceptions)
                {
                    exceptions.Add(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }

                continue;
            }

            list.Add(d);
        }

        list.Sort(Compare);
        return new Result(list, exceptions, parsed.Count, compilation, analyzerOptions);
    }

    /// <summary>
    /// The set's compilation as a build would make it, syntax only: the files that may cite, parsed in
    /// parallel on all cores, and the package generator's <c>[Cites]</c> attribute. Also returns the
    /// parsed source trees (without the generated ones).
    /// </summary>
    public static (Compilation Compilation, List<SyntaxTree> Trees) Compile(LoadedSet set, IReadOnlyList<SourceDocument> documents, Action? fileDone, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, set.Set.ParseDocumentation ? DocumentationMode.Diagnose : DocumentationMode.None);
        var trees = new SyntaxTree?[documents.Count];
        var prefilter = new Prefilter(set, cancellationToken);
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = documents[i];
            if (prefilter.MayCite(document, cancellationToken))
            {
                trees[i] = CSharpSyntaxTree.ParseText(document.Text, parseOptions, document.Path, cancellationToken);
            }

            fileDone?.Invoke();
        });

        var parsed = new List<SyntaxTree>(trees.Length);
        foreach (var tree in trees)
        {
            if (tree is not null)
            {
                parsed.Add(tree);
            }
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            // Severities from config files reach the compiler as in a build: through the tree options
            // provider (an .editorconfig section wins over a .globalconfig), never as command-line options.
            .WithSyntaxTreeOptionsProvider(set.Options.Severities)
            .WithConcurrentBuild(true);
        Compilation compilation = CSharpCompilation.Create("CitationLint.Check", parsed, new[] { CoreLibrary }, options);
        CSharpGeneratorDriver.Create(new[] { new CitesAttributeGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _, cancellationToken);
        return (compilation, parsed);
    }

    /// <summary>Roslyn's report of an analyzer that threw (AD0001) or failed otherwise (AD0xxx errors).</summary>
    public static bool IsAnalyzerFailure(Diagnostic d)
        => d.Id == "AD0001" || d.Id.StartsWith("AD", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error;

    public static AnalyzerOptions OptionsOf(LoadedSet set) => new(set.Corpora, set.Options);

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Location.GetLineSpan().Path, b.Location.GetLineSpan().Path);
        if (c == 0)
        {
            c = a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>The diagnostics of one run, in path and position order; analyzer exceptions apart.</summary>
    public sealed record Result(List<Diagnostic> Diagnostics, List<string> AnalyzerExceptions, int ParsedFiles, Compilation Compilation, AnalyzerOptions AnalyzerOptions);
}
