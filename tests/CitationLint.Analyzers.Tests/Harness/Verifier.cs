using System.Collections.Immutable;
using System.Text;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// The bulk verifier: compiles real C# (with the CitesAttribute source the package generates), runs the
/// real CitationAnalyzer through CompilationWithAnalyzers, and applies the real code fixes to a real
/// workspace document. The per-rule tests use Microsoft.CodeAnalysis.Testing; this runner serves the
/// labelled cases, robustness, the valid-code gate and the snapshot, where one compilation holds
/// hundreds of cases.
/// </summary>
public sealed class Verifier
{
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    public Dictionary<string, string> Options { get; } = new();

    /// <summary>Ids that must match exactly; diagnostics of other ids are ignored unless listed here. Null: every CITE id.</summary>
    public string[]? Ids { get; set; }

    public static Verifier Create() => new();

    public Verifier WithOption(string key, string value)
    {
        Options[key] = value;
        return this;
    }

    public Verifier WithFile(string path, string text)
    {
        AdditionalFiles.Add((path, text));
        return this;
    }

    /// <summary>How the parser treats '///' comments; projects without GenerateDocumentationFile use None.</summary>
    public Microsoft.CodeAnalysis.DocumentationMode DocumentationMode { get; set; } = Microsoft.CodeAnalysis.DocumentationMode.Diagnose;

    /// <summary>For hostile sources that are not valid C#: compile errors do not fail the check.</summary>
    public bool AllowCompileErrors { get; set; }

    public Verifier Only(params string[] ids)
    {
        Ids = ids;
        return this;
    }

    /// <summary>Runs the analyzer on <paramref name="markup"/> and checks that exactly the marked diagnostics are reported.</summary>
    public async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, string? defaultId = null)
    {
        var (source, spans) = Markup.Parse(markup);
        var diagnostics = await DiagnosticsAsync(source);
        var relevant = diagnostics.Where(d => d.Location.IsInSource && (Ids is null ? d.Id.StartsWith("CITE", StringComparison.Ordinal) : Ids.Contains(d.Id))).ToList();
        var expected = spans.Select(s => (Id: s.Id ?? defaultId ?? throw new ArgumentException("[| |] needs a default id"), s.Span)).ToList();
        var actual = relevant.Select(d => (Id: d.Id, Span: d.Location.SourceSpan)).ToList();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var sb = new StringBuilder();
            foreach (var m in missing)
            {
                sb.AppendLine($"missing  {m.Id} at {m.Span} '{source.Substring(m.Span.Start, m.Span.Length)}'");
            }

            foreach (var e in relevant.Where(d => extra.Contains((d.Id, d.Location.SourceSpan))))
            {
                sb.AppendLine($"extra    {e.Id} at {e.Location.SourceSpan} '{source.Substring(e.Location.SourceSpan.Start, e.Location.SourceSpan.Length)}': {e.GetMessage()}");
            }

            Assert.Fail(sb.ToString());
        }

        return relevant.ToImmutableArray();
    }

    public Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source) => DiagnosticsAsync(CreateDocument(source));

    /// <summary>The analyzer's diagnostics for the document's own compilation, so that fixes and Fix All can map them back to it.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer());
        var options = new AnalyzerOptions(
            AdditionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
            new TestConfigOptionsProvider(Options));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "analyzer crashed: " + string.Join("\n", crashes.Select(c => c.GetMessage())));
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
        Assert.True(AllowCompileErrors || errors.Count == 0, "test source does not compile: " + string.Join("\n", errors.Select(e => e.ToString())));
        return all.Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>Applies code action <paramref name="actionIndex"/> of the diagnostic at the markup span and checks the result.</summary>
    public async Task VerifyFixAsync(string markup, string expected, int actionIndex = 0, string? defaultId = null)
    {
        var (source, spans) = Markup.Parse(markup);
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document);
        var target = spans.Count > 0
            ? diagnostics.First(d => d.Location.SourceSpan == spans[0].Span && (spans[0].Id ?? defaultId) is { } id && d.Id == id)
            : diagnostics.First(d => d.Id.StartsWith("CITE", StringComparison.Ordinal));
        var actions = new List<CodeAction>();
        var provider = new CitationCodeFixProvider();
        var context = new CodeFixContext(document, target, (a, _) => actions.Add(a), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        Assert.True(actions.Count > actionIndex, $"expected at least {actionIndex + 1} code action(s) for {target.Id}, got {actions.Count}");
        var fixedDocument = await ApplyAsync(document, actions[actionIndex]);
        var text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(expected.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
    }

    /// <summary>Code action titles offered for the diagnostic at the markup span.</summary>
    public async Task<List<CodeAction>> ActionsAsync(string markup, string id)
    {
        var (source, spans) = Markup.Parse(markup);
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document);
        var target = diagnostics.First(d => d.Id == id && (spans.Count == 0 || d.Location.SourceSpan == spans[0].Span));
        var actions = new List<CodeAction>();
        await new CitationCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, target, (a, _) => actions.Add(a), CancellationToken.None));
        return actions;
    }

    /// <summary>Runs Fix All (document scope) with the confident equivalence key over every diagnostic of <paramref name="ids"/>.</summary>
    public async Task<string> FixAllAsync(string source, FixAllScope scope = FixAllScope.Document, params string[] ids)
    {
        var document = CreateDocument(source);
        var diagnostics = (await DiagnosticsAsync(document)).Where(d => ids.Contains(d.Id)).ToImmutableArray();
        var provider = new CitationCodeFixProvider();
        var fixAll = provider.GetFixAllProvider();
        var context = new FixAllContext(document, provider, scope, CitationCodeFixProvider.ConfidentKey, ids, new Provider(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        if (action is null)
        {
            return source;
        }

        var fixedDocument = await ApplyAsync(document, action);
        return (await fixedDocument.GetTextAsync()).ToString();
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }

    private Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(References)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode));
        project = project.AddDocument(Generation.CitesAttributeSource.HintName, SourceText.From(Generation.CitesAttributeSource.Text), filePath: "/obj/" + Generation.CitesAttributeSource.HintName).Project;
        project = project.AddDocument(Generation.CitesAttributeSource.EmbeddedHintName, SourceText.From(Generation.CitesAttributeSource.EmbeddedText), filePath: "/obj/" + Generation.CitesAttributeSource.EmbeddedHintName).Project;
        return project.AddDocument("Test.cs", SourceText.From(source), filePath: "/src/Test.cs");
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var wanted = new[] { "System.Runtime", "System.Private.CoreLib", "netstandard", "System.Collections", "System.Linq", "System.Console", "System.Threading.Tasks" };
        return trusted.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Enumerable.Empty<Diagnostic>());
    }
}
