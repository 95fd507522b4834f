using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using CitationLint.Analyzers.Configuration;
using CitationLint.Analyzers.Rendering;
using CitationLint.Analyzers.Resolution;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// Finds citation sites (attributes and comments), resolves them against the corpus and reports
/// CITE001–CITE008. One analyzer serves every rule because they share one scan of each comment:
/// splitting it per rule would read every comment eight times.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    private readonly bool prefilter;

    public CitationAnalyzer()
        : this(prefilter: true)
    {
    }

    /// <summary>With <paramref name="prefilter"/> false, every comment of every tree is walked and parsed: the reference path the tests compare the prefilter with.</summary>
    internal CitationAnalyzer(bool prefilter) => this.prefilter = prefilter;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.UnknownReference,
        Rules.MisspelledReference,
        Rules.NonCanonicalTitle,
        Rules.IncompleteCitation,
        Rules.AmbiguousReference,
        Rules.MismatchedIdentifier,
        Rules.UnreadableCorpus,
        Rules.NotInCorpus,
        Rules.InvalidOption,
        Rules.TitleCapitalisation);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var analysis = CompilationAnalysis.Create(context.Compilation, context.Options, context.CancellationToken, prefilter);
        context.RegisterAdditionalFileAction(analysis.ReportCorpusProblems);
        context.RegisterSyntaxTreeAction(analysis.AnalyzeComments);
        context.RegisterSyntaxNodeAction(analysis.AnalyzeAttribute, SyntaxKind.Attribute);
        context.RegisterCompilationEndAction(analysis.ReportOptionProblems);
    }

    /// <summary>What a compilation checks against, resolved once at its start.</summary>
    internal sealed class CompilationAnalysis
    {
        private static readonly ConditionalWeakTable<SourceText, StrongBox<string>> Hashes = new();

        private readonly PaperCorpus corpus;
        private readonly bool prefilter;
        private readonly Dictionary<string, IReadOnlyList<CorpusProblem>> problemsByPath;
        private readonly AnalyzerOptions options;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, CitationLintOptions> treeOptions = new();

        // Each bad key or value once per compilation, however many trees' sections hold it.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<OptionProblem, bool> optionProblems = new();

        private CompilationAnalysis(PaperCorpus corpus, Dictionary<string, IReadOnlyList<CorpusProblem>> problemsByPath, AnalyzerOptions options, List<OptionProblem> globalProblems, bool prefilter)
        {
            this.prefilter = prefilter;
            this.corpus = corpus;
            this.problemsByPath = problemsByPath;
            this.options = options;
            foreach (var p in globalProblems)
            {
                optionProblems.TryAdd(p, true);
            }
        }

        /// <summary>The corpus this compilation is checked against: the embedded corpora its options select, with its project corpora merged on.</summary>
        internal PaperCorpus Corpus => corpus;

        /// <summary>Whether a corpus file of this compilation has a problem or an override to report (CITE007).</summary>
        internal bool HasCorpusProblems => problemsByPath.Count > 0;

        public static CompilationAnalysis Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken, bool prefilter = true)
        {
            var globalProblems = new List<OptionProblem>();
            _ = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions, globalProblems);

            // The corpus is per compilation: 'corpora' is read from the options of the first source
            // file, where Roslyn has already put its .editorconfig section over the .globalconfig and
            // both over the MSBuild property; a compilation without trees takes the global options.
            AnalyzerConfigOptions? first = null;
            foreach (var tree in compilation.SyntaxTrees)
            {
                first = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
                break;
            }

            var (corpus, problems) = CorpusFor(options, first, cancellationToken);
            return new CompilationAnalysis(corpus, problems, options, globalProblems, prefilter);
        }

        /// <summary>
        /// The corpus a compilation is checked against, and its corpus files' problems by path: the
        /// embedded corpora that <c>citationlint.corpora</c> selects in <paramref name="firstTreeOptions"/>
        /// (the options of the compilation's first source file; the global options when it has none),
        /// with the project corpora among the AdditionalFiles merged on, in path order. Also what a host
        /// that prefilters files before parsing them needs (<see cref="FilePrefilter"/>).
        /// </summary>
        internal static (PaperCorpus Corpus, Dictionary<string, IReadOnlyList<CorpusProblem>> Problems) CorpusFor(AnalyzerOptions options, AnalyzerConfigOptions? firstTreeOptions, CancellationToken cancellationToken)
        {
            var corpora = CitationLintOptions.Read(firstTreeOptions ?? options.AnalyzerConfigOptionsProvider.GlobalOptions, null).Corpora;

            // Corpus files in path order (as BannedApiAnalyzers does), so the merge is deterministic.
            var additional = new List<AdditionalText>();
            foreach (var file in options.AdditionalFiles)
            {
                if (CorpusSources.IsCorpusFile(file.Path))
                {
                    additional.Add(file);
                }
            }

            additional.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var files = new List<(string, string, IReadOnlyList<SourcePaper>)>();
            var problems = new Dictionary<string, IReadOnlyList<CorpusProblem>>(StringComparer.Ordinal);
            foreach (var file in additional)
            {
                var source = file.GetText(cancellationToken);
                if (source is null)
                {
                    problems[file.Path] = new[] { new CorpusProblem(file.Path, 0, "the file could not be read") };
                    continue;
                }

                // PERF: an IDE hands the same SourceText to every new compilation while the file is unchanged.
                var hash = Hashes.GetValue(source, s => new StrongBox<string>(ProjectCorpus.ContentHash(s.ToString()))).Value!;
                var (papers, fileProblems) = ProjectCorpus.ReadFile(file.Path, hash, () => source.ToString());
                files.Add((file.Path, hash, papers));
                if (fileProblems.Count > 0)
                {
                    problems[file.Path] = fileProblems;
                }
            }

            var seed = corpora.Contains(CorpusNames.Seed);
            var wellKnown = corpora.Contains(CorpusNames.WellKnown);
            var (corpus, overrides) = ProjectCorpus.Merge((seed ? "s" : "-") + (wellKnown ? "w" : "-"), EmbeddedCorpora.Select(seed, wellKnown), files);
            foreach (var o in overrides)
            {
                var list = problems.TryGetValue(o.File, out var existing) ? new List<CorpusProblem>(existing) : new List<CorpusProblem>();
                list.Add(o);
                problems[o.File] = list;
            }

            return (corpus, problems);
        }

        public void ReportCorpusProblems(AdditionalFileAnalysisContext context)
        {
            if (!problemsByPath.TryGetValue(context.AdditionalFile.Path, out var problems))
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            foreach (var p in problems)
            {
                Location location;
                if (text is not null && p.Line > 0 && p.Line <= text.Lines.Count)
                {
                    var line = text.Lines[p.Line - 1];
                    location = Location.Create(context.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                }
                else
                {
                    location = Location.Create(context.AdditionalFile.Path, default, default);
                }

                var where = p.Line > 0 ? "line " + p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " : string.Empty;
                // An entry that overrides an earlier one is no error: CITE007 as Info (DESIGN 4).
                var severity = p.IsOverride ? DiagnosticSeverity.Info : Rules.UnreadableCorpus.DefaultSeverity;
                context.ReportDiagnostic(Diagnostic.Create(Rules.UnreadableCorpus, location, severity, additionalLocations: null, properties: null, System.IO.Path.GetFileName(p.File), where + p.Message));
            }
        }

        public void AnalyzeComments(SyntaxTreeAnalysisContext context)
        {
            var tree = context.Tree;
            var settings = OptionsFor(tree);
            var source = tree.GetText(context.CancellationToken);
            var scanner = new CommentScanner(settings, corpus.Index.TitleWordFilter, prefilter);

            // Read → resolve → render. PERF: a tree whose raw text holds no candidate run costs the
            // prefilter's scan of its text and nothing more: no trivia is visited, nothing is allocated.
            List<TextSpan>? candidates = null;
            if (prefilter && (candidates = SourcePrefilter.Candidates(source, scanner, context.CancellationToken)) is null)
            {
                return;
            }

            var root = tree.GetRoot(context.CancellationToken);
            var sites = new List<CitationSite>();
            var groups = new CommentGroups(source, scanner, sites, context.CancellationToken);
            if (candidates is null)
            {
                groups.AddAll(root);
            }
            else
            {
                groups.AddWithin(root, candidates);
            }

            if (sites.Count == 0)
            {
                return;
            }

            var resolver = new CitationResolver(corpus.Index, settings.UrlStyle);
            var renderer = new FixRenderer(settings.UrlStyle);
            var suppression = new InlineSuppression(source);
            HashSet<(string, TextSpan)>? reported = null;
            var completions = new CompletionsOncePerMember(root);
            List<(CitationSite Site, Verdict Verdict, Paper? Paper)>? results = null;
            foreach (var found in sites)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (found.ListItems is null)
                {
                    Resolve(found);
                    continue;
                }

                foreach (var site in resolver.Citations(found))
                {
                    Resolve(site);
                }
            }

            if (results is null)
            {
                return;
            }

            foreach (var (site, verdict, paper) in results)
            {
                // One place, one diagnostic: two sites that read the same text (a cue and the quoted
                // title after it) must not report the same verdict twice; a paper is completed once per member.
                if (!suppression.IsSuppressed(verdict.Span.Start) && (reported ??= new HashSet<(string, TextSpan)>()).Add((verdict.Rule.Id, verdict.Span)) && completions.Reports(verdict, site, paper))
                {
                    Report(context.ReportDiagnostic, tree, suppression, verdict, renderer.Properties(verdict, site, null));
                }
            }

            void Resolve(CitationSite site)
            {
                var verdict = resolver.Resolve(site, null, out var paper, out var complete);
                completions.Saw(site, paper, complete);
                if (verdict is not null)
                {
                    (results ??= new List<(CitationSite, Verdict, Paper?)>()).Add((site, verdict, paper));
                }
            }
        }

        public void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (attribute.ArgumentList is null || attribute.ArgumentList.Arguments.Count == 0)
            {
                return;
            }

            // PERF: the built-in names need no options; other names are read from them.
            var attributeName = SimpleName(attribute.Name);
            var settings = OptionsFor(attribute.SyntaxTree);
            if (!settings.IsAttributeName(attributeName))
            {
                return;
            }

            var (site, parts) = AttributeReader.Read(attribute, context.SemanticModel, context.CancellationToken);
            var verdict = new CitationResolver(corpus.Index, settings.UrlStyle).Resolve(site, parts);
            if (verdict is not null)
            {
                var tree = attribute.SyntaxTree;
                var properties = new FixRenderer(settings.UrlStyle).Properties(verdict, site, parts);
                Report(context.ReportDiagnostic, tree, new InlineSuppression(tree.GetText(context.CancellationToken)), verdict, properties);
            }
        }

        /// <summary>
        /// The options of a tree, parsed once per tree (STYLE 9). Roslyn's options for a tree already
        /// hold its .editorconfig sections over the .globalconfig, so they are read as they come.
        /// </summary>
        private CitationLintOptions OptionsFor(SyntaxTree tree)
        {
            // PERF: TryGetValue first; GetOrAdd with a lambda that captures 'this' allocates a delegate per call.
            if (treeOptions.TryGetValue(tree, out var known))
            {
                return known;
            }

            var problems = new List<OptionProblem>();
            var read = CitationLintOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree), problems);
            foreach (var p in problems)
            {
                optionProblems.TryAdd(p, true);
            }

            return treeOptions.GetOrAdd(tree, read);
        }

        /// <summary>
        /// CITE009, once per bad key or value, at the end of the compilation: an .editorconfig is no
        /// file of the compilation, so there is no place in source to put it.
        /// </summary>
        public void ReportOptionProblems(CompilationAnalysisContext context)
        {
            var list = new List<OptionProblem>(optionProblems.Keys);
            list.Sort((a, b) => string.CompareOrdinal(a.Key + "\0" + a.Value, b.Key + "\0" + b.Value));
            foreach (var p in list)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.InvalidOption, Location.None, p.Key, p.Value, p.Reason));
            }
        }

        private static void Report(Action<Diagnostic> report, SyntaxTree tree, InlineSuppression suppression, Verdict verdict, ImmutableDictionary<string, string?> properties)
        {
            if (suppression.IsSuppressed(verdict.Span.Start))
            {
                return;
            }

            var location = Location.Create(tree, verdict.Span);
            report(Diagnostic.Create(verdict.Rule, location, properties, verdict.Arguments));
        }

        internal static string SimpleName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => string.Empty,
        };

    }
}
