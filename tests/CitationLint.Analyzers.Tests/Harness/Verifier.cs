using System.Collections.Immutable;
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

    public Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source) => DiagnosticsAsync(CreateDocument(source));

    /// <summary>The analyzer's diagnostics for the document's own compilation, so that fixes and Fix All can map them back to it.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer());
        // The project's additional documents, as the IDE and dotnet format hand them to analyzers: a fix
        // that changes one (the add-to-corpus fix) takes effect at the next analysis of the fixed document.
        var options = new AnalyzerOptions(
            document.Project.AnalyzerOptions.AdditionalFiles,
            new TestConfigOptionsProvider(Options));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "analyzer crashed: " + string.Join("\n", crashes.Select(c => c.GetMessage())));
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
        Assert.True(AllowCompileErrors || errors.Count == 0, "test source does not compile: " + string.Join("\n", errors.Select(e => e.ToString())));
        return all.Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
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

    /// <summary>The solution a code action gives (its one ApplyChangesOperation).</summary>
    public static async Task<Solution> ApplyToSolutionAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }

    public Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(References)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode));
        project = project.AddDocument(Generation.CitesAttributeSource.HintName, SourceText.From(Generation.CitesAttributeSource.Text), filePath: "/obj/" + Generation.CitesAttributeSource.HintName).Project;
        project = project.AddDocument(Generation.CitesAttributeSource.EmbeddedHintName, SourceText.From(Generation.CitesAttributeSource.EmbeddedText), filePath: "/obj/" + Generation.CitesAttributeSource.EmbeddedHintName).Project;
        foreach (var (path, text) in AdditionalFiles)
        {
            project = project.AddAdditionalDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;
        }

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
