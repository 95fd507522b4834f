using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CitationLint.Cli.Check;

/// <summary>
/// What a file that cites nothing may declare that a citation attribute in another file binds to, as
/// a build binds it. When any file may apply a citation attribute, such files are parsed too; a file
/// the raw-text prefilter rules out is otherwise never parsed.
/// </summary>
/// <remarks>
/// <para>
/// A name binds to a declaration that spells it, so a file is parsed when it holds, anywhere (a
/// comment too), as a whole word, a name the attribute's binding looks up: each part of the attribute's name
/// (<c>CitationLint</c>, <c>Cites</c>), the citation attributes' names, and the types around the
/// attribute (another part of a partial class may add a base to look in); or <c>Attribute</c> in any
/// word (an attribute class, its base); or a possible global using (which brings names in from anywhere), or a
/// name spelt with escapes. An attribute class (named as a citation attribute, or ending in
/// <c>Attribute</c>) that derives from another class than <c>Attribute</c> may take its Title and Url
/// from any file, and an argument that is not a literal may bind to a constant whose value comes from
/// any file (<c>const string T = K.Name + "…"</c>): then every file is parsed.
/// </para>
/// <para>An independent review's cases are tests (<c>AnalysisTests</c>), each compared with a whole-compilation build.</para>
/// </remarks>
internal static class AttributeDependencies
{
    /// <summary>
    /// Whether the file may declare what a citation attribute's binding looks up: it holds one of
    /// <paramref name="names"/> (the names the applying files' attributes look up) or <c>Attribute</c>,
    /// may hold a global using, or may spell a name otherwise.
    /// </summary>
    public static bool MayDeclare(string text, WholeWords names)
        => text.IndexOf("Attribute", StringComparison.Ordinal) >= 0
            || Analysis.HasGlobalUsing(text)
            || Analysis.MaySpellNamesOtherwise(text)
            || names.AnyIn(text);

    /// <summary>
    /// Adds to <paramref name="names"/> what the tree's citation attributes look up: each part of the
    /// attribute's name and each type declaration around it (the attribute's own type among them).
    /// </summary>
    public static void AddLookedUpNames(SyntaxTree tree, Func<string, bool> isCitationAttribute, HashSet<string> names, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var list in tree.GetRoot(cancellationToken).DescendantNodes(n => n is not AttributeListSyntax).OfType<AttributeListSyntax>())
        {
            var cites = false;
            foreach (var attribute in list.Attributes)
            {
                if (!isCitationAttribute(CitationLint.Analyzers.CitationAnalyzer.CompilationAnalysis.SimpleName(attribute.Name)))
                {
                    continue;
                }

                cites = true;
                foreach (var part in attribute.Name.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                {
                    names.Add(part.Identifier.ValueText);
                }
            }

            if (cites)
            {
                foreach (var type in list.Ancestors().OfType<BaseTypeDeclarationSyntax>())
                {
                    names.Add(type.Identifier.ValueText);
                }
            }
        }
    }

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
    public static bool DerivesAnAttributeFromAnother(SyntaxTree tree, WholeWords names, System.Threading.CancellationToken cancellationToken)
    {
        if (!MayDeclare(tree.GetText(cancellationToken).ToString(), names))
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
