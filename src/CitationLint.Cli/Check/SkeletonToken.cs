using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CitationLint.Cli.Check;

/// <summary>What <see cref="Skeleton"/> tells apart in a token: braces, brackets and the words a member's header is read by.</summary>
internal enum SkeletonKind : byte
{
    Other,
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Semicolon,
    Colon,

    /// <summary>'=' alone (an assignment or initializer), not '==', '=>' or a compound assignment.</summary>
    Equals,

    /// <summary>'=>'.</summary>
    Arrow,

    /// <summary>'>' (a generic's end before a parameter list).</summary>
    GreaterThan,
    Identifier,
    NamespaceKeyword,
    ClassKeyword,
    StructKeyword,
    InterfaceKeyword,
    EnumKeyword,
    NewKeyword,
    OperatorKeyword,
    ThisKeyword,
    BaseKeyword,

    /// <summary>A predefined type's keyword ('int', 'string', 'void': a conversion operator's name).</summary>
    TypeKeyword,

    /// <summary>
    /// A keyword only a member declaration begins with ('public', 'private', 'protected', 'internal',
    /// 'event', 'abstract', 'virtual', 'override', 'sealed', 'extern', 'implicit', 'explicit', 'volatile'):
    /// in a body, the parser may end the body there.
    /// </summary>
    MemberModifier,

    /// <summary>'delegate' (an anonymous method's, or a delegate declaration's).</summary>
    DelegateKeyword,

    /// <summary>Any other reserved keyword ('if', 'return', 'static').</summary>
    Keyword,

    /// <summary>An interpolated string (its holes are inside the token).</summary>
    InterpolatedString,
}

