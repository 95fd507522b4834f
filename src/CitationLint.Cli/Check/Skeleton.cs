using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// The text <c>check</c> parses in place of a source file that may cite. Most of a parse is spent in
/// member bodies, and a body holds nothing the analyzer reads but its comments: so inside the bodies of
/// methods, constructors, operators and accessors every run of code between two pieces of trivia becomes
/// one <c>;</c> (an empty statement) and spaces. Everything else stays as written: comments, directives,
/// disabled code, white space and line breaks (every position, line and comment is the file's own), and
/// everything outside those bodies (every declaration, attribute, using and initializer: the members the
/// analyzer scopes completions by, the symbols suppressions and attribute binding see).
/// </summary>
/// <remarks>
/// <para>The file is read by the compiler's own lexer (<see cref="SyntaxFactory.ParseTokens"/>, with the
/// parse options of the tree): strings, characters, directives and disabled code are what the compiler
/// reads them as. Only tokens are replaced; a run of them begins with <c>;</c> wherever a comment, a
/// directive or the body's brace lies before it, so two comments with code between them never look
/// adjacent, and a comment belongs to the same member as in the file.</para>
/// <para>A file that names a suppression or generated-code attribute (<c>SuppressMessage</c>,
/// <c>GeneratedCode</c>, by an alias too), or spells a name with escapes or formatting characters, is
/// parsed whole: what it applies where is the driver's to bind.
/// A body stays whole when it holds what the analyzer or the parser reads there: a name the options
/// make a citation attribute (a local function's <c>[Cites]</c>), an interpolated string with a comment
/// start in it (the parser reads comments in a hole; the lexer gives the string as one token),
/// <c>citationlint</c> in a token (an inline suppression reads whole lines), or a keyword only a member
/// begins with (<c>private</c>, <c>event</c>, <c>enum</c>…: in broken code the parser may end the body
/// there, not at its brace). An attribute list keeps its arguments under the same rules, and when a token
/// holds "cite" in any case or a comment lies in it.
/// A brace is taken for a body only after a parameter list that follows a name (a method, a constructor,
/// an operator; no <c>=</c>, <c>=&gt;</c> or object creation before it) or after an accessor keyword;
/// anything else stays whole. When the file's braces do not balance, it is parsed as it is.</para>
/// <para>Known limit: a body with a syntax error the parser recovers from by ending the member early
/// (an incomplete <c>switch</c>, a <c>;</c> inside an initializer's braces) ends at its brace in the
/// skeleton, so CITE004's once-per-member rule may scope that member's comments differently (README).</para>
/// </remarks>
internal static partial class Skeleton
{
    /// <summary>
    /// The skeleton of <paramref name="text"/>, or <paramref name="text"/> itself when no body can be
    /// reduced. An identifier among <paramref name="keep"/> keeps the body or attribute list it is in whole.
    /// </summary>
    /// <param name="useScanner">Whether <see cref="CodeScanner"/> reads the file (the compiler's lexer reads what it declines); false in the test that compares the two.</param>
    /// <param name="scanned">The file's tokens when <see cref="CodeScanner"/> has read it already.</param>
    public static SourceText Of(SourceText text, CSharpParseOptions options, KeepNames keep, CancellationToken cancellationToken, bool useScanner = true, List<SkeletonToken>? scanned = null)
    {
        var source = text.ToString();
        if (source.IndexOf("SuppressMessage", StringComparison.Ordinal) >= 0 || source.IndexOf("GeneratedCode", StringComparison.Ordinal) >= 0)
        {
            // A file that may suppress or mark code generated, through an alias too: what it applies where is the driver's to bind, whole.
            return text;
        }

        var tokens = (useScanner ? scanned ?? CodeScanner.Scan(source) : null) ?? SkeletonToken.Lex(source, options);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var token in tokens)
        {
            if (token.Escaped)
            {
                // A name spelt with escapes or formatting characters may be any attribute's, a suppression's too.
                return text;
            }
        }

        var bodies = Bodies(source, tokens, keep);
        if (bodies is null)
        {
            return text;
        }

        var arguments = AttributeArguments(source, tokens, bodies, keep);
        if (bodies.Count == 0 && arguments.Count == 0)
        {
            return text;
        }

