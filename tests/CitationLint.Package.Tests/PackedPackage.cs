using System.Diagnostics;
using System.Text;

namespace CitationLint.Package.Tests;

/// <summary>
/// Packs src/CitationLint once per test run under a version of its own, into a feed folder of its
/// own, so that no NuGet cache can serve an older package of the same version.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = FindRoot();
        WorkDir = Directory.CreateTempSubdirectory("citationlint-package-").FullName;
        Feed = Path.Combine(WorkDir, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var (exit, output) = Run(Root, "dotnet", "pack", Path.Combine(Root, "src", "CitationLint", "CitationLint.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        Assert.True(exit == 0, "dotnet pack failed:\n" + output);
        Package = Path.Combine(Feed, "CitationLint." + Version + ".nupkg");
        Assert.True(File.Exists(Package), "no package at " + Package + "\n" + output);

        // What a user adds to reach a feed folder: one more source. No <clear/> and no registry
        // named: the machine's default source supplies everything else. The consumers live under
        // WorkDir, outside the repository, so the repository's nuget.config does not apply; the
        // packages folder is private (a package of this version is never served from another cache)
        // and shared by every consumer of the run.
        File.WriteAllText(Path.Combine(WorkDir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="citationlint-test-feed" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(WorkDir, "packages")}" />
              </config>
            </configuration>
            """);
    }

    public string Root { get; }

    public string WorkDir { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

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

    /// <summary>
    /// Makes a fresh consumer the way a user does: <c>dotnet new classlib</c>, then
    /// <c>dotnet add package CitationLint --version … --source …</c>. Returns the project file as the
    /// SDK wrote it; then adds <paramref name="projectXml"/> (items and properties the user would
    /// add by hand) before <c>&lt;/Project&gt;</c> and writes <paramref name="files"/>.
    /// </summary>
    /// <param name="under">A folder under the work folder to create the project in (a solution's).</param>
    public Consumer CreateConsumer(string name, IReadOnlyDictionary<string, string> files, string projectXml = "", string? under = null)
    {
        var parent = under is null ? WorkDir : Path.Combine(WorkDir, under);
        var dir = Path.Combine(parent, name);
        var (exit, output) = Run(WorkDir, "dotnet", "new", "classlib", "--name", name, "--output", dir, "--no-restore");
        Assert.True(exit == 0, "dotnet new classlib failed:\n" + output);
        File.Delete(Path.Combine(dir, "Class1.cs"));
        (exit, output) = Run(dir, "dotnet", "add", "package", "CitationLint", "--version", Version, "--source", Feed);
        Assert.True(exit == 0, "dotnet add package failed:\n" + output);
        var project = Path.Combine(dir, name + ".csproj");
        var added = File.ReadAllText(project);
        if (projectXml.Length > 0)
        {
            var close = added.LastIndexOf("</Project>", StringComparison.Ordinal);
            Assert.True(close >= 0, "no </Project> in " + project);
            File.WriteAllText(project, added[..close] + projectXml.TrimEnd() + "\n\n" + added[close..]);
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new Consumer(dir, project, added);
    }

    public static (int Exit, string Output) Run(string workingDirectory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // A nested build must not inherit the test run's MSBuild node or warnings-as-errors settings.
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        // Build nodes of a nested build end with it rather than linger on a shared machine.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "\n(timed out)");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>The repository root: the folder above the test binaries that holds CitationLint.sln.</summary>
    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CitationLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found");
    }
}

/// <summary>A consumer project: its folder, its project file, and that file as <c>dotnet add package</c> left it.</summary>
public sealed record Consumer(string Dir, string ProjectFile, string ProjectAfterAdd);
