using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Rendering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.CodeFixes;

/// <summary>
/// Fixes CITE002–CITE006 by applying the replacements the analyzer put in the diagnostic: one code
/// action per candidate, best first. The analyzer has already escaped each replacement for where it
/// lands, so this class only turns data into text edits. Fix All (document, project, solution, and so
/// <c>dotnet format</c>) applies a diagnostic's first replacement only when the analyzer marked it
/// confident: a single clear candidate.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitationCodeFixProvider))]
[Shared]
public sealed class CitationCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of every confident, first-candidate action: what Fix All applies.</summary>
    public const string ConfidentKey = "CitationLint.ApplyConfident";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.MisspelledReference,
        RuleIdentifiers.NonCanonicalTitle,
        RuleIdentifiers.TitleCapitalisation,
        RuleIdentifiers.IncompleteCitation,
        RuleIdentifiers.AmbiguousReference,
        RuleIdentifiers.MismatchedIdentifier);

    /// <summary>The longest <c>///</c> line a completion writes into the middle of (see <see cref="Wrapped"/>).</summary>
    private const int MaxDocLine = 120;

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in Read(diagnostic, text))
            {
                // Only the analyzer's first candidate of a confident diagnostic is what Fix All applies.
                var key = fix.Index == 0 && IsConfident(diagnostic) ? ConfidentKey : "CitationLint.Candidate." + fix.Key;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Label, ct => Apply(context.Document, fix.Change, ct), key),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        // Whatever action started it (dotnet format starts from the first diagnostic's first action),
        // Fix All applies only the confident first replacement of each diagnostic: a candidate picked
        // by hand is never applied to other places unattended.
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        var taken = new List<TextSpan>();
        foreach (var diagnostic in diagnostics)
        {
            if (!IsConfident(diagnostic))
            {
                continue;
            }

            var fixes = Read(diagnostic, text);
            if (fixes.Count == 0 || fixes[0].Index != 0 || Overlaps(taken, fixes[0].Change.Span))
            {
                continue;
            }

            taken.Add(fixes[0].Change.Span);
            changes.Add(fixes[0].Change);
        }

        return changes.Count == 0 ? null : document.WithText(text.WithChanges(changes));
    }

    private static async Task<Document> Apply(Document document, TextChange change, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(change));
    }

    private static bool IsConfident(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.ConfidentKey, out var c) && c == "true";

    /// <summary>The replacements of a diagnostic; none when its data is missing, out of range, or would change nothing.</summary>
    private static List<(TextChange Change, string Label, string Key, int Index)> Read(Diagnostic diagnostic, SourceText text)
    {
        var result = new List<(TextChange, string, string, int)>();
        var p = diagnostic.Properties;
        if (!p.TryGetValue(FixProperties.CountKey, out var countText)
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !p.TryGetValue(FixProperties.FixStartKey, out var startText) || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !p.TryGetValue(FixProperties.FixLengthKey, out var lengthText) || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || start + length > text.Length)
        {
            return result;
        }

        var span = new TextSpan(start, length);
        var current = text.ToString(span);
        for (var i = 0; i < count; i++)
        {
            var suffix = i.ToString(CultureInfo.InvariantCulture);
            if (!p.TryGetValue(FixProperties.TextKeyPrefix + suffix, out var replacement) || replacement is null || replacement == current)
            {
                continue;
            }

            p.TryGetValue(FixProperties.LabelKeyPrefix + suffix, out var label);
            p.TryGetValue(FixProperties.KeyKeyPrefix + suffix, out var key);
            result.Add((Wrapped(text, span, Separated(text, span, replacement)), label ?? "Fix citation", key ?? suffix, i));
        }

        return result;
    }

    /// <summary>
    /// No "*/" where the replacement meets the text around it: a name that begins with '/' written after
    /// a '*' of the source ("/* Paper: *…*/"), or one that ends with '*' before a '/', would end a block
    /// comment. The renderer escapes inside the text; only here is the text around it known.
    /// </summary>
    private static string Separated(SourceText text, TextSpan span, string replacement)
    {
        if (replacement.Length == 0)
        {
            return replacement;
        }

        if (span.Start > 0 && text[span.Start - 1] == '*' && replacement[0] == '/')
        {
            replacement = " " + replacement;
        }

        if (span.End < text.Length && text[span.End] == '/' && replacement[replacement.Length - 1] == '*')
        {
            replacement += " ";
        }

        return replacement;
    }

    /// <summary>
    /// An XML doc line stays readable (DESIGN 4): a <c>&lt;see href=…&gt;</c> completion that would make a
    /// <c>///</c> line longer than <see cref="MaxDocLine"/> columns, after at least a third of that of
    /// text, starts a line of its own, with that line's own indentation and <c>///</c>; the spaces before
    /// it go with the break. Other text, and other comments, are written as they are.
    /// </summary>
    private static TextChange Wrapped(SourceText text, TextSpan span, string replacement)
    {
        var change = new TextChange(span, replacement);
        if (!replacement.StartsWith("<see href=", StringComparison.Ordinal))
        {
            return change;
        }

        var line = text.Lines.GetLineFromPosition(span.Start);
        if (span.End > line.End || line.Span.Length - span.Length + replacement.Length <= MaxDocLine)
        {
            return change;
        }

        var lineText = text.ToString(line.Span);
        var slashes = 0;
        while (slashes < lineText.Length && (lineText[slashes] == ' ' || lineText[slashes] == '\t'))
        {
            slashes++;
        }

        if (string.CompareOrdinal(lineText, slashes, "///", 0, 3) != 0 || slashes + 3 < lineText.Length && lineText[slashes + 3] == '/')
        {
            return change;
        }

        var content = slashes + 3 + (slashes + 3 < lineText.Length && lineText[slashes + 3] == ' ' ? 1 : 0);
        var start = span.Start - line.Start;
        while (start > content && lineText[start - 1] == ' ')
        {
            start--;
        }

        if (start - content < MaxDocLine / 3)
        {
            // Little before it on the line ("<summary><cite>"): a break would not make the line readable.
            return change;
        }

        var lineBreak = line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
        var prefix = lineText.Substring(0, slashes) + "/// ";
        return new TextChange(TextSpan.FromBounds(line.Start + start, span.End), lineBreak + prefix + replacement);
    }

    private static bool Overlaps(List<TextSpan> taken, TextSpan span)
    {
        foreach (var t in taken)
        {
            if (t.OverlapsWith(span) || t == span)
            {
                return true;
            }
        }

        return false;
    }
}
