using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

using CitationLint.Cli.Output;

namespace CitationLint.Cli.Refs;

/// <summary>The bibliography as a JSON array: key, bibKey, title, aliases, authors, year, arxiv, url, citedAt [{path, line}].</summary>
internal static class JsonWriter
{
    public static void Write(IReadOnlyList<CitedWork> works, TextWriter writer)
    {
        IndentedJson.WriteLine(writer, json =>
        {
            json.WriteStartArray();
            foreach (var work in works)
            {
                var p = work.Paper;
                json.WriteStartObject();
                json.WriteString("key", p.Key);
                json.WriteString("bibKey", work.BibKey);
                json.WriteString("title", p.Title);
                Strings(json, "aliases", p.Aliases);
                Strings(json, "authors", p.Authors);
                if (p.Year is { } year)
                {
                    json.WriteNumber("year", year);
                }

                if (p.ArxivId is { } arxiv)
                {
                    json.WriteString("arxiv", arxiv);
                }

                if ((p.Url ?? p.GetCanonicalUrl()) is { } url)
                {
                    json.WriteString("url", url);
                }

                json.WriteStartArray("citedAt");
                foreach (var (path, line) in work.Places)
                {
                    json.WriteStartObject();
                    json.WriteString("path", path);
                    json.WriteNumber("line", line);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