/// <summary>
/// A token of a file as <see cref="Skeleton"/> reads it: its kind, its span, and whether a comment, a
/// directive or disabled text lies between it and the token before. Words are compared in the file's
/// text, never copied.
/// </summary>
internal readonly struct SkeletonToken
{
    public SkeletonToken(SkeletonKind kind, int start, int length, bool triviaBefore, bool escaped = false)
    {
        Kind = kind;
        Start = start;
        Length = length;
        TriviaBefore = triviaBefore;
        Escaped = escaped;
    }

    public SkeletonKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>A comment, directive or disabled text lies between this token and the one before.</summary>
    public bool TriviaBefore { get; }

    /// <summary>An identifier spelt with Unicode escapes: its name is not its text.</summary>
    public bool Escaped { get; }

    /// <summary>Whether this identifier is <paramref name="word"/> (a verbatim '@' aside).</summary>
    public bool Is(string source, string word)
    {
        var start = Start;
        var length = Length;
        if (length > 0 && source[start] == '@')
        {
            start++;
            length--;
        }

        return length == word.Length && string.CompareOrdinal(source, start, word, 0, length) == 0;
    }

    /// <summary>Whether the token's text holds <paramref name="text"/>, in any case.</summary>
    public bool Holds(string source, string text)
    {
        // PERF: a look for the first letter in either case before any comparison.
        var upper = char.ToUpperInvariant(text[0]);
        var lower = char.ToLowerInvariant(text[0]);
        for (var i = Start; i <= End - text.Length; i++)
        {
            var c = source[i];
            if ((c == upper || c == lower) && string.Compare(source, i, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The file's tokens as the compiler's own lexer reads them (<see cref="SyntaxFactory.ParseTokens"/>):
    /// the reference for <see cref="CodeScanner"/>, and the way every file it declines is read.
    /// </summary>
    public static List<SkeletonToken> Lex(string source, CSharpParseOptions options)
    {
        var tokens = new List<SkeletonToken>(source.Length / 8);
        var trailing = false;

        // Documentation comments are lexed as plain comments: the same tokens, without building their XML.
        foreach (var token in SyntaxFactory.ParseTokens(source, options: options.WithDocumentationMode(DocumentationMode.None)))
        {
            var triviaBefore = trailing || HasNonWhitespace(token.LeadingTrivia);
            trailing = HasNonWhitespace(token.TrailingTrivia);
            if (token.IsKind(SyntaxKind.EndOfFileToken))
            {
                break;
            }

            var kind = KindOf(token);
            tokens.Add(new SkeletonToken(kind, token.SpanStart, token.Span.Length, triviaBefore, kind == SkeletonKind.Identifier && token.ValueText != (token.Text.StartsWith("@", StringComparison.Ordinal) ? token.Text.Substring(1) : token.Text)));
        }

        return tokens;
    }

    private static SkeletonKind KindOf(SyntaxToken token)
    {
        var kind = token.Kind();
        switch (kind)
        {
            case SyntaxKind.OpenBraceToken: return SkeletonKind.OpenBrace;
            case SyntaxKind.CloseBraceToken: return SkeletonKind.CloseBrace;
            case SyntaxKind.OpenParenToken: return SkeletonKind.OpenParen;
            case SyntaxKind.CloseParenToken: return SkeletonKind.CloseParen;
            case SyntaxKind.OpenBracketToken: return SkeletonKind.OpenBracket;
            case SyntaxKind.CloseBracketToken: return SkeletonKind.CloseBracket;
            case SyntaxKind.SemicolonToken: return SkeletonKind.Semicolon;
            case SyntaxKind.ColonToken: return SkeletonKind.Colon;
            case SyntaxKind.EqualsToken: return SkeletonKind.Equals;
            case SyntaxKind.EqualsGreaterThanToken: return SkeletonKind.Arrow;
            case SyntaxKind.GreaterThanToken: return SkeletonKind.GreaterThan;
            case SyntaxKind.IdentifierToken: return SkeletonKind.Identifier;
            case SyntaxKind.NamespaceKeyword: return SkeletonKind.NamespaceKeyword;
            case SyntaxKind.ClassKeyword: return SkeletonKind.ClassKeyword;
            case SyntaxKind.StructKeyword: return SkeletonKind.StructKeyword;
            case SyntaxKind.InterfaceKeyword: return SkeletonKind.InterfaceKeyword;
            case SyntaxKind.EnumKeyword: return SkeletonKind.EnumKeyword;
            case SyntaxKind.NewKeyword: return SkeletonKind.NewKeyword;
            case SyntaxKind.OperatorKeyword: return SkeletonKind.OperatorKeyword;
            case SyntaxKind.ThisKeyword: return SkeletonKind.ThisKeyword;
            case SyntaxKind.BaseKeyword: return SkeletonKind.BaseKeyword;
            case SyntaxKind.InterpolatedStringToken: return SkeletonKind.InterpolatedString;
            case SyntaxKind.DelegateKeyword: return SkeletonKind.DelegateKeyword;
            case SyntaxKind.PublicKeyword:
            case SyntaxKind.PrivateKeyword:
            case SyntaxKind.ProtectedKeyword:
            case SyntaxKind.InternalKeyword:
            case SyntaxKind.EventKeyword:
            case SyntaxKind.AbstractKeyword:
            case SyntaxKind.VirtualKeyword:
            case SyntaxKind.OverrideKeyword:
            case SyntaxKind.SealedKeyword:
            case SyntaxKind.ExternKeyword:
            case SyntaxKind.ImplicitKeyword:
            case SyntaxKind.ExplicitKeyword:
            case SyntaxKind.VolatileKeyword:
                return SkeletonKind.MemberModifier;
        }

        if (SyntaxFacts.IsPredefinedType(kind))
        {
            return SkeletonKind.TypeKeyword;
        }

        return SyntaxFacts.IsReservedKeyword(kind) ? SkeletonKind.Keyword : SkeletonKind.Other;
    }

    private static bool HasNonWhitespace(SyntaxTriviaList trivia)
    {
        foreach (var t in trivia)
        {
            if (!t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return true;
            }
        }

        return false;
    }
}
