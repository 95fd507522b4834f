using System.Globalization;
using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>A temporary folder of real files, and the command line run in-process on them.</summary>
public sealed class TestFolder : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("citationlint-cli-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public string Path(string relative) => System.IO.Path.Combine(Dir, relative);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The findings of <c>check --format json</c> as (id, severity, file name, line, column, fixable).</summary>
    public static List<(string Id, string Severity, string File, int Line, int Column, bool Fixable)> Findings(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var list = new List<(string, string, string, int, int, bool)>();
        foreach (var f in document.RootElement.EnumerateArray())
        {
            var path = f.GetProperty("path").ValueKind == System.Text.Json.JsonValueKind.Null ? string.Empty : System.IO.Path.GetFileName(f.GetProperty("path").GetString()!);
            list.Add((f.GetProperty("id").GetString()!, f.GetProperty("severity").GetString()!, path, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("fixable").GetBoolean()));
        }

        return list;
    }

    /// <summary>Files with citations the analyzer reports on: a misspelling (CITE002, confident fix), a completion (CITE004), a capitalisation (CITE010).</summary>
    public const string Misspelled = """
        namespace Demo;

        // Paper: MeZo
        public sealed class Step { }
        """;

    public const string Incomplete = """
        namespace Demo;

        /// <summary>Uses Medusa (https://arxiv.org/abs/2401.10774).</summary>
        public sealed class Other { }
        """;

    public const string Clean = """
        namespace Demo;

        // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
        public sealed class Done { }
        """;
}
