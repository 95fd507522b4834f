using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CitationLint.Cli.Output;

/// <summary>The one way the command line writes JSON (findings, SARIF, bibliographies): indented UTF-8, then a line break.</summary>
internal static class IndentedJson
{
    public static void WriteLine(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
