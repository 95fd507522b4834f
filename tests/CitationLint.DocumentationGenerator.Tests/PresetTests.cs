using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.DocumentationGenerator.Tests;

/// <summary>
/// The presets read, through Roslyn's own config parser, as their headers say: every rule at its
/// default severity (strict: CITE004 and CITE008 as warnings), and option values the analyzer accepts
/// without a CITE009 and parses to each option's default.
/// </summary>
public sealed class PresetTests
{
    private static readonly DocumentationWriter Writer = DocumentationWriter.ForCitationLint();

    public static TheoryData<string> Presets() => new() { "recommended.editorconfig", "recommended.globalconfig", "strict.editorconfig", "strict.globalconfig" };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_sets_every_rule_and_option_as_its_header_says(string name)
    {
        var text = Writer.GetExpectedFiles(RepoPaths.Root)["docs/presets/" + name];
        var strict = name.StartsWith("strict", StringComparison.Ordinal);
        var global = name.EndsWith(".globalconfig", StringComparison.Ordinal);
        Assert.Equal(global, text.StartsWith("is_global = true\n", StringComparison.Ordinal));

        var (severities, values) = Read(text, global);
        foreach (var rule in Writer.Rules)
        {
            var expected = DocumentationWriter.PresetSeverity(rule, strict);
            Assert.Equal(expected == DiagnosticSeverity.Warning ? ReportDiagnostic.Warn : ReportDiagnostic.Info, severities[rule.Id]);
        }

        Assert.Equal(strict, severities[RuleIdentifiers.IncompleteCitation] == ReportDiagnostic.Warn);
        Assert.Equal(Writer.Options.Select(o => o.Key).OrderBy(k => k), values.Keys.Where(k => k.StartsWith("citationlint.", StringComparison.Ordinal)).OrderBy(k => k));

        Assert.True(OptionDefinitions.Corpora.TryParse(values[OptionDefinitions.Corpora.Key], out var corpora));
        Assert.Equal(OptionDefinitions.Corpora.Default.AsEnumerable(), corpora.AsEnumerable());
        Assert.True(OptionDefinitions.AttributeNames.TryParse(values[OptionDefinitions.AttributeNames.Key], out var attributes));
        Assert.Empty(attributes);
        Assert.True(OptionDefinitions.CommentMarkers.TryParse(values[OptionDefinitions.CommentMarkers.Key], out var markers));
        Assert.Empty(markers);
        Assert.True(OptionDefinitions.UrlStyle.TryParse(values[OptionDefinitions.UrlStyle.Key], out var style));
        Assert.Equal(OptionDefinitions.UrlStyle.Default, style);
        Assert.True(OptionDefinitions.FreeText.TryParse(values[OptionDefinitions.FreeText.Key], out var freeText));
        Assert.Equal(OptionDefinitions.FreeText.Default, freeText);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task The_analyzer_reports_no_invalid_option_for_a_preset(string name)
    {
        var text = Writer.GetExpectedFiles(RepoPaths.Root)["docs/presets/" + name];
        var (_, values) = Read(text, name.EndsWith(".globalconfig", StringComparison.Ordinal));
        var tree = CSharpSyntaxTree.ParseText("// Paper: MeZO\nclass C { }\n", path: "/repo/src/C.cs");
        var compilation = CSharpCompilation.Create("Preset", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(values));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIdentifiers.InvalidOption);
        Assert.Contains(diagnostics, d => d.Id == RuleIdentifiers.IncompleteCitation);
    }

    /// <summary>What Roslyn makes of a preset for a C# file under the folder that holds it.</summary>
    private static (ImmutableDictionary<string, ReportDiagnostic> Severities, ImmutableDictionary<string, string> Values) Read(string text, bool global)
    {
        var config = AnalyzerConfig.Parse(text, global ? "/repo/.globalconfig" : "/repo/.editorconfig");
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out var diagnostics);
        Assert.Empty(diagnostics);
        // A global config's severities apply to the compilation, not to a tree, so Roslyn keeps them apart.
        var result = global ? set.GlobalConfigOptions : set.GetOptionsForSourcePath("/repo/src/C.cs");
        Assert.Empty(result.Diagnostics);
        return (result.TreeOptions, result.AnalyzerOptions);
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => this.values = values;

        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions options;

        public DictionaryOptionsProvider(ImmutableDictionary<string, string> values) => options = new DictionaryOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }
}
