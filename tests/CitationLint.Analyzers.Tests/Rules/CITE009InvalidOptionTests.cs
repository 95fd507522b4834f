using CitationLint.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static CitationLint.Analyzers.Tests.Harness.CSharpCitationVerifier;

namespace CitationLint.Analyzers.Tests.Rules;

/// <summary>
/// CITE009 is reported once per compilation, at its end, with no location (an .editorconfig is no
/// file of the compilation). Options come from real <c>/.editorconfig</c> and <c>/.globalconfig</c>
/// files; where a value is rejected, the test also shows that the default is what takes effect.
/// </summary>
public sealed class CITE009InvalidOptionTests
{
    private const string UrlStyleAllowed = "allowed: arxiv or huggingface";

    private const string Incomplete = """
        // Paper: {|CITE004:MeZO|}
        class C { }
        """;

    private const string CompletedWithArxiv = """
        // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://arxiv.org/abs/2305.17333)
        class C { }
        """;

    private const string CompletedWithHuggingFace = """
        // Paper: MeZO — "Fine-Tuning Language Models with Just Forward Passes" (https://huggingface.co/papers/2305.17333)
        class C { }
        """;

    /// <summary>Free text (site 6) reports this near miss only while it is on.</summary>
    private const string FreeTextOn = """
        // We follow {|CITE002:MeΖO|} here.
        class C { }
        """;

    private const string FreeTextOff = """
        // We follow MeΖO here.
        class C { }
        """;

    /// <summary>A complete citation of a seed-corpus paper: silent for every rule while the seed corpus is used.</summary>
    private const string KnownPaper = CompletedWithArxiv;

    private static DiagnosticResult Cite009(string key, string value, string reason) => Diagnostic("CITE009").WithArguments(key, value, reason);

    [Fact]
    public Task A_misspelled_url_style_is_reported_and_the_default_arxiv_url_is_used()
        => new CSharpCitationVerifier
        {
            TestCode = Incomplete,
            ExpectedDiagnostics =
            {
                Diagnostic("CITE009").WithNoLocation().WithSeverity(DiagnosticSeverity.Warning)
                    .WithMessage("'citationlint.url_style = hugginface' is not a valid CitationLint option (allowed: arxiv or huggingface); the default is used"),
            },
            FixedCode = CompletedWithArxiv,
        }.Only("CITE004", "CITE009").WithEditorConfig("citationlint.url_style = hugginface").RunAsync();

    [Fact]
    public Task A_free_text_value_outside_its_set_is_reported_and_free_text_stays_on()
        => new CSharpCitationVerifier
        {
            TestCode = FreeTextOn,
            ExpectedDiagnostics = { Cite009("citationlint.free_text", "maybe", "allowed: true or false (also yes/no, on/off, 1/0)") },
        }.Only("CITE002", "CITE009").WithGlobalConfig("citationlint.free_text = maybe").RunAsync();

    [Fact]
    public Task A_renamed_key_names_its_replacement_and_the_default_corpus_stays()
        => new CSharpCitationVerifier
        {
            TestCode = KnownPaper,
            ExpectedDiagnostics = { Cite009("citationlint.use_default_corpus", "no", "this key was replaced by citationlint.corpora") },
        }.WithEditorConfig("citationlint.use_default_corpus = no").RunAsync();

