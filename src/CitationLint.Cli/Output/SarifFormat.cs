using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CitationLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace CitationLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0: one run, tool.driver with every rule the analyzer supports (id, shortDescription,
/// helpUri from the descriptors' help links), results with ruleId, level, message and a
/// physicalLocation region (1-based), and fixes (artifactChanges with replacements) where the fix
/// that <c>check --fix</c> would apply exists.
/// </summary>
internal static class SarifFormat
{
    public static void Write(IReadOnlyList<Finding> findings, TextWriter writer)
    {
        IndentedJson.WriteLine(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (var f in findings)
            {
                WriteResult(json, f);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "CitationLint");
        json.WriteString("informationUri", RuleIdentifiers.ProjectUrl);
        var version = typeof(SarifFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        json.WriteString("semanticVersion", plus >= 0 ? version.Substring(0, plus) : version);
        json.WriteStartArray("rules");
        var rules = new List<DiagnosticDescriptor>(new CitationAnalyzer().SupportedDiagnostics);
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.Id);
        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        if (f.Path is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, f.Path);
            WriteRegion(json, "region", f.Line, f.Column, f.EndLine, f.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (f.Fix.Count > 0)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", f.Fix[0].Label);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, Finding.Display(f.Fix[0].FullPath));
            json.WriteStartArray("replacements");
            foreach (var edit in f.Fix)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", edit.StartLine, edit.StartColumn, edit.EndLine, edit.EndColumn);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.Text);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path.Replace('\\', '/'));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, int line, int column, int endLine, int endColumn)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
