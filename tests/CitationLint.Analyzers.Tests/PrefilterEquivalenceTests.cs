using System.Collections.Immutable;
using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// The prefilter is exact (DESIGN 6): the analysis with the raw-text prefilter (files and comments
/// ruled out in place, only candidate runs confirmed against the tree) gives the very diagnostics —
/// rule, place, message and fix properties — of the reference path, which walks every comment of
/// every tree and parses each one. Compared on the generated realistic tree, the labelled cases, the
/// citation styles, the valid-code gate, the sample, random comment soup and the prefilter's own traps
/// (comment starts in strings, disabled code, a comment at the end of the file), under the options
/// that change what the prefilter lets through.
/// </summary>
public sealed class PrefilterEquivalenceTests
{
    private static readonly (string Name, Dictionary<string, string> Options, DocumentationMode Mode)[] Settings =
    {
        ("defaults", new Dictionary<string, string>(), DocumentationMode.Diagnose),
        ("free_text = false", new Dictionary<string, string> { ["citationlint.free_text"] = "false" }, DocumentationMode.Diagnose),
        ("comment_markers, attribute_names", new Dictionary<string, string> { ["citationlint.comment_markers"] = "Implemented from, Algorithm", ["citationlint.attribute_names"] = "Paper" }, DocumentationMode.Diagnose),
        ("no documentation mode", new Dictionary<string, string>(), DocumentationMode.None),
    };

    private readonly ITestOutputHelper output;

