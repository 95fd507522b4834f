using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CitationLint.Cli.Output;

/// <summary>An array of objects: id, severity, message, path, line, column, endLine, endColumn (1-based), helpUri, fixable.</summary>
internal static class JsonFormat
{
    public static void Write(IReadOnlyList<Finding> findings, TextWriter writer)
    {
        IndentedJson.WriteLine(writer, json =>
        {
            json.WriteStartArray();
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("id", f.Id);
                json.WriteString("severity", f.SeverityName);
                json.WriteString("message", f.Message);
                if (f.Path is null)
                {
                    json.WriteNull("path");
                }
                else
                {
                    json.WriteString("path", f.Path);
                }

                json.WriteNumber("line", f.Line);
                json.WriteNumber("column", f.Column);
                json.WriteNumber("endLine", f.EndLine);
                json.WriteNumber("endColumn", f.EndColumn);
                if (f.HelpUri is not null)
                {
                    json.WriteString("helpUri", f.HelpUri);
                }

                json.WriteBoolean("fixable", f.Fix.Count > 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
