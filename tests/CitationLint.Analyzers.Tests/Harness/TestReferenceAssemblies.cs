using System.Reflection;
using Microsoft.CodeAnalysis.Testing;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// The .NET 10 reference assemblies the per-rule tests compile against, found without any network.
/// </summary>
/// <remarks>
/// <para>
/// <c>ReferenceAssemblies.Net.*</c> name package versions the served registry does not have, so the
/// package is named here: <c>Microsoft.NETCore.App.Ref</c>, the version the test project's
/// <c>&lt;PackageDownload&gt;</c> restores (one MSBuild property, passed in as assembly metadata).
/// </para>
/// <para>
/// How it is found: Microsoft.CodeAnalysis.Testing resolves a ReferenceAssemblies through the NuGet
/// client libraries, with the NuGet settings of the file given to
/// <see cref="ReferenceAssemblies.WithNuGetConfigFilePath"/> (else the machine's). It puts that
/// settings' global packages folder first among its package sources, as a local V3 feed, and its own
/// folder <c>$TMPDIR/test-packages</c> second, before the settings' sources. A package counts as
/// installed only in the <c>Id.Version</c> folder layout, which only <c>test-packages</c> has (the
/// global packages folder is <c>id/version</c>), so on the first run the library copies the package
/// out of the global packages folder into <c>test-packages/Microsoft.NETCore.App.Ref.&lt;version&gt;</c>
/// and reads the assemblies there; later runs find that copy. The build writes
/// <c>reference-assemblies.nuget.config</c> beside the test assembly with <c>globalPackagesFolder</c>
/// set to the folder this restore used (<c>$(NuGetPackageRoot)</c>) and every package source cleared:
/// the copy comes from what <c>dotnet restore</c> fetched, the machine's NuGet configuration plays no
/// part, and a missing package is an error here, never a download.
/// </para>
/// </remarks>
public static class TestReferenceAssemblies
{
    public const string PackageId = "Microsoft.NETCore.App.Ref";

    public static readonly string Version = Metadata("TestReferenceAssembliesVersion");

    /// <summary>The global packages folder restore used, as MSBuild's <c>NuGetPackageRoot</c> gave it.</summary>
    public static readonly string PackageRoot = Metadata("NuGetPackageRoot");

    public static readonly string NuGetConfigPath = Path.Combine(AppContext.BaseDirectory, "reference-assemblies.nuget.config");

    private static readonly Lazy<ReferenceAssemblies> Lazy = new(Create);

    public static ReferenceAssemblies Net100 => Lazy.Value;

    private static ReferenceAssemblies Create()
    {
        // The library would only say "key not found" for a package that is in no folder.
        var folder = Path.Combine(PackageRoot, PackageId.ToLowerInvariant(), Version, "ref", "net10.0");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"{PackageId} {Version} is not in {PackageRoot}: run 'dotnet restore' on the test project, whose <PackageDownload> fetches it.");
        }

        if (!File.Exists(NuGetConfigPath))
        {
            throw new InvalidOperationException($"{NuGetConfigPath} is missing: the test project's build writes it.");
        }

        return new ReferenceAssemblies("net10.0", new PackageIdentity(PackageId, Version), Path.Combine("ref", "net10.0"))
            .WithNuGetConfigFilePath(NuGetConfigPath);
    }

    private static string Metadata(string key)
        => typeof(TestReferenceAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"assembly metadata '{key}' is missing: the test project sets it.");
}
