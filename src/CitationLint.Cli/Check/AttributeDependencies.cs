using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CitationLint.Cli.Check;

/// <summary>
/// What a file that cites nothing may declare that a citation attribute in another file binds to, as
/// a build binds it: a constant in the attribute's arguments (<c>[Cites(Papers.Medusa)]</c>), the
/// configured attribute's class and the classes it derives from (whether Title and Url can be set
/// decides the fix); <c>nameof(X)</c> is X's name whether X binds or not. When any file may apply a
/// citation attribute, such files are parsed too; a file the raw-text prefilter rules out is otherwise
/// never parsed.
/// </summary>
/// <remarks>
/// Read conservatively: a file holding <c>Attribute</c> anywhere (a comment, a longer word) is parsed,
/// and so is one that may spell a name with a Unicode escape; when an argument is not a literal, so is
/// one holding <c>const</c> (the arguments are read from the applying files' trees). An attribute class
/// that derives from another class than <c>Attribute</c> may take its Title and Url from any file:
/// then every file is parsed.
/// </remarks>
internal static class AttributeDependencies
{
    /// <summary>Whether the file may declare an attribute class (or a name spelt otherwise), or, when <paramref name="constants"/>, a constant.</summary>
    public static bool MayDeclare(string text, bool constants)
        => text.IndexOf("Attribute", StringComparison.Ordinal) >= 0
            || constants && text.IndexOf("const", StringComparison.Ordinal) >= 0
            || Analysis.MaySpellNamesOtherwise(text);

    /// <summary>Whether an argument of the tree's citation attributes is not a literal (a constant, a concatenation): then it may bind to a constant of any file.</summary>
    public static bool NeedsConstants(SyntaxTree tree, Func<string, bool> isCitationAttribute, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var list in tree.GetRoot(cancellationToken).DescendantNodes(n => n is not AttributeListSyntax).OfType<AttributeListSyntax>())
        {
            foreach (var attribute in list.Attributes)
            {
                if (attribute.ArgumentList is not { } arguments || !isCitationAttribute(CitationLint.Analyzers.CitationAnalyzer.CompilationAnalysis.SimpleName(attribute.Name)))
                {
                    continue;
                }

                foreach (var argument in arguments.Arguments)
                {
                    if (argument.Expression is not LiteralExpressionSyntax)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether the tree declares an attribute class that derives from another class than <c>Attribute</c>, whose members may be declared in any file.</summary>
    public static bool DerivesAnAttributeFromAnother(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        if (tree.GetText(cancellationToken).ToString().IndexOf("Attribute", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is ClassDeclarationSyntax { BaseList: { Types.Count: > 0 } bases } type
                && type.Identifier.ValueText.EndsWith("Attribute", StringComparison.Ordinal)
                && bases.Types[0].Type.ToString() is not ("Attribute" or "System.Attribute" or "global::System.Attribute"))
            {
                return true;
            }
        }

        return false;
    }
}
