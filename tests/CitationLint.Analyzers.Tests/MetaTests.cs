using System.Collections.Immutable;
using System.Composition;
using System.Reflection;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers.Tests;

/// <summary>Checks on the rule set as a whole: ids, help links, doc pages, release tracking, exports.</summary>
public sealed class MetaTests
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = new CitationAnalyzer().SupportedDiagnostics;

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(dir!.FullName, "CitationLint.sln")))
            {
                dir = dir.Parent;
            }

            return dir.FullName;
        }
    }

    [Fact]
    public void Ids_are_unique_and_are_CITE001_to_CITE010()
        => Assert.Equal(Enumerable.Range(1, 10).Select(i => $"CITE{i:000}"), Descriptors.Select(d => d.Id).OrderBy(i => i));

    [Fact]
    public void Every_help_link_points_at_an_existing_doc_page_with_the_standard_headings()
    {
        foreach (var d in Descriptors)
        {
            Assert.Equal(RuleIdentifiers.GetHelpUri(d.Id), d.HelpLinkUri);
            var page = Path.Combine(Root, "docs", "rules", d.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + d.Id + ": " + d.Title, text);
            foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix violations", "## How to suppress violations" })
            {
                Assert.Contains(heading, text);
            }
        }
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_severity()
    {
        var text = File.ReadAllText(Path.Combine(Root, "src", "CitationLint.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Root, "src", "CitationLint.Analyzers", "AnalyzerReleases.Shipped.md"));
        foreach (var d in Descriptors)
        {
            Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} |", text);
        }
    }

    [Fact]
    public void Warnings_and_infos_follow_the_design()
    {
        var infos = Descriptors.Where(d => d.DefaultSeverity == DiagnosticSeverity.Info).Select(d => d.Id).ToArray();
        Assert.Equal(new[] { "CITE004", "CITE008", "CITE010" }, infos.OrderBy(i => i));
        Assert.All(Descriptors, d => Assert.True(d.IsEnabledByDefault));
    }

    [Fact]
    public async Task Runs_on_empty_source() => Assert.Empty(await Verifier.Create().DiagnosticsAsync(string.Empty));

    [Fact]
    public void The_fixer_is_exported_with_a_name_and_fixes_only_rules_that_have_fixes()
    {
        var export = typeof(CitationCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(nameof(CitationCodeFixProvider), export!.Name);
        Assert.NotNull(typeof(CitationCodeFixProvider).GetCustomAttribute<SharedAttribute>());
        Assert.Equal(new[] { "CITE002", "CITE003", "CITE004", "CITE005", "CITE006", "CITE010" }, new CitationCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i));
    }

    [Fact]
    public void The_add_to_corpus_fixer_is_exported_with_a_name_and_fixes_the_rules_of_papers_outside_the_corpus()
    {
        var export = typeof(AddToCorpusCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal(nameof(AddToCorpusCodeFixProvider), export!.Name);
        Assert.NotNull(typeof(AddToCorpusCodeFixProvider).GetCustomAttribute<SharedAttribute>());
        Assert.Equal(new[] { "CITE001", "CITE008" }, new AddToCorpusCodeFixProvider().FixableDiagnosticIds.OrderBy(i => i));
        Assert.NotEqual(CitationCodeFixProvider.ConfidentKey, AddToCorpusCodeFixProvider.EquivalenceKeyPrefix);
        Assert.DoesNotContain(AddToCorpusCodeFixProvider.EquivalenceKeyPrefix, CitationCodeFixProvider.ConfidentKey, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analyzer_assembly_references_nothing_the_compiler_host_may_lack()
    {
        foreach (var assembly in new[] { typeof(CitationAnalyzer).Assembly, typeof(CitationLint.Corpus.Paper).Assembly })
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                Assert.True(
                    reference.Name is "netstandard" or "System.Collections.Immutable" or "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" or "CitationLint.Corpus",
                    assembly.GetName().Name + " references " + reference.Name);
            }
        }
    }
}