        // PERF: the skeleton is written once, into the string itself.
        var skeleton = string.Create(source.Length, (source, tokens, bodies, arguments), static (chars, state) =>
        {
            state.source.AsSpan().CopyTo(chars);
            foreach (var (open, close) in state.bodies)
            {
                Reduce(state.tokens, open, close, chars);
            }

            foreach (var (open, close) in state.arguments)
            {
                for (var k = open; k <= close; k++)
                {
                    Blank(state.tokens[k], chars);
                }
            }
        });
        return SourceText.From(skeleton, text.Encoding, text.ChecksumAlgorithm);
    }
    /// <summary>Where a brace may open.</summary>
    private enum Level
    {
        /// <summary>The compilation unit, a namespace or a type: members are declared here.</summary>
        Members,

        /// <summary>A property's, indexer's or event's accessor list.</summary>
        Accessors,

        /// <summary>Anything else (an initializer, a lambda, an enum): only its braces are counted.</summary>
        Whole,
    }

    /// <summary>The token indices of the braces of every body to reduce; null when the braces do not balance.</summary>
    private static List<(int Open, int Close)>? Bodies(string source, List<SkeletonToken> tokens, KeepNames keep)
    {
        var bodies = new List<(int, int)>();

        // Each open brace pushes the level it opens, with the depth and header it interrupts.
        var levels = new Stack<(Level Level, int Depth, int HeaderStart)>();
        var level = Level.Members;
        var headerStart = 0;
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i].Kind)
            {
                case SkeletonKind.OpenParen:
                case SkeletonKind.OpenBracket:
                    depth++;
                    continue;
                case SkeletonKind.CloseParen:
                case SkeletonKind.CloseBracket:
                    depth = Math.Max(0, depth - 1);
                    continue;
                case SkeletonKind.Semicolon when depth == 0:
                    headerStart = i + 1;
                    continue;
                case SkeletonKind.CloseBrace:
                    if (levels.Count == 0)
                    {
                        return null;
                    }

                    var outer = levels.Pop();
                    level = outer.Level;
                    depth = outer.Depth;

                    // A brace within an expression leaves its header going on; a member's ends it.
                    headerStart = depth > 0 ? outer.HeaderStart : i + 1;
                    continue;
                case SkeletonKind.OpenBrace:
                    break;
                default:
                    continue;
            }

            var opens = level == Level.Whole || depth > 0 ? Level.Whole : Classify(source, tokens, headerStart, i, level);
            if (opens is null)
            {
                // A body: its matching brace, found by counting (strings and their holes are single tokens).
                var close = Matching(tokens, i);
                if (close < 0)
                {
                    return null;
                }

                if (!Keeps(source, tokens, i, close, keep))
                {
                    bodies.Add((i, close));
                }

                i = close;
                headerStart = i + 1;
                continue;
            }

            levels.Push((level, depth, headerStart));
            level = opens.Value;
            headerStart = i + 1;
            depth = 0;
        }

        return levels.Count == 0 ? bodies : null;
    }

    /// <summary>What the brace at <paramref name="brace"/> opens: null for a body to reduce.</summary>
    private static Level? Classify(string source, List<SkeletonToken> tokens, int headerStart, int brace, Level level)
    {
        if (level == Level.Accessors)
        {
            return brace > headerStart && tokens[brace - 1].Kind == SkeletonKind.Identifier && IsAccessorWord(source, tokens[brace - 1]) ? null : Level.Whole;
        }

        // The header at depth 0: a type or namespace keyword before the parameter list opens members;
        // '=', '=>' or an object creation make the brace an expression's. The parameter list is the
        // first parenthesis after a name ('(int, int) M(…)': not the tuple's).
        var depth = 0;
        var parameters = -1;
        var hasOperator = false;
        for (var k = headerStart; k < brace; k++)
        {
            var token = tokens[k];
            switch (token.Kind)
            {
                case SkeletonKind.OpenParen:
                    if (depth == 0 && parameters < 0 && k > headerStart && (hasOperator || IsName(source, tokens[k - 1])))
                    {
                        parameters = k;
                    }

                    depth++;
                    continue;
                case SkeletonKind.OpenBracket:
                    depth++;
                    continue;
                case SkeletonKind.CloseParen:
                case SkeletonKind.CloseBracket:
                    depth = Math.Max(0, depth - 1);
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            switch (token.Kind)
            {
                case SkeletonKind.NamespaceKeyword:
                case SkeletonKind.ClassKeyword:
                case SkeletonKind.StructKeyword:
                case SkeletonKind.InterfaceKeyword:
                    if (parameters < 0)
                    {
                        return Level.Members;
                    }

                    continue;
                case SkeletonKind.EnumKeyword:
                    if (parameters < 0)
                    {
                        return Level.Whole;
                    }

                    continue;
                case SkeletonKind.Identifier when parameters < 0 && (token.Is(source, "record") || token.Is(source, "extension") || token.Escaped):
                    return Level.Members;
                case SkeletonKind.Equals:
                case SkeletonKind.Arrow:
                    return Level.Whole;
                case SkeletonKind.NewKeyword when k + 1 < brace && tokens[k + 1].Kind != SkeletonKind.OpenParen:
                    // 'new Foo(…) {': an object creation ('new()' is a constraint, or target-typed after '=').
                    return Level.Whole;
                case SkeletonKind.OperatorKeyword:
                    hasOperator = true;
                    continue;
            }
        }

        if (parameters >= 0)
        {
            // A parameter list after a name, then the brace or a constraint: a method, constructor,
            // finalizer, operator or local function.
            return tokens[brace - 1].Kind == SkeletonKind.CloseParen || HasConstraint(source, tokens, parameters, brace) ? null : Level.Whole;
        }

        // 'int P {', 'this[int i] {', 'event E E {': an accessor list (a statement's block at the compilation unit).
        return level == Level.Members && headerStart < brace && !HasParenthesis(tokens, headerStart, brace) ? Level.Accessors : Level.Whole;
    }

    private static bool IsAccessorWord(string source, SkeletonToken token)
        => token.Is(source, "get") || token.Is(source, "set") || token.Is(source, "init") || token.Is(source, "add") || token.Is(source, "remove");

    /// <summary>A token a parameter list may follow: a member's name, a generic's '>', 'this', 'base' or a type keyword (conversion operators).</summary>
    private static bool IsName(string source, SkeletonToken token)
        => token.Kind == SkeletonKind.Identifier && !token.Escaped && !IsStatementWord(source, token)
            || token.Kind is SkeletonKind.GreaterThan or SkeletonKind.ThisKeyword or SkeletonKind.BaseKeyword or SkeletonKind.TypeKeyword;

    /// <summary>A contextual word that opens an expression with parentheses ('await (…)', 'nameof (…)', 'when (…)'): not a member's name.</summary>
    private static bool IsStatementWord(string source, SkeletonToken token)
        => token.Is(source, "await") || token.Is(source, "nameof") || token.Is(source, "when") || token.Is(source, "var") || token.Is(source, "yield");

    /// <summary>A parenthesis outside brackets (an attribute's arguments are inside them): a statement's, at the compilation unit.</summary>
    private static bool HasParenthesis(List<SkeletonToken> tokens, int from, int to)
    {
        var brackets = 0;
        for (var k = from; k < to; k++)
        {
            switch (tokens[k].Kind)
            {
                case SkeletonKind.OpenBracket:
                    brackets++;
                    break;
                case SkeletonKind.CloseBracket:
                    brackets--;
                    break;
                case SkeletonKind.OpenParen when brackets == 0:
                    return true;
            }
        }

        return false;
    }

    /// <summary>'where T : …' between the parameter list and the brace: a generic method's constraints.</summary>
    private static bool HasConstraint(string source, List<SkeletonToken> tokens, int parameters, int brace)
    {
        var depth = 0;
        for (var k = parameters; k < brace; k++)
        {
            switch (tokens[k].Kind)
            {
                case SkeletonKind.OpenParen:
                    depth++;
                    break;
                case SkeletonKind.CloseParen:
                    depth--;
                    break;
                case SkeletonKind.Identifier when depth == 0 && tokens[k].Is(source, "where"):
                    return true;
            }
        }

        return false;
    }

    private static int Matching(List<SkeletonToken> tokens, int open)
    {
        var depth = 0;
        for (var k = open; k < tokens.Count; k++)
        {
            var kind = tokens[k].Kind;
            if (kind == SkeletonKind.OpenBrace)
            {
                depth++;
            }
            else if (kind == SkeletonKind.CloseBrace && --depth == 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the body between the braces must stay whole.</summary>
    private static bool Keeps(string source, List<SkeletonToken> tokens, int open, int close, KeepNames keep)
    {
        for (var k = open + 1; k < close; k++)
        {
            var token = tokens[k];
            switch (token.Kind)
            {
                case SkeletonKind.Identifier when keep.Keeps(source, token):
                case SkeletonKind.InterpolatedString when token.Holds(source, "//") || token.Holds(source, "/*"):
                // A member's keyword in a body (broken code): the parser may end the body there, not at its brace.
                case SkeletonKind.MemberModifier:
                case SkeletonKind.NamespaceKeyword:
                case SkeletonKind.ClassKeyword:
                case SkeletonKind.StructKeyword:
                case SkeletonKind.InterfaceKeyword:
                case SkeletonKind.EnumKeyword:
                case SkeletonKind.OperatorKeyword:
                case SkeletonKind.DelegateKeyword when k + 1 < close && tokens[k + 1].Kind is not (SkeletonKind.OpenParen or SkeletonKind.OpenBrace):
                    return true;
            }

            // PERF: only a token as long as the word can hold it (most are shorter).
            if (token.Length >= Marker.Length && token.Holds(source, Marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word an inline suppression starts with; a token holding it keeps its body whole (the suppression reads whole lines).</summary>
    private const string Marker = "citationlint";

    /// <summary>Replaces the tokens between the braces: the first of each run (after the brace or after a comment or directive) by ';', the rest by spaces; line breaks stay.</summary>
    private static void Reduce(List<SkeletonToken> tokens, int open, int close, Span<char> chars)
    {
        var runStarts = true;
        for (var k = open + 1; k < close; k++)
        {
            var token = tokens[k];
            runStarts |= token.TriviaBefore;
            Blank(token, chars);
            if (runStarts && token.Length > 0)
            {
                chars[token.Start] = ';';
                runStarts = false;
            }
        }
    }

    /// <summary>Spaces in place of the token's characters, but for line breaks.</summary>
    private static void Blank(SkeletonToken token, Span<char> chars)
    {
        for (var c = token.Start; c < token.End; c++)
        {
            if (!IsLineBreak(chars[c]))
            {
                chars[c] = ' ';
            }
        }
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
