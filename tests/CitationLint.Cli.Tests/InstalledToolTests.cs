using System.Text.Json;

namespace CitationLint.Cli.Tests;

/// <summary>
/// The packed tool installed from a local folder feed and run as a process, against <c>dotnet
/// build</c> of a fresh project that references the packed analyzer package: the same diagnostics
/// (ids and locations). Slow: two packs, a tool install, a restore and a build.
/// </summary>
public sealed class InstalledToolTests : IClassFixture<InstalledTool>
{
    private static readonly Dictionary<string, string> Sources = new()
    {
        ["Optimizer.cs"] = """
            namespace Consumer;

            public sealed class Optimizer
            {
                // Paper: MeZo
                public void Step() { }

                /// <summary>Follows Medusa (https://arxiv.org/abs/2401.10774).</summary>
                public void Heads() { }

                [CitationLint.Cites("Fine-tuning language models with just forward passes")]
                public void Third() { }

                // Paper: Medsua
                public void Other() { }

                // Paper: Frobnication at Scal
                public void Frob() { }

                // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
                public void Known() { }
            }
            """,
        ["Deep/Lists.cs"] = """
            namespace Consumer.Deep;

            /// <summary>Cites: BERT, Adma</summary>
            /// <remarks>See "Attention is all you need" (https://arxiv.org/abs/1706.03762).</remarks>
            internal static class Lists
            {
                /* Paper: LoRa */
                internal const int Rank = 8;
            }
            """,
        ["refs.papers.tsv"] = "key\ttitle\taliases\nfrob\tFrobnication at Scale\tFrobNet\nbroken line\n",
        [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.CITE010.severity = warning\ncitationlint.comment_markers = Implements\n",
    };

    private readonly InstalledTool tool;

    public InstalledToolTests(InstalledTool tool) => this.tool = tool;

    [Fact]
    public void The_installed_tool_checks_a_file_from_any_folder()
    {
        var dir = Directory.CreateTempSubdirectory("citationlint-anywhere-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "A.cs"), TestFolder.Misspelled);
            var (exit, output) = Package.Tests.PackedPackage.Run(dir, tool.Command, "check", "A.cs");
            Assert.True(exit == 1, "exit " + exit + ":\n" + output);
            Assert.Contains("A.cs(3,11): warning CITE002: 'MeZo' is not a known paper", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("linux-musl-x64")]
    public void A_linux_package_carries_its_runtime_and_one_ahead_of_time_image(string rid)
    {
        // The Linux tools run on their own runtime from one composite ReadyToRun image (the speed of check).
        var package = Path.Combine(tool.Feed, "CitationLint.Cli." + rid + "." + tool.Version + ".nupkg");
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        // A self-contained tool's files lie under tools/any/<rid>/ (no framework to target).
        var dir = "tools/any/" + rid + "/";
        Assert.Contains(dir + "citationlint.r2r.dll", names);
        Assert.Contains(dir + "libcoreclr.so", names);
        using var settings = new StreamReader(zip.GetEntry(dir + "DotnetToolSettings.xml")!.Open());
        Assert.Contains("Runner=\"executable\"", settings.ReadToEnd());
    }

    [Fact]
    public void The_any_package_stays_framework_dependent()
    {
        // Every other platform gets the tool compiled as it runs, on the machine's runtime.
        using var any = System.IO.Compression.ZipFile.OpenRead(Path.Combine(tool.Feed, "CitationLint.Cli.any." + tool.Version + ".nupkg"));
        Assert.Contains(any.Entries, e => e.FullName == "tools/net10.0/any/citationlint.dll");
        Assert.DoesNotContain(any.Entries, e => e.Name is "libcoreclr.so" or "citationlint.r2r.dll");
    }

    [Fact]
    public void On_linux_x64_the_installed_tool_is_the_self_contained_one()
    {
        // Every other test here runs the installed tool: on this platform it must be the package with
        // the runtime and the composite image, not the any package's framework-dependent one.
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return;
        }

        var store = Path.Combine(tool.ToolPath, ".store");
        var files = Directory.GetFiles(store, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("libcoreclr.so", files);
        Assert.Contains("citationlint.r2r.dll", files);
    }

    [Fact]
    public void Check_on_the_project_and_on_its_folder_gives_the_diagnostics_dotnet_build_gives()
    {
        var dir = Path.Combine(tool.WorkDir, "Consumer");
        var (exit, output) = Package.Tests.PackedPackage.Run(tool.WorkDir, "dotnet", "new", "classlib", "--name", "Consumer", "--output", dir, "--no-restore");
        Assert.True(exit == 0, "dotnet new failed:\n" + output);
        File.Delete(Path.Combine(dir, "Class1.cs"));
        (exit, output) = Package.Tests.PackedPackage.Run(dir, "dotnet", "add", "package", "CitationLint", "--version", tool.Version, "--source", tool.Feed);
        Assert.True(exit == 0, "dotnet add package failed:\n" + output);
        var project = Path.Combine(dir, "Consumer.csproj");
        var xml = File.ReadAllText(project);
        File.WriteAllText(project, xml.Replace("</Project>", "  <ItemGroup>\n    <AdditionalFiles Include=\"refs.papers.tsv\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
        foreach (var (path, text) in Sources)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }

        var sarif = Path.Combine(dir, "build.sarif");
        (exit, output) = Package.Tests.PackedPackage.Run(dir, "dotnet", "build", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(exit == 0, "build failed:\n" + output);
        var built = BuildResults(sarif);
        Assert.Contains(built, r => r.Id == "CITE002");
        Assert.Contains(built, r => r.Id == "CITE007");
        Assert.Contains(built, r => r.Id == "CITE004");

        var (projectExit, projectOutput) = Package.Tests.PackedPackage.Run(dir, tool.Command, "check", "Consumer.csproj", "--format", "json", "--output", "project.json");
        Assert.True(projectExit == 1, "exit " + projectExit + ":\n" + projectOutput);
        Assert.Equal(built, CheckResults(File.ReadAllText(Path.Combine(dir, "project.json"))));

        // The folder (bin/ and obj/ of the build are skipped), with the corpus given on the command line.
        var (folderExit, folderOutput) = Package.Tests.PackedPackage.Run(dir, tool.Command, "check", ".", "--corpus", "refs.papers.tsv", "--format", "json", "--output", "folder.json");
        Assert.True(folderExit == 1, "exit " + folderExit + ":\n" + folderOutput);
        Assert.Equal(built, CheckResults(File.ReadAllText(Path.Combine(dir, "folder.json"))));
    }

    /// <summary>(id, file name, line, column) of every CITE result in a compiler SARIF 2.1 log, sorted.</summary>
    private static List<(string Id, string File, int Line, int Column)> BuildResults(string sarif)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = new List<(string, string, int, int)>();
        foreach (var run in json.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var r in run.GetProperty("results").EnumerateArray())
            {
                var id = r.GetProperty("ruleId").GetString()!;
                if (!id.StartsWith("CITE", StringComparison.Ordinal))
                {
                    continue;
                }

                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var file = Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                var region = location.GetProperty("region");
                results.Add((id, file, region.GetProperty("startLine").GetInt32(), region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 1));
            }
        }

        return Sorted(results);
    }

    private static List<(string Id, string File, int Line, int Column)> CheckResults(string json)
        => Sorted(TestFolder.Findings(json).Select(f => (f.Id, f.File, f.Line, f.Column)).ToList());

    private static List<(string Id, string File, int Line, int Column)> Sorted(List<(string Id, string File, int Line, int Column)> list)
        => list.Distinct().OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
}
