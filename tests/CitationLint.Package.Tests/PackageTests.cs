using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace CitationLint.Package.Tests;

public sealed class PackageTests : IClassFixture<PackedPackage>
{
    private const string Corpus = "key\ttitle\taliases\tarxiv\n2205.14135\tFlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness\tFlashAttention\t2205.14135\nbad-line-without-title\n";

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["refs.papers.tsv"] = Corpus,
        ["Optimizer.cs"] = """
            using CitationLint;

            namespace Consumer;

            // Paper: MeZo
            [Cites("Medsua")]
            public sealed class Optimizer
            {
                /// <summary>Implements <cite>fine-tuning language models with just forward passes</cite>.</summary>
                public void Step() { }

                // Paper: MeZO (https://arxiv.org/abs/2401.10774)
                public void Other() { }

                [Cites("Quaxitron")]
                public void Unknown() { }

                [Cites("FlashAttention", Title = "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", Url = "https://arxiv.org/abs/2205.14135")]
                public void Known() { }
            }
            """,
    };

    /// <summary>What a user adds by hand after <c>dotnet add package</c>: the project corpus.</summary>
    private const string CorpusItem = """
          <ItemGroup>
            <AdditionalFiles Include="refs.papers.tsv" />
          </ItemGroup>
        """;

    /// <summary>A complete, correct citation: no diagnostic, so it builds with warnings as errors.</summary>
    private const string MeZO = """[Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]""";

    /// <summary>The options' MSBuild properties (OptionDefinitions.All), made compiler-visible by build/CitationLint.props.</summary>
    private static readonly string[] OptionProperties = { "CitationLintCorpora", "CitationLintAttributeNames", "CitationLintCommentMarkers", "CitationLintUrlStyle", "CitationLintFreeText" };

    private readonly PackedPackage package;

    public PackageTests(PackedPackage package) => this.package = package;

    [Fact]
    public void Package_has_the_analyzer_layout_and_nothing_the_compiler_cannot_load()
    {
        using var zip = ZipFile.OpenRead(package.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/CitationLint.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CitationLint.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CitationLint.Corpus.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        Assert.Contains("build/CitationLint.props", entries);
        using (var propsReader = new StreamReader(zip.GetEntry("build/CitationLint.props")!.Open()))
        {
            var props = XDocument.Parse(propsReader.ReadToEnd());
            var visible = props.Descendants("CompilerVisibleProperty").Select(e => (string?)e.Attribute("Include") ?? string.Empty).ToList();
            Assert.Equal(OptionProperties.OrderBy(p => p, StringComparer.Ordinal), visible.OrderBy(p => p, StringComparer.Ordinal));
        }

        Assert.DoesNotContain(entries, e => e.Contains("AngleSharp", StringComparison.OrdinalIgnoreCase) || e.Contains("Json", StringComparison.OrdinalIgnoreCase) || e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text);
        Assert.Contains("<id>CitationLint</id>", text);
        Assert.DoesNotContain("<dependency ", text);
    }

    [Fact]
    public void A_fresh_project_that_references_the_package_gets_the_diagnostics_in_its_sarif_log()
    {
        var consumer = package.CreateConsumer("Consumer", Sources, CorpusItem);

        // What `dotnet add package` writes for a development dependency: no 'compile' asset (so a
        // lib/ attribute assembly would be missing: the attribute is generated instead), but 'build'
        // (so build/CitationLint.props is imported) and 'analyzers'; private to the project.
        var reference = XDocument.Parse(consumer.ProjectAfterAdd).Descendants("PackageReference").Single(e => (string?)e.Attribute("Include") == "CitationLint");
        Assert.Equal(package.Version, (string?)reference.Attribute("Version"));
        Assert.Equal("all", reference.Element("PrivateAssets")?.Value);
        var assets = (reference.Element("IncludeAssets")?.Value ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "analyzers", "build", "buildtransitive", "contentfiles", "native", "runtime" }, assets.OrderBy(a => a, StringComparer.Ordinal));

        var dir = consumer.Dir;
        var sarif = Path.Combine(dir, "build.sarif");
        var (exit, output) = PackedPackage.Run(dir, "dotnet", "build", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(exit == 0, "build failed:\n" + output);
        var results = ReadSarif(sarif);
        Assert.Contains(("CITE002", "Optimizer.cs", 5), results);
        Assert.Contains(("CITE002", "Optimizer.cs", 6), results);
        Assert.Contains(("CITE010", "Optimizer.cs", 9), results);
        Assert.Contains(("CITE006", "Optimizer.cs", 12), results);
        Assert.Contains(("CITE001", "Optimizer.cs", 15), results);
        Assert.Contains(("CITE007", "refs.papers.tsv", 3), results);
        Assert.DoesNotContain(results, r => r.Line == 18);
        Assert.DoesNotContain(results, r => r.Rule == "AD0001");
        Assert.Contains("warning CITE002", output);

        // [Conditional]: the [Cites] uses compiled, and none of them is in the built assembly.
        var applied = AppliedAttributeTypes(Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.Contains("System.Runtime.Versioning.TargetFrameworkAttribute", applied);
        Assert.DoesNotContain("CitationLint.CitesAttribute", applied);
    }

    [Fact]
    public void Projects_that_see_each_others_internals_and_one_with_its_own_EmbeddedAttribute_build_with_warnings_as_errors()
    {
        // A and B each get their own generated internal CitesAttribute; A shows B its internals, and
        // B uses them. [Embedded] keeps A's attribute out of B's sight: no CS0436 (and no CS0101 or
        // CS0433). The third project declares Microsoft.CodeAnalysis.EmbeddedAttribute itself.
        package.CreateConsumer("LibA", new Dictionary<string, string>
        {
            ["A.cs"] = $$"""
                using System.Runtime.CompilerServices;
                using CitationLint;

                [assembly: InternalsVisibleTo("LibB")]

                namespace LibA;

                {{MeZO}}
                internal static class Secret
                {
                    public static int Value => 42;
                }
                """,
        }, under: "Solution");
        package.CreateConsumer("LibB", new Dictionary<string, string>
        {
            ["B.cs"] = $$"""
                using CitationLint;

                [assembly: {{MeZO[1..^1]}}]

                namespace LibB;

                {{MeZO}}
                public static class UsesA
                {
                    {{MeZO}}
                    public static int Value => LibA.Secret.Value;
                }
                """,
        }, """
              <ItemGroup>
                <ProjectReference Include="../LibA/LibA.csproj" />
              </ItemGroup>
            """, under: "Solution");
        package.CreateConsumer("OwnEmbedded", new Dictionary<string, string>
        {
            ["Own.cs"] = $$"""
                using CitationLint;

                namespace Microsoft.CodeAnalysis
                {
                    internal sealed class EmbeddedAttribute : System.Attribute
                    {
                    }
                }

                namespace OwnEmbedded
                {
                    {{MeZO}}
                    public static class Uses
                    {
                    }
                }
                """,
        }, under: "Solution");
        var solution = Path.Combine(package.WorkDir, "Solution");
        var (exit, output) = PackedPackage.Run(solution, "dotnet", "new", "sln", "--name", "Both", "--format", "sln");
        Assert.True(exit == 0, "dotnet new sln failed:\n" + output);
        (exit, output) = PackedPackage.Run(solution, "dotnet", "sln", "Both.sln", "add", "LibA/LibA.csproj", "LibB/LibB.csproj", "OwnEmbedded/OwnEmbedded.csproj");
        Assert.True(exit == 0, "dotnet sln add failed:\n" + output);

        (exit, output) = PackedPackage.Run(solution, "dotnet", "build", "Both.sln", "-warnaserror", "-p:TreatWarningsAsErrors=true");
        Assert.True(exit == 0, "build failed:\n" + output);
        Assert.DoesNotContain("CS0436", output);
        Assert.DoesNotContain("CS0101", output);
        Assert.DoesNotContain("CS0433", output);
        Assert.Contains("Build succeeded", output);
        foreach (var project in new[] { "LibA", "LibB", "OwnEmbedded" })
        {
            Assert.True(File.Exists(Path.Combine(solution, project, "bin", "Debug", "net10.0", project + ".dll")), project + " was not built:\n" + output);
        }
    }

    [Fact]
    public void The_url_style_msbuild_property_reaches_the_completion_fix()
    {
        var consumer = package.CreateConsumer("HuggingFace", new Dictionary<string, string>
        {
            ["ZerothOrder.cs"] = """
                namespace HuggingFace;

                // Paper: MeZO
                public sealed class ZerothOrder
                {
                }
                """,
        }, """
              <PropertyGroup>
                <CitationLintUrlStyle>huggingface</CitationLintUrlStyle>
              </PropertyGroup>
            """);
        var (exit, output) = PackedPackage.Run(consumer.Dir, "dotnet", "format", "analyzers", consumer.ProjectFile, "--diagnostics", "CITE004", "--severity", "info");
        Assert.True(exit == 0, "dotnet format failed:\n" + output);
        var text = File.ReadAllText(Path.Combine(consumer.Dir, "ZerothOrder.cs"));
        Assert.Contains("// Paper: MeZO — \"Fine-Tuning Language Models with Just Forward Passes\" (https://huggingface.co/papers/2305.17333)\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_bad_msbuild_property_value_is_CITE009_naming_the_property()
    {
        var consumer = package.CreateConsumer("Misspelled", new Dictionary<string, string>
        {
            ["ZerothOrder.cs"] = """
                namespace Misspelled;

                public sealed class ZerothOrder
                {
                }
                """,
        }, """
              <PropertyGroup>
                <CitationLintUrlStyle>hugginface</CitationLintUrlStyle>
              </PropertyGroup>
            """);
        var (exit, output) = PackedPackage.Run(consumer.Dir, "dotnet", "build");
        Assert.True(exit == 0, "build failed:\n" + output);
        var cite009 = output.Split('\n').Where(l => l.Contains("warning CITE009", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cite009);
        Assert.All(cite009, l => Assert.Contains("CitationLintUrlStyle", l));
        Assert.Contains(cite009, l => l.Contains("hugginface", StringComparison.Ordinal));
    }

    [Fact]
    public void Dotnet_format_applies_the_confident_fixes()
    {
        // Trust tiers (DESIGN 4a): form-only fixes of an identified paper run unattended; a rename no
        // second field confirms (Medsua → Medusa) and a URL the name contradicts are left for a person.
        var dir = package.CreateConsumer("Formatted", Sources, CorpusItem).Dir;
        var (exit, output) = PackedPackage.Run(dir, "dotnet", "format", "analyzers", "Formatted.csproj", "--diagnostics", "CITE002", "CITE003", "CITE006", "CITE010", "--severity", "info");
        Assert.True(exit == 0, "dotnet format failed:\n" + output);
        var text = File.ReadAllText(Path.Combine(dir, "Optimizer.cs"));
        Assert.Contains("// Paper: MeZO\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("<cite>Fine-Tuning Language Models with Just Forward Passes</cite>", text);
        Assert.Contains("[Cites(\"Medsua\")]", text);
        Assert.Contains("// Paper: MeZO (https://arxiv.org/abs/2401.10774)", text);
        Assert.Contains("[Cites(\"Quaxitron\")]", text);
    }

    [Fact]
    public void Dotnet_format_never_writes_the_project_corpus_but_fixes_beside_it()
    {
        // Adding a paper silences CITE001; only a person may decide that "Quaxitron" is a paper (DESIGN 4a).
        const string header = "key\ttitle\taliases\tarxiv\turl\tyear\tauthors\n";
        var consumer = package.CreateConsumer("Unattended", new Dictionary<string, string>
        {
            ["refs.papers.tsv"] = header,
            ["Optimizer.cs"] = """
                namespace Unattended;

                // Paper: Quaxitron
                // Paper: MeZo
                public sealed class Optimizer
                {
                }
                """,
        }, CorpusItem);
        var (exit, output) = PackedPackage.Run(consumer.Dir, "dotnet", "format", "analyzers", consumer.ProjectFile, "--diagnostics", "CITE001", "CITE002", "--severity", "warn");
        Assert.True(exit == 0, "dotnet format failed:\n" + output);
        Assert.Equal(header, File.ReadAllText(Path.Combine(consumer.Dir, "refs.papers.tsv")));
        var text = File.ReadAllText(Path.Combine(consumer.Dir, "Optimizer.cs")).ReplaceLineEndings("\n");
        Assert.Contains("// Paper: Quaxitron\n", text);
        Assert.Contains("// Paper: MeZO\n", text);
    }

    /// <summary>The full names of the types of every custom attribute applied anywhere in an assembly.</summary>
    private static List<string> AppliedAttributeTypes(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in reader.CustomAttributes)
        {
            var constructor = reader.GetCustomAttribute(handle).Constructor;
            var type = constructor.Kind switch
            {
                HandleKind.MethodDefinition => (EntityHandle)reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
                HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)constructor).Parent,
                _ => default,
            };
            names.Add(type.Kind switch
            {
                HandleKind.TypeDefinition => FullName(reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace), reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Name)),
                HandleKind.TypeReference => FullName(reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type).Namespace), reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type).Name)),
                _ => "?" + type.Kind,
            });
        }

        return names;

        static string FullName(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
    }

    private static List<(string Rule, string File, int Line)> ReadSarif(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var list = new List<(string, string, int)>();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var rule = result.GetProperty("ruleId").GetString()!;
                if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
                {
                    list.Add((rule, string.Empty, 0));
                    continue;
                }

                var physical = locations[0].GetProperty("physicalLocation");
                var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                var line = physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var start) ? start.GetInt32() : 0;
                list.Add((rule, Path.GetFileName(new Uri(uri).LocalPath), line));
            }
        }

        return list;
    }
}
