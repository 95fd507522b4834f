using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;

namespace CitationLint.Cli.Output;

/// <summary>
/// One diagnostic as the output formats show it: 1-based lines and columns, the path as given
/// relative to the current folder where it lies under it, and the fix edits when a fix applies.
/// </summary>
internal sealed record Finding(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    string? Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Title,
    string? HelpUri,
    IReadOnlyList<FixEdit> Fix)
{
    public static Finding From(Diagnostic diagnostic, IReadOnlyList<FixEdit> fix)
    {
        var descriptor = diagnostic.Descriptor;
        var location = diagnostic.Location;
        string? path = null;
        int line = 0, column = 0, endLine = 0, endColumn = 0;
        if (location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile)
        {
            var span = location.GetLineSpan();
            path = Display(span.Path);
            line = span.StartLinePosition.Line + 1;
            column = span.StartLinePosition.Character + 1;
            endLine = span.EndLinePosition.Line + 1;
            endColumn = span.EndLinePosition.Character + 1;
        }

        return new Finding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            path,
            line,
            column,
            endLine,
            endColumn,
            descriptor.Title.ToString(CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(descriptor.HelpLinkUri) ? null : descriptor.HelpLinkUri,
            fix);
    }

    /// <summary>"error", "warning" or "info" (json and text); SARIF says "note" for info.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The path relative to the current folder when the file lies under it, else the full path.</summary>
    public static string Display(string path)
    {
        var current = Directory.GetCurrentDirectory();
        var relative = System.IO.Path.GetRelativePath(current, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative;
    }
}

/// <summary>One replacement of a fix: the 1-based region it replaces (end exclusive) and the new text.</summary>
internal sealed record FixEdit(string FullPath, int StartLine, int StartColumn, int EndLine, int EndColumn, int Offset, int Length, string Text, string Label);
