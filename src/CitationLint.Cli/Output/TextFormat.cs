using System.Collections.Generic;
using System.IO;

namespace CitationLint.Cli.Output;

/// <summary>The compiler's format: <c>path(line,col): warning CITE002: message</c>.</summary>
internal static class TextFormat
{
    public static void Write(IReadOnlyList<Finding> findings, TextWriter writer)
    {
        foreach (var f in findings)
        {
            var where = f.Path is null ? "citationlint " : $"{f.Path}({f.Line},{f.Column})";
            writer.WriteLine($"{where}: {f.SeverityName} {f.Id}: {f.Message}");
        }
    }
}
