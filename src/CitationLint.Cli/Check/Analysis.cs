using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>
    /// Binds the core library's metadata in the background, while the files are found and read: each
    /// analysis's driver asks its compilation for a type of it first (the suppression and generated-code
    /// attributes), and Roslyn keeps a reference's assembly symbols for every compilation that uses it.
    /// </summary>
    /// <remarks>PERF: on the generated tree about 0.2 s on one core, otherwise the first thing every analysis waits for.</remarks>
    public static void WarmUp()
        => Task.Run(() =>
        {
            try
            {
                CSharpCompilation.Create("CitationLint.WarmUp", null, new[] { CoreLibrary }).GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.SuppressMessageAttribute");
            }
            catch (Exception e) when (e is System.IO.IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                // The analysis reads the same library and reports what is wrong with it.
            }
        });

    /// <param name="analyzers">The analyzers to run: the CitationLint analyzer unless a test passes others.</param>
    /// <param name="skeletons">Whether files are parsed as their <see cref="Skeleton"/> (always, but for the tests that compare it with the whole text).</param>
    /// <param name="readComments">Whether a file that may cite only in comments is first read without a tree (<see cref="Prefilter.IsQuiet"/>) and not parsed when it has nothing to report (always, but for the tests that compare).</param>
    public static async Task<Result> RunAsync(LoadedSet set, IReadOnlyList<SourceDocument> documents, Action? fileDone, CancellationToken cancellationToken, ImmutableArray<DiagnosticAnalyzer> analyzers = default, bool skeletons = true, bool readComments = true)
    {
        // A build reports an option problem of any file (CITE009): then every file is parsed and the whole compilation analysed.
        var whole = HasOptionProblems(set.Options, documents);
        var (compilation, parsed, withAttributes) = CompileClassified(set, documents, fileDone, whole, skeletons, readComments, cancellationToken);
        var exceptions = new List<string>();
        var analyzerOptions = OptionsOf(set);
        CompilationWithAnalyzers WithAnalyzers(bool concurrent) => compilation.WithAnalyzers(analyzers.IsDefault ? Analyzers : analyzers, new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (e, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }
            },
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = await DiagnosticsAsync(WithAnalyzers, compilation, whole, parsed, withAttributes, analyzerOptions, cancellationToken).ConfigureAwait(false);
        var list = new List<Diagnostic>(diagnostics.Count);
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
    /// The analyzer's diagnostics, asked for in the parts that can have any, as the IDE asks for them:
    /// the syntax of every parsed tree (comments); the semantics of the trees whose text may apply a
    /// citation attribute (the attribute action needs the semantic model, and binding every declaration
    /// of a large tree costs many times its parse). When an option or a corpus file has a problem the
    /// analyzer reports (CITE009 at the compilation's end, CITE007 on the file), as its own readers say,
    /// every file is parsed and the whole compilation analysed instead, as a build does.
    /// </summary>
    /// <remarks>
    /// One <see cref="CompilationWithAnalyzers"/> per core, each asked for one tree at a time, the trees
    /// handed out in turn. Roslyn 4.5's (the analyzer's own) keeps per-tree analysis state that
    /// concurrent requests race on: asked for many trees at once, it now and then skipped a tree's syntax
    /// actions, so one analysis in fifteen lost a file's comment diagnostics
    /// (<c>AnalysisTests.Analyses_of_one_set_report_the_same_diagnostics</c>).
    /// </remarks>
    private static async Task<List<Diagnostic>> DiagnosticsAsync(Func<bool, CompilationWithAnalyzers> withAnalyzers, Compilation compilation, bool whole, List<SyntaxTree> parsed, HashSet<SyntaxTree> withAttributes, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        if (whole || CitationAnalyzer.CompilationAnalysis.Create(compilation, analyzerOptions, cancellationToken).HasCorpusProblems)
        {
            // CITE009 is reported at the compilation's end, which waits for every other action, and CITE007
            // by an additional-file action: then the whole analysis, one request, as a build runs it.
            found.AddRange(await withAnalyzers(true).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false));
            return found;
        }

        var next = -1;
        var workers = new Task[Math.Max(1, Math.Min(Environment.ProcessorCount, parsed.Count))];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(
                async () =>
                {
                    var own = withAnalyzers(false);
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < parsed.Count)
                    {
                        var diagnostics = await TreeDiagnosticsAsync(own, compilation, parsed[i], withAttributes.Contains(parsed[i]), analyzerOptions, cancellationToken).ConfigureAwait(false);
                        lock (found)
                        {
                            found.AddRange(diagnostics);
                        }
                    }
                },
                cancellationToken);
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        return found;
    }

    /// <summary>A tree's syntax diagnostics and, when it may apply a citation attribute, those of its attribute lists that may cite; each once.</summary>
    private static async Task<List<Diagnostic>> TreeDiagnosticsAsync(CompilationWithAnalyzers withAnalyzers, Compilation compilation, SyntaxTree tree, bool mayApplyAttributes, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
        if (!mayApplyAttributes)
        {
            return found;
        }

        // PERF: the semantics of the attribute lists that may cite, not of the whole tree: binding every
        // declaration of a large file costs many times its parse. Each list once; a diagnostic once.
        var settings = global::CitationLint.Analyzers.Configuration.CitationLintOptions.Read(analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree), null);
        var model = compilation.GetSemanticModel(tree);
        var seen = new HashSet<(string, Location)>();
        foreach (var list in (await tree.GetRootAsync(cancellationToken).ConfigureAwait(false)).DescendantNodes(n => n is not Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeListSyntax>())
        {
            if (!list.Attributes.Any(a => settings.IsAttributeName(CitationAnalyzer.CompilationAnalysis.SimpleName(a.Name))))
            {
                continue;
            }

            foreach (var d in await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, list.Span, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add((d.Id, d.Location)))
                {
                    found.Add(d);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a build would report CITE009: a problem in the global options or in any file's, parsed or
    /// not (a build analyses every file), each file's read in turn until one has a problem.
    /// </summary>
    private static bool HasOptionProblems(ConfigOptions options, IReadOnlyList<SourceDocument> documents)
    {
        var problems = new List<global::CitationLint.Analyzers.Configuration.OptionProblem>();
        global::CitationLint.Analyzers.Configuration.CitationLintOptions.Read(options.GlobalOptions, problems);
        foreach (var document in documents)
        {
            if (problems.Count > 0)
            {
                break;
            }

            global::CitationLint.Analyzers.Configuration.CitationLintOptions.Read(options.GetOptions(document.Path), problems);
        }

        return problems.Count > 0;
    }

    /// <summary>
    /// The set's compilation as a build would make it, syntax only: the files that may cite, parsed in
    /// parallel on all cores, and the package generator's <c>[Cites]</c> attribute. Also returns the
    /// parsed source trees (without the generated ones).
    /// </summary>
    public static (Compilation Compilation, List<SyntaxTree> Trees) Compile(LoadedSet set, IReadOnlyList<SourceDocument> documents, Action? fileDone, CancellationToken cancellationToken)
    {
        var (compilation, trees, _) = CompileClassified(set, documents, fileDone, parseAll: false, skeletons: true, readComments: false, cancellationToken);
        return (compilation, trees);
    }

    /// <summary>As <see cref="Compile(LoadedSet, IReadOnlyList{SourceDocument}, Action?, CancellationToken)"/>, and the trees whose text may apply a citation attribute.</summary>
    private static (Compilation Compilation, List<SyntaxTree> Trees, HashSet<SyntaxTree> WithAttributes) CompileClassified(LoadedSet set, IReadOnlyList<SourceDocument> documents, Action? fileDone, bool parseAll, bool skeletons, bool readComments, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, set.Set.ParseDocumentation ? DocumentationMode.Diagnose : DocumentationMode.None);
        if (HasGlobalAttributeAlias(documents))
        {
            // A global alias of a suppression or generated-code attribute may be applied in any file, by
            // any name: every file is parsed, whole, and the driver binds what each applies.
            parseAll = true;
            skeletons = false;
        }

        var trees = new SyntaxTree?[documents.Count];
        var kinds = new FileCandidates[documents.Count];
        var prefilter = new Prefilter(set, documents.Count > 0 ? documents[0] : null, cancellationToken);
        void Parse(int i, List<SkeletonToken>? scanned)
        {
            var document = documents[i];
            var text = skeletons ? Skeleton.Of(document.Text, parseOptions, KeepsBodies(set.Options.GetOptions(document.Path)), cancellationToken, scanned: scanned) : document.Text;
            trees[i] = CSharpSyntaxTree.ParseText(text, parseOptions, document.Path, cancellationToken);
        }

        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = documents[i];
            kinds[i] = prefilter.Classify(document, cancellationToken, out var runs);

            // The first file is always parsed: as in a build, its options choose the compilation's corpus.
            // PERF: a file that may cite only in comments, whose comments give nothing to report, is not.
            List<SkeletonToken>? scanned = null;
            if ((kinds[i] != FileCandidates.None || i == 0 || parseAll)
                && !(readComments && !parseAll && i != 0 && kinds[i] == FileCandidates.Comments && parseOptions.DocumentationMode == DocumentationMode.None && prefilter.IsQuiet(document, runs, out scanned, cancellationToken)))
            {
                Parse(i, scanned);
            }

            fileDone?.Invoke();
        });

        ParseWhatAttributesBindTo(set, documents, kinds, trees, i => Parse(i, null), cancellationToken);

        var parsed = new List<SyntaxTree>(trees.Length);
        var withAttributes = new HashSet<SyntaxTree>();
        for (var i = 0; i < trees.Length; i++)
        {
            if (trees[i] is { } tree)
            {
                parsed.Add(tree);
                if ((kinds[i] & FileCandidates.Attributes) != 0)
                {
                    withAttributes.Add(tree);
                }
            }
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            // Severities from config files reach the compiler as in a build: through the tree options
            // provider (an .editorconfig section wins over a .globalconfig), never as command-line options.
            .WithSyntaxTreeOptionsProvider(set.Options.Severities)
            .WithConcurrentBuild(true);
        Compilation compilation = CSharpCompilation.Create("CitationLint.Check", parsed, new[] { CoreLibrary }, options);
        compilation = WithCitesAttribute(compilation, parsed, parseOptions, cancellationToken);
        return (compilation, parsed, withAttributes);
    }

    /// <summary>When a file may apply a citation attribute, the files that may declare what it binds to are parsed too (<see cref="AttributeDependencies"/>).</summary>
    private static void ParseWhatAttributesBindTo(LoadedSet set, IReadOnlyList<SourceDocument> documents, FileCandidates[] kinds, SyntaxTree?[] trees, Action<int> parse, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lookedUp = new HashSet<string>(StringComparer.Ordinal);
        var constants = false;
        for (var i = 0; i < kinds.Length; i++)
        {
            if ((kinds[i] & FileCandidates.Attributes) != 0 && trees[i] is { } tree)
            {
                var settings = global::CitationLint.Analyzers.Configuration.CitationLintOptions.Read(set.Options.GetOptions(tree.FilePath), null);
                names.Add("Cites");
                foreach (var name in settings.AttributeNames)
                {
                    names.Add(FilePrefilter.Stem(name));
                }

                AttributeDependencies.AddLookedUpNames(tree, settings.IsAttributeName, lookedUp, cancellationToken);
                constants = constants || AttributeDependencies.NeedsConstants(tree, settings.IsAttributeName, cancellationToken);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        lookedUp.UnionWith(names);

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        if (!constants)
        {
            var lookedUpWords = new WholeWords(lookedUp);
            Parallel.For(0, trees.Length, options, i =>
            {
                if (trees[i] is null && AttributeDependencies.MayDeclare(documents[i].Text.ToString(), lookedUpWords))
                {
                    parse(i);
                }
            });
        }

        var attributeWords = new WholeWords(names);
        if (constants || Array.Exists(trees, t => t is not null && AttributeDependencies.DerivesAnAttributeFromAnother(t, attributeWords, cancellationToken)))
        {
            Parallel.For(0, trees.Length, options, i =>
            {
                if (trees[i] is null)
                {
                    parse(i);
                }
            });
        }
    }

    /// <summary>
    /// The compilation with the package generator's output, as in a build. The generator adds the
    /// attribute's source, and the embedded-attribute source unless the compilation declares
    /// <c>Microsoft.CodeAnalysis.EmbeddedAttribute</c> itself. When no parsed file names that attribute,
    /// no declaration can, and its output is added as the generator adds it, without the generator
    /// driver's run (which binds the compilation's declarations to answer its question): the same
    /// sources, hint names and paths (a test compares them). Otherwise the generator runs.
    /// </summary>
    internal static Compilation WithCitesAttribute(Compilation compilation, List<SyntaxTree> parsed, CSharpParseOptions parseOptions, CancellationToken cancellationToken)
    {
        foreach (var tree in parsed)
        {
            if (tree.GetText(cancellationToken).ToString().IndexOf("EmbeddedAttribute", StringComparison.Ordinal) >= 0)
            {
                CSharpGeneratorDriver.Create(new[] { new CitesAttributeGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
                    .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _, cancellationToken);
                return generated;
            }
        }

        var prefix = System.IO.Path.Combine(typeof(CitesAttributeGenerator).Assembly.GetName().Name!, typeof(CitesAttributeGenerator).FullName!);
        return compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(SourceText.From(CitesAttributeSource.Text, System.Text.Encoding.UTF8), parseOptions, System.IO.Path.Combine(prefix, CitesAttributeSource.HintName), cancellationToken),
            CSharpSyntaxTree.ParseText(SourceText.From(CitesAttributeSource.EmbeddedText, System.Text.Encoding.UTF8), parseOptions, System.IO.Path.Combine(prefix, CitesAttributeSource.EmbeddedHintName), cancellationToken));
    }

    /// <summary>Whether a file may declare a global alias of a suppression or generated-code attribute (<c>global using SM = …SuppressMessageAttribute;</c>).</summary>
    private static bool HasGlobalAttributeAlias(IReadOnlyList<SourceDocument> documents)
    {
        foreach (var document in documents)
        {
            var text = document.Text.ToString();
            if (HasGlobalUsing(text)
                && (text.IndexOf("SuppressMessage", StringComparison.Ordinal) >= 0 || text.IndexOf("GeneratedCode", StringComparison.Ordinal) >= 0 || MaySpellNamesOtherwise(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Unicode escape or a formatting character anywhere: a name may be spelt so (<c>\u0053uppressMessage</c>).</summary>
    internal static bool MaySpellNamesOtherwise(string text)
    {
        if (text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        // PERF: a vectorised search for the next character past ASCII; most files have none.
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0; i = rest.IndexOfAnyExceptInRange('\0', '\u007F'))
        {
            if (char.GetUnicodeCategory(rest[i]) == System.Globalization.UnicodeCategory.Format)
            {
                return true;
            }

            rest = rest.Slice(i + 1);
        }

        return false;
    }

    /// <summary>
    /// Whether the text may hold a global using: the word <c>global</c>, then white space, comments or
    /// directive lines, as the lexer skips them, then the word <c>using</c>.
    /// </summary>
    internal static bool HasGlobalUsing(string text)
    {
        for (var i = text.IndexOf("global", StringComparison.Ordinal); i >= 0; i = text.IndexOf("global", i + 6, StringComparison.Ordinal))
        {
            if (i > 0 && IsWordCharacter(text[i - 1]))
            {
                continue;
            }

            var k = SkipTrivia(text, i + 6);
            if (k > i + 6 && string.CompareOrdinal(text, k, "using", 0, 5) == 0 && (k + 5 == text.Length || !IsWordCharacter(text[k + 5])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past white space, comments and directive lines from <paramref name="k"/>.</summary>
    private static int SkipTrivia(string text, int k)
    {
        while (k < text.Length)
        {
            if (char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            else if (text[k] == '/' && k + 1 < text.Length && text[k + 1] == '/' || text[k] == '#')
            {
                k = CodeScanner.LineEnd(text, k);
            }
            else if (text[k] == '/' && k + 1 < text.Length && text[k + 1] == '*')
            {
                var close = text.IndexOf("*/", k + 2, StringComparison.Ordinal);
                k = close < 0 ? text.Length : close + 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The identifiers that keep a body or attribute list whole in the skeleton of a file with these options.</summary>
    private static KeepNames KeepsBodies(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions fileOptions)
        => new(global::CitationLint.Analyzers.Configuration.CitationLintOptions.Read(fileOptions, null).AttributeNames);

    /// <summary>Roslyn's report of an analyzer that threw (AD0001) or failed otherwise (AD0xxx errors).</summary>
    public static bool IsAnalyzerFailure(Diagnostic d)
        => d.Id == "AD0001" || d.Id.StartsWith("AD", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error;

    public static AnalyzerOptions OptionsOf(LoadedSet set) => new(set.Corpora, set.Options);

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        // PERF: a tree's path (what its locations' line spans give), not a line span made at each comparison.
        var c = string.CompareOrdinal(PathOf(a.Location), PathOf(b.Location));
        if (c == 0)
        {
            c = a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private static string? PathOf(Location location) => location.SourceTree?.FilePath ?? location.GetLineSpan().Path;

    /// <summary>The diagnostics of one run, in path and position order; analyzer exceptions apart.</summary>
    public sealed record Result(List<Diagnostic> Diagnostics, List<string> AnalyzerExceptions, int ParsedFiles, Compilation Compilation, AnalyzerOptions AnalyzerOptions);
}