    public PrefilterEquivalenceTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> SettingNames() => Settings.Select(s => new object[] { s.Name });

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_generated_tree_gives_the_reference_diagnostics(string setting)
    {
        // A fifth of the benchmarks' tree (200 files, 4 MB): every kind of file and comment it generates.
        var files = RealisticSources.Create(files: 200, bytes: 4_000_000);
        await AssertSameAsync(setting, files, corpus: null, expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_labelled_cases_give_the_reference_diagnostics(string setting)
    {
        var (cases, corpus) = LabelledCasesTests.BuildCases();
        var file = new CaseFile(cases.Select(c => c.Code).ToList());
        await AssertSameAsync(setting, new List<(string, string)> { ("/src/Labelled.cs", file.Source) }, ("labelled.papers.tsv", corpus), expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_citation_styles_give_the_reference_diagnostics(string setting)
    {
        var file = new CaseFile(CitationStylesTests.BuildCases().Select(c => c.Code).ToList());
        await AssertSameAsync(setting, new List<(string, string)> { ("/src/Styles.cs", file.Source) }, corpus: null, expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_valid_code_and_the_sample_give_the_reference_diagnostics(string setting)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "ValidCode"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "ZerothOrder.Sample"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();
        var corpus = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "ZerothOrder.Sample", "refs.papers.tsv"));
        await AssertSameAsync(setting, files, ("refs.papers.tsv", corpus), expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task Random_comment_soup_gives_the_reference_diagnostics(string setting)
    {
        var random = new Random(20261202);
        var files = Enumerable.Range(0, 40).Select(i => ("/src/Soup" + i + ".cs", GeneratedInputTests.Generate(random, 20_000))).ToList();
        await AssertSameAsync(setting, files, corpus: null, expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_prefilters_traps_give_the_reference_diagnostics(string setting)
    {
        var traps = new List<(string, string)>
        {
            // A comment start inside a string opens a run that is no comment; the comment after it is.
            ("/src/Strings.cs", "class A\n{\n    string u = \"http://example.com\"; /* Paper: Medsua\n       continued */\n    string g = \"**/*.cs\"; // Paper: MeZo\n    int x; // ok */ Paper: Medsua\n}\n"),
            // Disabled code, a directive, and comments beside both.
            ("/src/Disabled.cs", "#if NEVER\n// Paper: Medsua\n#endif // Paper: MeZo\n#region Paper: Medsua\nclass B { }\n#endregion\n"),
            // The last comment of the file, with no token after it, and one without a line break.
            ("/src/Last.cs", "class C { }\n// Paper: Medsua\n// Cites: MeZo"),
            ("/src/Unterminated.cs", "class D { }\n/* Paper: Medsua"),
            // '/*/' opens and does not close; '/**/' is empty; '////' is no documentation.
            ("/src/Slashes.cs", "class E { /*/ Paper: Medsua */ int a; /**/ int b; //// Paper: MeZo\n}\n"),
            // A quote still open at the end of a '///' block, and a title over two '//' lines.
            ("/src/Quotes.cs", "/// <summary>See \"Fine-Tuning Language Models with\n/// Just Forward Passes\".</summary>\nclass F { }\n// As in \"Medusa: Simple LLM Inference Acceleration\n// Framework with Multiple Decoding Heads\".\nclass G { }\n"),
            // CRLF line ends, a BibTeX entry in lower case, and comments on both sides of a token.
            ("/src/Crlf.cs", "// Paper:\r\n// Medsua\r\nclass H { } // Paper: MeZo\r\n/*\r\n@article{malladi2023,\r\n  title={fine-tuning language models with just forward passes},\r\n  eprint={2305.17333}\r\n}\r\n*/\r\nclass I { }\r\n"),
            // Many slashes on one line, and a very long line of them.
            ("/src/Many.cs", "class J { }\n// " + string.Concat(Enumerable.Repeat("a/b//c/*d*/ ", 2000)) + "Paper: Medsua\n"),
        };
        await AssertSameAsync(setting, traps, corpus: null, expectSome: true);
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public async Task The_reviewers_traps_give_the_reference_diagnostics(string setting)
    {
        // Control characters inside a quote: the lookup's cleaning drops them and joins the words around them.
        await AssertSameAsync(setting, new List<(string, string)> { ("/src/Control.cs", "class C { }\n// As in \"zorb\u0001lax quint\u0001essence flu\u0001xor meth\u0001ods\".\n") }, ("zorb.papers.tsv", "key\ttitle\nzorb\tZorblax Quintessence Fluxor Methods\n"), expectSome: setting != "free_text = false");

        // A surname and comma before a title all of whose words are common (in more titles than a near miss reads).
        var common = new StringBuilder("key\ttitle\ntarget\tDeep Learning Models\n");
        for (var k = 0; k < 300; k++)
        {
            common.Append("v").Append(k).Append("\tDeep Learning Models Variant").Append(k).Append('\n');
        }

        await AssertSameAsync(setting, new List<(string, string)> { ("/src/Surname.cs", "class C { }\n// Compare \"Smith, deep learning models\" here.\n") }, ("common.papers.tsv", common.ToString()), expectSome: setting != "free_text = false");
    }

    private async Task AssertSameAsync(string setting, List<(string Path, string Text)> files, (string Path, string Text)? corpus, bool expectSome)
    {
        var (_, options, mode) = Settings.Single(s => s.Name == setting);
        var filtered = await DiagnosticsAsync(new CitationAnalyzer(), files, corpus, options, mode);
        var reference = await DiagnosticsAsync(new CitationAnalyzer(prefilter: false), files, corpus, options, mode);
        output.WriteLine($"{setting}: {files.Count} files, {files.Sum(f => f.Text.Length) / 1e6:0.00} MB; reference {reference.Count} diagnostics, prefiltered {filtered.Count}");
        if (expectSome)
        {
            Assert.NotEmpty(reference);
        }

        var missing = reference.Except(filtered).ToList();
        var extra = filtered.Except(reference).ToList();
        foreach (var d in missing.Take(20))
        {
            output.WriteLine("missing: " + d);
        }

        foreach (var d in extra.Take(20))
        {
            output.WriteLine("extra: " + d);
        }

        Assert.True(missing.Count == 0 && extra.Count == 0, $"{missing.Count} diagnostics of the reference path missing, {extra.Count} extra (see the output)");
        Assert.Equal(reference, filtered);
    }

    /// <summary>Each diagnostic as one line: file, span, id, severity, message and fix properties, sorted.</summary>
    private static async Task<List<string>> DiagnosticsAsync(CitationAnalyzer analyzer, List<(string Path, string Text)> files, (string Path, string Text)? corpus, Dictionary<string, string> options, DocumentationMode mode)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, mode);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(Generation.CitesAttributeSource.Text, parse, "/obj/" + Generation.CitesAttributeSource.HintName));
        var compilation = CSharpCompilation.Create("Equivalence", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var additional = corpus is { } c ? ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(c.Path, c.Text)) : ImmutableArray<AdditionalText>.Empty;
        var analyzerOptions = new AnalyzerOptions(additional, new TestConfigOptionsProvider(options));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), analyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics
            .Select(d =>
            {
                var line = new StringBuilder();
                line.Append(d.Location.SourceTree?.FilePath).Append(' ').Append(d.Location.SourceSpan).Append(' ').Append(d.Id).Append(' ').Append(d.Severity).Append(": ").Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var p in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    line.Append(" |").Append(p.Key).Append('=').Append(p.Value);
                }

                return line.ToString();
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CitationLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
