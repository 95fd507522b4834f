using System.Collections.Immutable;
using System.Text;
using CitationLint.Analyzers.Generation;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// The per-rule test: Microsoft.CodeAnalysis.Testing's code fix test with the real analyzer, the real
/// code fix provider and the real <see cref="CitesAttributeGenerator"/>, on .NET 10 reference
/// assemblies (<see cref="TestReferenceAssemblies"/>). Set <c>TestCode</c> (markup: <c>[|…|]</c>,
/// <c>{|CITE002:…|}</c>, <c>{|#0:…|}</c> for a <see cref="Diagnostic(string)"/> with arguments), and
/// for a fix <c>FixedCode</c> (one by one, action <c>CodeActionIndex</c>) and, where Fix All gives
/// something else, <c>BatchFixedCode</c>. Every run checks the diagnostics, each fix, Fix All in
/// document, project and solution, and that every fixed state compiles.
/// </summary>
public sealed class CSharpCitationVerifier : CSharpCodeFixTest<CitationAnalyzer, CitationCodeFixProvider, XunitVerifier>
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = new CitationAnalyzer().SupportedDiagnostics;

    private string[]? only;

    public CSharpCitationVerifier()
    {
        ReferenceAssemblies = TestReferenceAssemblies.Net100;

        // What the generator must add to every compilation; the library checks it like any other
        // output, so a change to the generator shows here.
        TestState.GeneratedSources.Add((GeneratedPath(CitesAttributeSource.HintName), SourceText.From(CitesAttributeSource.Text, Encoding.UTF8)));
        TestState.GeneratedSources.Add((GeneratedPath(CitesAttributeSource.EmbeddedHintName), SourceText.From(CitesAttributeSource.EmbeddedText, Encoding.UTF8)));
    }

    /// <summary>A CITE diagnostic as the analyzer describes it, for <c>WithLocation</c>, <c>WithArguments</c>, <c>WithMessage</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(Descriptors.Single(d => d.Id == id));

    /// <summary>
    /// Checks only these rules: every other CITE rule is switched off in the compilation (as
    /// <c>dotnet_diagnostic.X.severity = none</c> would). With one id, <c>[|…|]</c> expects that id.
    /// </summary>
    public CSharpCitationVerifier Only(params string[] ids)
    {
        only = ids;
        DisabledDiagnostics.AddRange(Descriptors.Select(d => d.Id).Where(id => !ids.Contains(id)));
        return this;
    }

    /// <summary>Adds <c>/.editorconfig</c> (root) whose <c>[*.cs]</c> section holds <paramref name="lines"/>.</summary>
    public CSharpCitationVerifier WithEditorConfig(params string[] lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n"));
        return this;
    }

    /// <summary>Adds <c>/.globalconfig</c> (<c>is_global = true</c>) holding <paramref name="lines"/>.</summary>
    public CSharpCitationVerifier WithGlobalConfig(params string[] lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n"));
        return this;
    }

    /// <summary>Adds an AdditionalFiles item (a corpus); markup in it expects diagnostics located in it.</summary>
    public CSharpCitationVerifier WithFile(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    /// <summary>How the parser treats '///' comments; projects without GenerateDocumentationFile use None.</summary>
    public CSharpCitationVerifier WithDocumentationMode(DocumentationMode mode)
    {
        TestState.DocumentationMode = mode;
        return this;
    }

    public CSharpCitationVerifier Expect(params DiagnosticResult[] diagnostics)
    {
        TestState.ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>
    /// Runs the test (diagnostics only, unless a fixed state is set), then returns the code actions the
    /// provider offers, in the real workspace, for the first diagnostic marked in <c>TestCode</c>.
    /// </summary>
    public async Task<ImmutableArray<CodeAction>> ActionsAsync()
    {
        await RunAsync();

        var analyzers = GetDiagnosticAnalyzers().ToArray();
        var fixable = GetCodeFixProviders().SelectMany(p => p.FixableDiagnosticIds).ToImmutableArray();
        var state = TestState.WithInheritedValuesApplied(null, fixable)
            .WithProcessedMarkup(MarkupOptions, GetDefaultDiagnostic(analyzers), Descriptors, fixable, DefaultFilePath);
        var marked = state.ExpectedDiagnostics.First(d => d.HasLocation);
        var project = await CreateProjectAsync(new EvaluatedProjectState(state, ReferenceAssemblies), ImmutableArray<EvaluatedProjectState>.Empty, CancellationToken.None);
        var diagnostics = await GetSortedDiagnosticsAsync(project.Solution, analyzers.ToImmutableArray(), ImmutableArray<(Project, Diagnostic)>.Empty, CompilerDiagnostics, Verify, CancellationToken.None);
        var target = diagnostics.Select(d => d.diagnostic).First(d => d.Id == marked.Id && d.Location.GetLineSpan().Span == marked.Spans[0].Span.Span);
        var document = project.Solution.GetDocument(target.Location.SourceTree)!;
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        foreach (var provider in GetCodeFixProviders())
        {
            await provider.RegisterCodeFixesAsync(CreateCodeFixContext(document, target.Location.SourceSpan, ImmutableArray.Create(target), (a, _) => actions.Add(a), CancellationToken.None));
        }

        return actions.ToImmutable();
    }

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers)
        => only is { Length: 1 } ? Descriptors.Single(d => d.Id == only[0]) : base.GetDefaultDiagnostic(analyzers);

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CitesAttributeGenerator) };

    protected override ParseOptions CreateParseOptions()
        => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Where a generator's output lives in a project: assembly, generator type, hint name.</summary>
    private static string GeneratedPath(string hintName)
        => Path.Combine(typeof(CitesAttributeGenerator).Assembly.GetName().Name!, typeof(CitesAttributeGenerator).FullName!, hintName);
}
