using System.Collections.Immutable;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// What a fix may not change in a document: compile errors (none), the symbols it declares, the kinds
/// of its comment and disabled-text trivia in order, and the XML documentation elements it holds.
/// </summary>
internal sealed record CodeShape(ImmutableArray<string> Errors, ImmutableArray<string> Symbols, ImmutableArray<string> Comments, ImmutableHashSet<string> Elements)
{
    public static async Task<CodeShape> OfAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToImmutableArray();
        var model = compilation.GetSemanticModel(tree);
        var root = await tree.GetRootAsync();
        var symbols = root.DescendantNodes()
            .Where(n => n is MemberDeclarationSyntax or VariableDeclaratorSyntax)
            .Select(n => model.GetDeclaredSymbol(n)?.ToDisplayString() ?? n.Kind().ToString())
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToImmutableArray();
        var comments = root.DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)
                || t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                || t.IsKind(SyntaxKind.DisabledTextTrivia))
            .Select(t => t.Kind().ToString())
            .ToImmutableArray();
        var elements = root.DescendantNodes(descendIntoTrivia: true)
            .Select(n => n switch
            {
                XmlElementSyntax e => e.StartTag.Name.ToString(),
                XmlEmptyElementSyntax e => e.Name.ToString(),
                _ => null,
            })
            .Where(n => n is not null)
            .Select(n => n!)
            .ToImmutableHashSet(StringComparer.Ordinal);
        return new CodeShape(errors, symbols, comments, elements);
    }

    /// <summary>Every action the citation code fix provider offers for <paramref name="diagnostic"/>.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await new CitationCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The document as <paramref name="action"/> changes it.</summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }
}
