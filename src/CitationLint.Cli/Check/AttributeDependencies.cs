using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CitationLint.Cli.Check;

/// <summary>
/// What a file that cites nothing may declare that a citation attribute in another file binds to, as
/// a build binds it: a constant in the attribute's arguments (<c>[Cites(Papers.Medusa)]</c>, an enum
/// member), the configured attribute's class and the classes it derives from (whether Title and Url
/// can be set decides the fix), a global using that brings any of them or the attribute's namespace
/// into scope; <c>nameof(X)</c> is X's name whether X binds or not. When any file may apply a citation
/// attribute, such files are parsed too; a file the raw-text prefilter rules out is otherwise never
/// parsed.
/// </summary>
/// <remarks>
/// Read conservatively: a file holding <c>Attribute</c> or an attribute's name anywhere (a comment, a
/// longer word) is parsed, and so is one with a global using or one that may spell a name with a
/// Unicode escape; when an argument is not a literal, so is one holding <c>const</c> or <c>enum</c>
/// (the arguments are read from the applying files' trees). An attribute class (a class named as a
/// citation attribute, or ending in <c>Attribute</c>) that derives from another class than
/// <c>Attribute</c> may take its Title and Url from any file: then every file is parsed.
/// </remarks>
internal static class AttributeDependencies
{
    /// <summary>
    /// Whether the file may declare an attribute class, a class named as one of <paramref name="names"/>
    /// (the citation attributes' names without <c>Attribute</c>), a global using or a name spelt
    /// otherwise, or, when <paramref name="constants"/>, a constant or an enum.
    /// </summary>
    public static bool MayDeclare(string text, IReadOnlyCollection<string> names, bool constants)
    {
        if (text.IndexOf("Attribute", StringComparison.Ordinal) >= 0
            || constants && (text.IndexOf("const", StringComparison.Ordinal) >= 0 || text.IndexOf("enum", StringComparison.Ordinal) >= 0)
            || Analysis.HasGlobalUsing(text)
            || Analysis.MaySpellNamesOtherwise(text))
        {
            return true;
        }

        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A citation attribute's name without <c>Attribute</c> (<c>PaperAttribute</c> and <c>Paper</c> both bind to either class).</summary>
    public static string Stem(string name)
        => name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > 9 ? name.Substring(0, name.Length - 9) : name;

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

    /// <summary>
    /// Whether the tree declares an attribute class (named as one of <paramref name="names"/>, or ending
    /// in <c>Attribute</c>) that derives from another class than <c>Attribute</c>, whose members may be
    /// declared in any file.
    /// </summary>
    public static bool DerivesAnAttributeFromAnother(SyntaxTree tree, IReadOnlyCollection<string> names, System.Threading.CancellationToken cancellationToken)
    {
        if (!MayDeclare(tree.GetText(cancellationToken).ToString(), names, constants: false))
        {
            return false;
        }

        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is ClassDeclarationSyntax { BaseList: { Types.Count: > 0 } bases } type
                && (type.Identifier.ValueText.EndsWith("Attribute", StringComparison.Ordinal) || names.Contains(type.Identifier.ValueText))
                && bases.Types[0].Type.ToString() is not ("Attribute" or "System.Attribute" or "global::System.Attribute"))
            {
                return true;
            }
        }

        return false;
    }
}
