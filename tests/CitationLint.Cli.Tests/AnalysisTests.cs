using System.Collections.Immutable;
using CitationLint.Cli.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Tests;

/// <summary>What <see cref="Analysis"/> reports depends on the files alone: not on the run, nor on which of its concurrent requests finishes first.</summary>
public sealed class AnalysisTests
{
    /// <summary>
    /// Analyses of one set, one after another in one process, report the same diagnostics. Many files
    /// that cite in comments and in attributes, so that the syntax of some trees is asked for while the
    /// semantics of others is computed. On a single <c>CompilationWithAnalyzers</c> of Roslyn 4.5 asked
    /// for trees concurrently, about one analysis in fifteen of this set went without the syntax actions
    /// of one tree (its comment diagnostics missing, its attribute's kept).
    /// </summary>
    [Fact]
    public async Task Analyses_of_one_set_report_the_same_diagnostics()
    {
        using var folder = new TestFolder();
        var set = SkeletonTests.MixedSet(folder, first: true, SkeletonTests.Traps, SkeletonTests.Adversarial(new Random(23), 160), generated: 200);
        var first = await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None);
        Assert.Empty(first.AnalyzerExceptions);
        var expected = first.Diagnostics.Select(SkeletonTests.Describe).ToList();
        Assert.True(expected.Count > 500, $"only {expected.Count} diagnostics");
        for (var run = 1; run < 12; run++)
        {
            var again = (await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None)).Diagnostics.Select(SkeletonTests.Describe).ToList();
            var missing = expected.Except(again).ToList();
            var added = again.Except(expected).ToList();
            Assert.True(missing.Count + added.Count == 0, $"run {run}: {missing.Count} missing, {added.Count} added\n" + string.Join("\n", missing.Concat(added).Take(10)));
        }
    }

    /// <summary>
    /// A file that cites nothing may still declare what another file's citation attribute binds to: a
    /// constant in its arguments, a symbol it names with <c>nameof</c>, a configured attribute's class or
    /// that class's base (whether Title and Url can be set decides the fix). So may a file whose comments
    /// cite correctly (read without a tree, it gives nothing to report). It is parsed then, and
    /// <c>check</c> reports what a build reports: the whole compilation, every file parsed whole.
    /// </summary>
    [Theory]
    [InlineData("Constant", "[Cites(K.T)]\nclass A { }\n", "static class K { public const string T = \"Med\" + \"sua\"; }\n", "CITE002")]
    [InlineData("Nameof", "[Cites(nameof(Papers.Medsua))]\nclass A { }\n", "static class Papers { public static int Medsua; }\n", "CITE002")]
    [InlineData("AttributeClass", "[Paper(\"MeZO\")]\nclass A { }\n", "class PaperAttribute : System.Attribute { public PaperAttribute(string name) { } public string Title { get; set; } public string Url { get; set; } }\n", "CITE004")]
    [InlineData("CommentedConstant", "[Cites(K.T)]\nclass A { }\n", "// Paper: MeZO \u2014 \"Fine-Tuning Language Models with Just Forward Passes\" (https://arxiv.org/abs/2305.17333)\nstatic class K { public const string T = \"Med\" + \"sua\"; }\n", "CITE002")]
    [InlineData("AttributeBase", "[Paper(\"MeZO\")]\nclass A { }\n", "class PaperBase : RootBase { public string Title { get; set; } public string Url { get; set; } }\n", "CITE004")]
    public async Task A_file_that_cites_nothing_but_declares_what_an_attribute_binds_to_is_read_as_the_build_reads_it(string name, string citing, string declaring, string rule)
    {
        using var folder = new TestFolder();
        folder.Write(".editorconfig", "root = true\n[*.cs]\ncitationlint.attribute_names = Paper\n");
        folder.Write("A.cs", "using CitationLint;\n" + citing);
        folder.Write("Z/Declares.cs", declaring);
        if (name == "AttributeBase")
        {
            // PaperBase's file names no attribute: only the class deriving from it says that it may matter.
            folder.Write("P.cs", "class PaperAttribute : PaperBase { public PaperAttribute(string name) { } }\n");
            folder.Write("R.cs", "class RootBase : System.Attribute { }\n");
        }

        var inputs = Inputs.Collect(new[] { folder.Dir }, Array.Empty<string>(), Array.Empty<string>());
        var set = LoadedSet.Load(inputs.Sets.Single(), new List<string>(), new List<string>());
        var result = await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None);
        var build = await BuildLikeAsync(set);
        Assert.Contains(build, d => d.Contains(" " + rule + " ", StringComparison.Ordinal));
        Assert.Equal(build, result.Diagnostics.Select(SkeletonTests.Describe).ToList());
    }

    /// <summary>
    /// More of what a citation attribute binds to, from two independent reviews: a global using of its
    /// namespace (comments or a directive after <c>global</c>), a global using static or alias of a
    /// constant's class, an enum member as an argument, a configured attribute's class named without
    /// "Attribute", an attribute name followed by a directive or spelt with escapes (a formatting
    /// character's too), another part of a partial class that adds a base, a type or namespace that
    /// shadows a name the attribute uses. Each set twice: as given, and with a correct citation in a
    /// comment at the top of every file but the first (such a file is read without a tree and would be
    /// skipped). <c>check</c> reports what a build reports.
    /// </summary>
    [Theory]
    [InlineData("GlobalUsing", "CITE004", "A.cs", "[Cites(\"MeZO\")]\nclass A { }\n", "G.cs", "global using CitationLint;\n")]
    [InlineData("GlobalUsingStatic", "CITE002", "A.cs", "using CitationLint;\n[Cites(T)]\nclass A { }\n", "K.cs", "static class K { public const string T = \"Med\" + \"sua\"; }\n", "G.cs", "global using static K;\n")]
    [InlineData("GlobalAlias", "CITE002", "A.cs", "using CitationLint;\n[Cites(P.T)]\nclass A { }\n", "K.cs", "static class K { public const string T = \"Med\" + \"sua\"; }\n", "G.cs", "global using P = K;\n")]
    [InlineData("EnumYear", "CITE006", "A.cs", "using CitationLint;\n[Cites(\"MeZO\", Year = (int)Y.V)]\nclass A { }\n", "E.cs", "enum Y { V = 2019 }\n")]
    [InlineData("ClassNamedAsConfigured", "CITE004", "A.cs", "[Paper(Title = \"Fine-Tuning Language Models with Just Forward Passes\")]\nclass A { }\n", "P.cs", "class Paper : PaperBase { }\n", "B.cs", "class PaperBase : System.Attribute { public string Title { get; set; } public string Url { get; set; } }\n")]
    [InlineData("DirectiveAfterName", "CITE002", "A.cs", "class A { }\n", "D.cs", "using CitationLint;\n[Cites\n#pragma warning restore\n(\"Medsua\")]\nclass D { }\n")]
    [InlineData("EscapedName", "CITE002", "A.cs", "class A { }\n", "D.cs", "using CitationLint;\n[C\\u0069tes(\"Medsua\")]\nclass D { }\n")]
    [InlineData("GlobalUsingBlockComment", "CITE004", "A.cs", "[Cites(\"MeZO\")]\nclass A { }\n", "G.cs", "global /**/ using CitationLint;\n")]
    [InlineData("GlobalUsingLineComment", "CITE004", "A.cs", "[Cites(\"MeZO\")]\nclass A { }\n", "G.cs", "global // x\nusing CitationLint;\n")]
    [InlineData("GlobalUsingDirective", "CITE004", "A.cs", "[Cites(\"MeZO\")]\nclass A { }\n", "G.cs", "global\n#pragma warning disable\nusing CitationLint;\n")]
    [InlineData("EscapedFormatChar", "CITE002", "A.cs", "class A { }\n", "D.cs", "using CitationLint;\n[Ci\\u00ADtes(\"Medsua\")]\nclass D { }\n")]
    [InlineData("PartialBase", "CITE002", "A.cs", "using CitationLint;\n[Cites(T)]\npartial class A { }\n", "B.cs", "class B { public const string T = \"Med\" + \"sua\"; }\n", "P.cs", "partial class A : B { }\n")]
    [InlineData("PartialBaseLiteral", "CITE004", "A.cs", "[Cites(\"MeZO\")]\npartial class A { }\n", "B.cs", "class B { public sealed class CitesAttribute : System.Attribute { public CitesAttribute(string name) { } } }\n", "P.cs", "partial class A : B { }\n")]
    [InlineData("ShadowingType", "CITE004", "A.cs", "using CitationLint;\nnamespace App { [Cites(K.T)] class A { } }\n", "B.cs", "class Base { public const string T = \"MeZO\"; }\n", "K.cs", "static class K { public const string T = \"Med\" + \"sua\"; }\n", "S.cs", "namespace App { class K : Base { } }\n")]
    [InlineData("NestedShadow", "-", "A.cs", "using CitationLint;\n[Cites(K.T)]\npartial class A { }\n", "K.cs", "static class K { public const string T = \"Med\" + \"sua\"; }\n", "P.cs", "partial class A { class K { } }\n")]
    [InlineData("ShadowingNamespace", "CITE004", "A.cs", "namespace App { [CitationLint.Cites(\"MeZO\")] class A { } }\n", "N.cs", "namespace App.CitationLint { class Z { } }\n")]
    public async Task What_else_an_attribute_binds_to_is_read_as_the_build_reads_it(string name, string rule, params string[] files)
    {
        foreach (var commented in new[] { false, true })
        {
            using var folder = new TestFolder();

            // The configured name only where it is used: any file holding it is parsed (a word so common would hide a gap).
            folder.Write(".editorconfig", "root = true\n[*.cs]\n" + (files[1].Contains("[Paper(", StringComparison.Ordinal) ? "citationlint.attribute_names = Paper\n" : ""));
            for (var f = 0; f < files.Length; f += 2)
            {
                var quiet = commented && f > 0 ? "// See MeZO \u2014 \"Fine-Tuning Language Models with Just Forward Passes\" (https://arxiv.org/abs/2305.17333)\n" : "";
                folder.Write(files[f], quiet + files[f + 1]);
            }

            var inputs = Inputs.Collect(new[] { folder.Dir }, Array.Empty<string>(), Array.Empty<string>());
            var set = LoadedSet.Load(inputs.Sets.Single(), new List<string>(), new List<string>());
            var result = await Analysis.RunAsync(set, set.Documents, null, CancellationToken.None);
            var build = await BuildLikeAsync(set);
            Assert.True(rule == "-" ? build.Count == 0 : build.Exists(d => d.Contains(" " + rule + " ", StringComparison.Ordinal)), $"{name}: the build reports {(rule == "-" ? "something" : "no " + rule)}");
            Assert.Equal(build, result.Diagnostics.Select(SkeletonTests.Describe).ToList());
        }
    }

    /// <summary>What a build reports: every file parsed whole, the package's attribute added, the whole compilation analysed.</summary>
    private static async Task<List<string>> BuildLikeAsync(LoadedSet set)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var trees = set.Documents.Select(d => CSharpSyntaxTree.ParseText(d.Text, parseOptions, d.Path)).ToList();
        Compilation compilation = CSharpCompilation.Create(
            "Build",
            trees,
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(set.Options.Severities));
        compilation = Analysis.WithCitesAttribute(compilation, trees, parseOptions, CancellationToken.None);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationLint.Analyzers.CitationAnalyzer()), Analysis.OptionsOf(set)).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(SkeletonTests.Describe).ToList();
    }
}
