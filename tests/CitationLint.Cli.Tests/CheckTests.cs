using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Tests;

/// <summary><c>citationlint check</c> on real files in a temporary folder, run in-process.</summary>
public sealed class CheckTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Text_output_is_the_compilers_format_and_a_warning_exits_1()
    {
        var a = folder.Write("A.cs", TestFolder.Misspelled);
        var (exit, output, _) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(a + "(3,11): warning CITE002: 'MeZo' is not a known paper; did you mean 'MeZO'", line);
    }

    [Fact]
    public void A_clean_folder_exits_0_and_prints_no_finding()
    {
        folder.Write("Done.cs", TestFolder.Clean);
        var (exit, output, error) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output.Trim());
        Assert.Contains("checked 1 files (1 parsed)", error);
    }

    [Theory]
    [InlineData("warning", 1)]
    [InlineData("error", 0)]
    [InlineData("note", 1)]
    public void Fail_level_decides_the_exit_code(string level, int expected)
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        Assert.Equal(expected, TestFolder.Run("check", folder.Dir, "--fail-level", level).Exit);
    }

    [Fact]
    public void An_info_finding_fails_only_at_fail_level_note_or_info()
    {
        folder.Write("B.cs", TestFolder.Incomplete);
        var (exit, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal(0, exit);
        var finding = Assert.Single(TestFolder.Findings(output));
        Assert.Equal(("CITE004", "info", "B.cs", 3, 27), (finding.Id, finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Equal(1, TestFolder.Run("check", folder.Dir, "--fail-level", "info").Exit);
        Assert.Equal(1, TestFolder.Run("check", folder.Dir, "--fail-level", "note").Exit);
    }

    [Fact]
    public void Json_has_every_field_with_1_based_positions()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        var (_, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var f = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("CITE002", f.GetProperty("id").GetString());
        Assert.Equal("warning", f.GetProperty("severity").GetString());
        Assert.Contains("'MeZO'", f.GetProperty("message").GetString());
        Assert.Equal(folder.Path("A.cs"), f.GetProperty("path").GetString());
        Assert.Equal(3, f.GetProperty("line").GetInt32());
        Assert.Equal(11, f.GetProperty("column").GetInt32());
        Assert.Equal(3, f.GetProperty("endLine").GetInt32());
        Assert.Equal(15, f.GetProperty("endColumn").GetInt32());
        Assert.True(f.GetProperty("fixable").GetBoolean());
    }

    [Fact]
    public void Sarif_has_the_rules_results_regions_and_the_fix()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        var sarifPath = folder.Path("out/check.sarif");
        var (exit, output, _) = TestFolder.Run("check", folder.Dir, "--format", "sarif", "--output", sarifPath);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(new Analyzers.CitationAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), ids);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.EndsWith("docs/rules/" + id + ".md", rule.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        }

        var result = Assert.Single(run.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("CITE002", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((3, 11, 3, 15), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        // The fix's replacements, applied to the file, fix the finding: check no longer reports it.
        var change = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.EndsWith("A.cs", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var lines = File.ReadAllLines(folder.Path("A.cs")).ToList();
        foreach (var r in change.GetProperty("replacements").EnumerateArray().Reverse())
        {
            var d = r.GetProperty("deletedRegion");
            Assert.Equal(d.GetProperty("startLine").GetInt32(), d.GetProperty("endLine").GetInt32());
            var line = lines[d.GetProperty("startLine").GetInt32() - 1];
            var start = d.GetProperty("startColumn").GetInt32() - 1;
            var end = d.GetProperty("endColumn").GetInt32() - 1;
            lines[d.GetProperty("startLine").GetInt32() - 1] = line[..start] + r.GetProperty("insertedContent").GetProperty("text").GetString() + line[end..];
        }

        Assert.StartsWith("// Paper: MeZO", lines[2]);
        File.WriteAllLines(folder.Path("A.cs"), lines);
        Assert.DoesNotContain(TestFolder.Findings(TestFolder.Run("check", folder.Dir, "--format", "json").Out), f => f.Id == "CITE002");
    }

    [Fact]
    public void A_path_that_does_not_exist_is_exit_2_naming_it()
    {
        var missing = folder.Path("nowhere/Missing.cs");
        var (exit, output, error) = TestFolder.Run("check", missing);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'" + missing + "' does not exist", error);
    }

    [Fact]
    public void A_corpus_file_that_does_not_exist_is_exit_2()
    {
        folder.Write("A.cs", TestFolder.Clean);
        var (exit, _, error) = TestFolder.Run("check", folder.Dir, "--corpus", folder.Path("refs.papers.tsv"));
        Assert.Equal(2, exit);
        Assert.Contains("the corpus file", error);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void A_corpus_with_a_broken_line_is_CITE007_at_that_line_and_its_good_papers_are_used()
    {
        var corpus = folder.Write("refs.papers.tsv", "key\ttitle\taliases\nfrob\tFrobnication at Scale\tFrobNet\nbroken\n");
        folder.Write("B.cs", "// Paper: FrobNte\nclass B { }\n");
        var (exit, output, _) = TestFolder.Run("check", folder.Dir, "--corpus", corpus, "--format", "json");
        Assert.Equal(1, exit);
        var findings = TestFolder.Findings(output);
        Assert.Contains(("CITE007", "warning", "refs.papers.tsv", 3, 1, false), findings);
        Assert.Contains(findings, f => f.Id == "CITE002" && f.File == "B.cs");
        Assert.Equal(0, TestFolder.Run("check", folder.Dir, "--corpus", corpus, "--fail-level", "error").Exit);
    }

    [Fact]
    public void A_folder_of_binaries_is_skipped_without_a_crash()
    {
        var random = new Random(11);
        for (var i = 0; i < 5; i++)
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            bytes[10] = 0;
            folder.WriteBytes($"bin-like/lib{i}.dll", bytes);
            folder.WriteBytes($"bin-like/Blob{i}.cs", bytes);
        }

        var (exit, output, error) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output.Trim());
        Assert.Contains("Blob0.cs: a binary file", error);
        Assert.Contains("checked 5 files (0 parsed)", error);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_latin1_as_the_compiler_does_with_a_warning()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("namespace Demo;\n\n// Paper: MeZo\n// \u00e9t\u00e9\n"));
        bytes.AddRange(new byte[] { 0xE9, 0xFF, (byte)'\n' });
        bytes.AddRange(Encoding.UTF8.GetBytes("public sealed class Step { }\n"));
        var path = folder.WriteBytes("Latin.cs", bytes.ToArray());
        var (exit, output, error) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(1, exit);
        Assert.Contains("Latin.cs: not valid UTF-8", error);
        Assert.Contains(path + "(3,11): warning CITE002", output);
    }

    [Fact]
    public void A_10_MB_generated_file_finishes()
    {
        var sb = new StringBuilder("namespace Big;\n\n// Paper: MeZo\npublic static class Data\n{\n");
        var i = 0;
        while (sb.Length < 10 * 1024 * 1024)
        {
            sb.Append("    // value ").Append(i).Append(" of the table, see the method below\n    public const int V").Append(i).Append(" = ").Append(i).Append(";\n");
            i++;
        }

        sb.Append("}\n");
        folder.Write("Big.cs", sb.ToString());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(("CITE002", 3), TestFolder.Findings(output).Select(f => (f.Id, f.Line)).Single());
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "took " + clock.Elapsed);
    }

    [Fact]
    public void The_prefilter_keeps_files_without_comments_or_attributes_from_being_parsed()
    {
        folder.Write("Plain.cs", "namespace Demo; public sealed class Plain { public int X => 1; }\n");
        folder.Write("A.cs", TestFolder.Misspelled);
        var (_, _, error) = TestFolder.Run("check", folder.Dir);
        Assert.Contains("checked 2 files (1 parsed)", error);
    }

    [Fact]
    public void The_analyzers_prefilter_keeps_files_whose_comments_cite_nothing_from_being_parsed()
    {
        // Comments of every ordinary kind: a licence, documentation, camelCase code, a URL, a quote of common words.
        const string Ordinary = "// Copyright (c) Contoso. Licensed under the MIT License.\n"
            + "namespace Demo;\n\n/// <summary>Gets or sets the <see cref=\"ItemCount\"/> of the buffer.</summary>\n"
            + "public sealed class Plain\n{\n    // var old = ComputeSlow(input); see https://github.com/dotnet/runtime/issues/1\n"
            + "    // Uses \"copy on write\" semantics when the caller owns it.\n    public int ItemCount => 1;\n}\n";
        folder.Write("Plain.cs", Ordinary);
        folder.Write("Cited.cs", Ordinary.Replace("public sealed class Plain", "// Paper: Medsua\npublic sealed class Cited", StringComparison.Ordinal));
        var (exit, output, error) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Contains("checked 2 files (1 parsed)", error);
        Assert.Equal(1, exit);
        Assert.Equal(("CITE002", "Cited.cs"), TestFolder.Findings(output).Select(f => (f.Id, f.File)).Single());
    }

    // The four ways an independent review found check to differ from dotnet build once files are prefiltered.

    [Fact]
    public void An_option_problem_of_a_file_that_cites_nothing_is_reported_as_the_build_reports_it()
    {
        folder.Write(".editorconfig", "root = true\n\n[legacy/**.cs]\ncitationlint.free_text = maybe\n");
        folder.Write("legacy/Old.cs", "class Legacy { int x; }\n");
        folder.Write("A.cs", "class A\n{\n    // Paper: MeZo\n    void M() { }\n}\n");
        var (_, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal(new[] { "CITE002", "CITE009" }, TestFolder.Findings(output).Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void A_suppression_in_a_file_that_cites_nothing_applies_as_in_the_build()
    {
        folder.Write("A.cs", "class A\n{\n    // Paper: MeZo\n    void M() { }\n}\n");
        folder.Write("GlobalSuppressions.cs", "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"CitationLint\", \"CITE002\", Scope = \"type\", Target = \"~T:A\")]\n");
        var (exit, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Empty(TestFolder.Findings(output));
        Assert.Equal(0, exit);
    }

    [Fact]
    public void The_first_file_chooses_the_corpus_even_when_it_cites_nothing()
    {
        folder.Write(".editorconfig", "root = true\n\n[a/**.cs]\ncitationlint.corpora = none\n");
        folder.Write("a/Empty.cs", "class Empty { }\n");
        folder.Write("b/Cite.cs", "class Cite\n{\n    // Paper: MeZo\n    void M() { }\n}\n");
        var (_, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");

        // As a build of these files: the first file's corpora (none), so MeZo is unknown, not a misspelling of MeZO.
        Assert.Equal("CITE001", TestFolder.Findings(output).Single().Id);
    }

    [Fact]
    public void Free_text_is_prefiltered_against_the_corpus_the_compilation_uses()
    {
        folder.Write(".editorconfig", "root = true\n\n[*.cs]\ncitationlint.corpora = none\n");
        var corpus = folder.Write("p.papers.tsv", "key\ttitle\nzorblax\tLearning Models For Learning With Zorblax\n");
        folder.Write("A.cs", "class A\n{\n    // As in \"learning models for learning with zorblx\".\n    void M() { }\n}\n");
        var (_, output, error) = TestFolder.Run("check", folder.Path("A.cs"), "--corpus", corpus, "--format", "json");
        Assert.Equal("CITE002", TestFolder.Findings(output).Single().Id);
        Assert.Contains("(1 parsed)", error);
    }

    [Fact]
    public void A_file_without_comments_is_parsed_when_the_options_name_other_attributes()
    {
        // The first file is always parsed (its options choose the corpus); the second is the one under test.
        folder.Write("A.cs", "namespace Demo;\n\npublic sealed class First { }\n");
        folder.Write("Plain.cs", "namespace Demo;\n\n[Paper(\"MeZo\")]\npublic sealed class Plain { }\n\ninternal sealed class PaperAttribute : System.Attribute { public PaperAttribute(string name) { } }\n");
        Assert.Contains("checked 2 files (1 parsed)", TestFolder.Run("check", folder.Dir).Err);
        folder.Write(".editorconfig", "[*.cs]\ncitationlint.attribute_names = Paper\n");
        var (exit, output, error) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Contains("checked 2 files (2 parsed)", error);
        Assert.Equal(1, exit);
        Assert.Equal(("CITE002", "Plain.cs", 3), TestFolder.Findings(output).Select(f => (f.Id, f.File, f.Line)).Single());
    }

    [Fact]
    public void Bin_obj_git_gitignored_and_excluded_files_are_skipped()
    {
        foreach (var skipped in new[] { "bin/A.cs", "obj/Debug/A.cs", ".git/A.cs", "Generated/A.cs", "src/Old.g.cs", "legacy/A.cs", "src/ignored-by-child/A.cs" })
        {
            folder.Write(skipped, TestFolder.Misspelled);
        }

        folder.Write(".gitignore", "Generated/\n*.g.cs\n");
        folder.Write("src/.gitignore", "ignored-by-child/\n");
        folder.Write("src/Kept.cs", TestFolder.Misspelled);
        folder.Write("src/keep/Kept2.cs", TestFolder.Misspelled);
        var (_, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json", "--exclude", "legacy/**");
        Assert.Equal(new[] { "Kept.cs", "Kept2.cs" }, TestFolder.Findings(output).Select(f => f.File).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void A_negated_gitignore_rule_keeps_a_file()
    {
        folder.Write(".gitignore", "*.cs\n!Keep.cs\n");
        folder.Write("Drop.cs", TestFolder.Misspelled);
        folder.Write("Keep.cs", TestFolder.Misspelled);
        var (_, output, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal("Keep.cs", TestFolder.Findings(output).Single().File);
    }

    [Fact]
    public void Editorconfig_severity_and_options_apply_as_in_a_build()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        folder.Write("B.cs", "// Implements: MeZo\nclass B { }\n");
        var (_, before, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal(new[] { ("CITE002", "warning", "A.cs") }, TestFolder.Findings(before).Select(f => (f.Id, f.Severity, f.File)));

        folder.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CITE002.severity = error\ncitationlint.comment_markers = Implements\n");
        var (exit, after, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(new[] { ("CITE002", "error", "A.cs"), ("CITE002", "error", "B.cs") }, TestFolder.Findings(after).Select(f => (f.Id, f.Severity, f.File)));
        Assert.Equal(1, TestFolder.Run("check", folder.Dir, "--fail-level", "error").Exit);

        folder.Write("sub/.editorconfig", "[*.cs]\ndotnet_diagnostic.CITE002.severity = none\n");
        folder.Write("sub/C.cs", TestFolder.Misspelled);
        var (_, nested, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        Assert.DoesNotContain(TestFolder.Findings(nested), f => f.File == "C.cs");
    }

    [Fact]
    public void A_globalconfig_sets_severity_for_every_file_and_an_editorconfig_section_wins()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        folder.Write("sub/B.cs", TestFolder.Misspelled);
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CITE002.severity = none\n");
        Assert.Empty(TestFolder.Findings(TestFolder.Run("check", folder.Dir, "--format", "json").Out));
        folder.Write("sub/.editorconfig", "[*.cs]\ndotnet_diagnostic.CITE002.severity = warning\n");
        Assert.Equal("B.cs", TestFolder.Findings(TestFolder.Run("check", folder.Dir, "--format", "json").Out).Single().File);
    }

    // A bad value; a misspelt key, which the build's options list and so the analyzer reports (the CLI's options must list theirs too).
    [Theory]
    [InlineData("citationlint.url_style = gopher", "gopher", "allowed:")]
    [InlineData("citationlint.atribute_names = Cites", "citationlint.atribute_names", "unknown key")]
    public void A_bad_option_is_CITE009_without_a_location(string line, string named, string reason)
    {
        folder.Write("A.cs", TestFolder.Clean);
        folder.Write(".editorconfig", "[*.cs]\n" + line + "\n");
        var (exit, output, _) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(1, exit);
        Assert.StartsWith("citationlint : warning CITE009:", output);
        Assert.Contains(named, output);
        Assert.Contains(reason, output);
    }

    [Fact]
    public void A_project_file_brings_its_compile_items_and_corpus_additional_files()
    {
        var project = folder.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="refs.papers.tsv" />
                <AdditionalFiles Include="notes.txt" />
                <Compile Remove="Skipped/**" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Lib/refs.papers.tsv", "key\ttitle\taliases\nfrob\tFrobnication at Scale\tFrobNet\n");
        folder.Write("Lib/notes.txt", "not a corpus");
        folder.Write("Lib/Deep/B.cs", "// Paper: FrobNte\nclass B { }\n");
        folder.Write("Lib/Skipped/C.cs", TestFolder.Misspelled);
        folder.Write("Lib/obj/D.cs", TestFolder.Misspelled);
        folder.Write("Outside.cs", TestFolder.Misspelled);
        var (exit, output, _) = TestFolder.Run("check", project, "--format", "json");
        Assert.Equal(1, exit);
        var finding = Assert.Single(TestFolder.Findings(output));
        Assert.Equal(("CITE002", "B.cs"), (finding.Id, finding.File));
    }

    [Fact]
    public async Task An_analyzer_exception_is_an_error_with_exit_2_and_never_a_finding()
    {
        // The CitationLint analyzer never throws (DESIGN 6), so a second analyzer that does stands in
        // for a crash: Roslyn reports it as AD0001, which check must turn into an error.
        folder.Write("A.cs", TestFolder.Misspelled);
        var output = new StringWriter();
        var error = new StringWriter();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.CitationAnalyzer(), new ThrowingAnalyzer());
        var request = new Check.CheckCommand.Request(new[] { folder.Dir }, "json", null, "error", Array.Empty<string>(), Array.Empty<string>(), false, false);
        var exit = await Check.CheckCommand.ExecuteAsync(request, output, error, CancellationToken.None, analyzers);
        Assert.Equal(2, exit);
        Assert.Contains("error: the analyzer failed:", error.ToString());
        Assert.Contains("thrown on purpose", error.ToString());
        Assert.DoesNotContain(TestFolder.Findings(output.ToString()), f => f.Id.StartsWith("AD", StringComparison.Ordinal));
        Assert.Contains(TestFolder.Findings(output.ToString()), f => f.Id == "CITE002");
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TEST001", "never", "never", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("thrown on purpose"));
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_and_skipped_and_the_rest_is_checked_and_fixed()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        File.CreateSymbolicLink(folder.Path("Gone.cs"), folder.Path("nowhere/Gone.cs"));
        var (exit, output, error) = TestFolder.Run("check", folder.Dir);
        Assert.Equal(1, exit);
        Assert.Contains("Gone.cs: cannot be read", error);
        Assert.Contains(folder.Path("A.cs") + "(3,11): warning CITE002", output);

        var (fixExit, _, fixError) = TestFolder.Run("check", folder.Dir, "--fix");
        Assert.Equal(0, fixExit);
        Assert.Contains("Gone.cs: cannot be read", fixError);
        Assert.Contains("// Paper: MeZO", folder.Read("A.cs"));
    }

    [Fact]
    public void A_file_read_as_latin1_is_checked_but_its_fixes_are_not_written()
    {
        var bytes = Encoding.UTF8.GetBytes(TestFolder.Misspelled + "\n// ").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var path = folder.WriteBytes("Latin.cs", bytes);
        var (exit, _, error) = TestFolder.Run("check", folder.Dir, "--fix");
        Assert.Equal(1, exit);
        Assert.Contains("not valid UTF-8, so its fixes are not written", error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_solution_brings_its_projects()
    {
        folder.Write("Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>\n");
        folder.Write("Lib/A.cs", TestFolder.Misspelled);
        folder.Write("Other/B.cs", TestFolder.Misspelled);
        var sln = folder.Write("All.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\n"
            + "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Lib\", \"Lib\\Lib.csproj\", \"{11111111-1111-1111-1111-111111111111}\"\nEndProject\n");
        var (exit, output, _) = TestFolder.Run("check", sln, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(new[] { "A.cs" }, TestFolder.Findings(output).Select(f => f.File));
    }

    [Fact]
    public async Task Redirected_output_has_no_progress_display()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "citationlint.dll"), "check", folder.Dir })
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var errorRead = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await errorRead;
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("warning CITE002", output);
        Assert.Contains("checked 1 files", error);
        Assert.DoesNotContain('\u001b', output + error);
    }

    [Fact]
    public void Dry_run_without_fix_is_a_usage_error()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        Assert.Equal(2, TestFolder.Run("check", folder.Dir, "--dry-run").Exit);
    }

    [Fact]
    public void The_attribute_sources_added_without_the_generator_are_the_generators_output()
    {
        var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class A { }", options, "/src/A.cs");
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Check", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { new CitationLint.Analyzers.Generation.CitesAttributeGenerator().AsSourceGenerator() }, parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var added = Check.Analysis.WithCitesAttribute(compilation, new List<SyntaxTree> { tree }, options, CancellationToken.None);
        Assert.Equal(
            generated.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())),
            added.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())));
        Assert.Equal(3, added.SyntaxTrees.Count());

        // A compilation that declares the embedded attribute itself: the generator runs, and adds the attribute only.
        var declaring = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Microsoft.CodeAnalysis { internal sealed class EmbeddedAttribute : System.Attribute { } }", options, "/src/E.cs");
        var withOwn = Check.Analysis.WithCitesAttribute(compilation.AddSyntaxTrees(declaring), new List<SyntaxTree> { tree, declaring }, options, CancellationToken.None);
        Assert.Equal(3, withOwn.SyntaxTrees.Count());
    }
}
