using CitationLint.Package.Tests;

namespace CitationLint.Cli.Tests;

/// <summary>
/// Packs the analyzer package (src/CitationLint) and the tool (src/CitationLint.Cli) once per run
/// under a version of their own into a feed folder of their own, and installs the tool from that
/// folder as a user does: <c>dotnet tool install --tool-path … --add-source … CitationLint.Cli --version …</c>.
/// Packs the Debug build the test run already made, setting only the package version (an assembly
/// version would rebuild the projects while the package tests pack their Release build).
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public InstalledTool()
    {
        Root = PackedPackage.FindRoot();
        WorkDir = Directory.CreateTempSubdirectory("citationlint-tool-").FullName;
        Feed = Path.Combine(WorkDir, "feed");
        Version = "0.1.0-clitest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var project in new[] { "src/CitationLint/CitationLint.csproj", "src/CitationLint.Cli/CitationLint.Cli.csproj" })
        {
            var (packed, packOutput) = PackedPackage.Run(Root, "dotnet", "pack", Path.Combine(Root, project), "-c", "Debug", "-o", Feed, "-p:PackageVersion=" + Version);
            Assert.True(packed == 0, "dotnet pack " + project + " failed:\n" + packOutput);
        }

        // One more source, no registry named; a private packages folder, so no cache serves another build.
        File.WriteAllText(Path.Combine(WorkDir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="citationlint-cli-test-feed" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(WorkDir, "packages")}" />
              </config>
            </configuration>
            """);
        ToolPath = Path.Combine(WorkDir, "tools");
        var (exit, output) = PackedPackage.Run(WorkDir, "dotnet", "tool", "install", "--tool-path", ToolPath, "--add-source", Feed, "CitationLint.Cli", "--version", Version);
        Assert.True(exit == 0, "dotnet tool install failed:\n" + output);
        Command = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "citationlint.exe" : "citationlint");
        Assert.True(File.Exists(Command), "no tool at " + Command + "\n" + output);
    }

    public string Root { get; }

    public string WorkDir { get; }

    public string Feed { get; }

    public string Version { get; }

    public string ToolPath { get; }

    /// <summary>The installed <c>citationlint</c> command.</summary>
    public string Command { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