    [Fact]
    public Task A_misspelled_key_is_reported_with_the_known_keys()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: {|CITE004:MeZO|}
                // X: MeZO
                class C { }
                """,
            ExpectedDiagnostics =
            {
                Cite009(
                    "citationlint.comment_marker",
                    "X",
                    "unknown key; known keys: citationlint.corpora, citationlint.attribute_names, citationlint.comment_markers, citationlint.url_style, citationlint.free_text"),
            },
        }.Only("CITE004", "CITE009").WithEditorConfig("citationlint.comment_marker = X").RunAsync();

    [Fact]
    public Task An_unknown_corpus_is_reported_and_the_seed_corpus_is_used()
        => new CSharpCitationVerifier
        {
            TestCode = KnownPaper,
            ExpectedDiagnostics = { Cite009("citationlint.corpora", "bogus", "allowed: a comma-separated list of seed and well-known, or none") },
        }.WithEditorConfig("citationlint.corpora = bogus").RunAsync();

    [Fact]
    public Task Free_text_no_is_valid_and_switches_free_text_off()
        => new CSharpCitationVerifier { TestCode = FreeTextOff }
            .Only("CITE002", "CITE009").WithEditorConfig("citationlint.free_text = no").RunAsync();

    [Fact]
    public Task Free_text_yes_is_valid_and_keeps_free_text_on()
        => new CSharpCitationVerifier { TestCode = FreeTextOn }
            .Only("CITE002", "CITE009").WithGlobalConfig("citationlint.free_text = yes").RunAsync();

    [Fact]
    public Task Url_style_is_read_whatever_its_case()
        => new CSharpCitationVerifier { TestCode = Incomplete, FixedCode = CompletedWithHuggingFace }
            .Only("CITE004", "CITE009").WithEditorConfig("citationlint.url_style = HuggingFace").RunAsync();

    [Fact]
    public Task Corpora_none_is_valid_and_leaves_only_project_papers()
        => new CSharpCitationVerifier
        {
            TestCode = """
                // Paper: {|CITE001:MeZO|}
                class C { }
                """,
        }.Only("CITE001", "CITE009").WithGlobalConfig("citationlint.corpora = none").RunAsync();

    [Fact]
    public Task The_same_bad_value_in_several_trees_and_both_config_files_is_reported_once()
        => new CSharpCitationVerifier
        {
            TestState =
            {
                Sources = { Incomplete, Incomplete.Replace("class C", "class D", StringComparison.Ordinal) },
                ExpectedDiagnostics = { Cite009("citationlint.url_style", "hugginface", UrlStyleAllowed) },
            },
        }.Only("CITE004", "CITE009")
            .WithEditorConfig("citationlint.url_style = hugginface")
            .WithGlobalConfig("citationlint.url_style = hugginface")
            .RunAsync();

    /// <summary>The SDK passes MSBuild properties to analyzers in a generated global config of this form.</summary>
    [Fact]
    public Task A_bad_msbuild_property_is_reported_under_its_property_name()
        => new CSharpCitationVerifier
        {
            TestCode = Incomplete,
            ExpectedDiagnostics = { Cite009("CitationLintUrlStyle", "hugginface", UrlStyleAllowed) },
            FixedCode = CompletedWithArxiv,
        }.Only("CITE004", "CITE009").WithGlobalConfig("build_property.CitationLintUrlStyle = hugginface").RunAsync();

    /// <summary>An MSBuild property that is not set arrives empty: not a choice, and not reported.</summary>
    [Fact]
    public Task An_empty_msbuild_property_is_not_reported()
        => new CSharpCitationVerifier { TestCode = Incomplete, FixedCode = CompletedWithArxiv }
            .Only("CITE004", "CITE009").WithGlobalConfig("build_property.CitationLintUrlStyle =").RunAsync();

    [Fact]
    public Task A_valid_msbuild_property_takes_effect()
        => new CSharpCitationVerifier { TestCode = Incomplete, FixedCode = CompletedWithHuggingFace }
            .Only("CITE004", "CITE009").WithGlobalConfig("build_property.CitationLintUrlStyle = huggingface").RunAsync();

    /// <summary>A tree's .editorconfig section wins over the .globalconfig (DESIGN 5), both ways round.</summary>
    [Theory]
    [InlineData("huggingface", "arxiv", CompletedWithArxiv)]
    [InlineData("arxiv", "huggingface", CompletedWithHuggingFace)]
    public Task Editorconfig_beats_globalconfig(string inGlobalConfig, string inEditorConfig, string completed)
        => new CSharpCitationVerifier { TestCode = Incomplete, FixedCode = completed }
            .Only("CITE004", "CITE009")
            .WithGlobalConfig("citationlint.url_style = " + inGlobalConfig)
            .WithEditorConfig("citationlint.url_style = " + inEditorConfig)
            .RunAsync();

    /// <summary>
    /// The corpus is chosen once per compilation, but the same precedence holds (DESIGN 5): Roslyn's
    /// options for every tree here hold the .editorconfig value over the .globalconfig one, so that
    /// is the corpus used. Fails today, both ways round: CompilationAnalysis.Create takes
    /// <c>citationlint.corpora</c> from the .globalconfig whenever it is there, before any tree.
    /// </summary>
    [Theory]
    [InlineData("none", "seed", false)]
    [InlineData("seed", "none", true)]
    public Task Editorconfig_beats_globalconfig_for_corpora(string inGlobalConfig, string inEditorConfig, bool unknown)
        => new CSharpCitationVerifier { TestCode = unknown ? "// Paper: {|CITE001:MeZO|}\nclass C { }\n" : "// Paper: MeZO\nclass C { }\n" }
            .Only("CITE001", "CITE009")
            .WithGlobalConfig("citationlint.corpora = " + inGlobalConfig)
            .WithEditorConfig("citationlint.corpora = " + inEditorConfig)
            .RunAsync();
}
