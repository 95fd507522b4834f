using System.Diagnostics;
using System.Text;
using CitationLint.Cli.Fix;

namespace CitationLint.Cli.Tests;

/// <summary><c>citationlint check --fix [--dry-run]</c> on real files, and the atomic write under it.</summary>
public sealed class FixTests : IDisposable
{
    /// <summary>A rename the fixer offers but Fix All does not apply unattended: 'Medsua' is a near miss, not a form of 'Medusa'.</summary>
    private const string NotConfident = "namespace Demo;\n\n// Paper: Medsua\npublic sealed class Heads { }\n";

    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Fix_then_check_reports_no_fixable_diagnostic_and_leaves_the_rest()
    {
        folder.Write("A.cs", TestFolder.Misspelled);
        folder.Write("B.cs", TestFolder.Incomplete);
        folder.Write("C.cs", "namespace Demo;\n\n[CitationLint.Cites(\"Fine-tuning language models with just forward passes\")]\npublic sealed class Third { }\n");
        folder.Write("D.cs", NotConfident);
        folder.Write("E.cs", TestFolder.Clean);
        var (_, beforeJson, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        var before = TestFolder.Findings(beforeJson);
        Assert.Contains(before, f => f.Fixable);
        Assert.Contains(before, f => f.File == "D.cs" && !f.Fixable);

        var (exit, _, error) = TestFolder.Run("check", folder.Dir, "--fix");
        Assert.Equal(1, exit);
        Assert.Matches(@"fixed [1-9]\d* places in 3 files", error);

        var (_, afterJson, _) = TestFolder.Run("check", folder.Dir, "--format", "json");
        var after = TestFolder.Findings(afterJson);
        Assert.DoesNotContain(after, f => f.Fixable);
        Assert.Equal(new[] { ("CITE002", "D.cs") }, after.Select(f => (f.Id, f.File)));
        Assert.Equal(NotConfident, folder.Read("D.cs"));
        Assert.Equal(TestFolder.Clean, folder.Read("E.cs"));
        Assert.Contains("// Paper: MeZO", folder.Read("A.cs"));
        Assert.Contains("<see href=\"https://arxiv.org/abs/2401.10774\">", folder.Read("B.cs"));
        Assert.Contains("would fix 0 places in 0 files", TestFolder.Run("check", folder.Dir, "--fix", "--dry-run").Err);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_that_is_the_fix_and_writes_nothing()
    {
        var original = "namespace Demo;\n\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"// filler {i}\npublic sealed class F{i} {{ }}\n")) + TestFolder.Misspelled.Replace("namespace Demo;\n", string.Empty, StringComparison.Ordinal) + "\n" + TestFolder.Incomplete.Replace("namespace Demo;\n", string.Empty, StringComparison.Ordinal) + "\n";
        folder.Write("A.cs", original);
        var bytes = File.ReadAllBytes(folder.Path("A.cs"));
        var (_, diff, error) = TestFolder.Run("check", folder.Dir, "--fix", "--dry-run");
        Assert.Equal(bytes, File.ReadAllBytes(folder.Path("A.cs")));
        Assert.Contains("dry run: nothing written", error);
        Assert.StartsWith("--- a/", diff);
        Assert.Contains("@@ -", diff);

        var (_, jsonDiff, _) = TestFolder.Run("check", folder.Dir, "--fix", "--dry-run", "--format", "json", "--output", folder.Path("findings.json"));
        Assert.Equal(diff, jsonDiff);
        Assert.Equal(2, TestFolder.Findings(File.ReadAllText(folder.Path("findings.json"))).Count);

        TestFolder.Run("check", folder.Dir, "--fix");
        Assert.Equal(File.ReadAllText(folder.Path("A.cs")), Patch(original, diff));
        Assert.NotEqual(original, File.ReadAllText(folder.Path("A.cs")));
    }

    [Fact]
    public void The_report_after_fix_or_dry_run_is_what_check_reports_on_the_files_as_they_are_left()
    {
        // The report comes from the fix rounds' own analysis: it must be a fresh check's, exactly.
        folder.Write("A.cs", TestFolder.Misspelled);
        folder.Write("B.cs", TestFolder.Incomplete);
        folder.Write("C.cs", NotConfident);
        folder.Write("D.cs", TestFolder.Clean);

        TestFolder.Run("check", folder.Dir, "--fix", "--dry-run", "--format", "json", "--output", folder.Path("dry.json"));
        TestFolder.Run("check", folder.Dir, "--format", "json", "--output", folder.Path("before.json"));
        Assert.Equal(File.ReadAllText(folder.Path("before.json")), File.ReadAllText(folder.Path("dry.json")));
        Assert.Equal(3, TestFolder.Findings(File.ReadAllText(folder.Path("before.json"))).Count);

        TestFolder.Run("check", folder.Dir, "--fix", "--format", "json", "--output", folder.Path("fixed.json"));
        TestFolder.Run("check", folder.Dir, "--format", "json", "--output", folder.Path("after.json"));
        Assert.Equal(File.ReadAllText(folder.Path("after.json")), File.ReadAllText(folder.Path("fixed.json")));
        Assert.Single(TestFolder.Findings(File.ReadAllText(folder.Path("after.json"))));
    }

    [Fact]
    public void Two_fixes_a_few_lines_apart_are_one_hunk_with_the_lines_between_as_its_context()
    {
        // Two fixed lines with three unchanged ones between: their context overlaps, so one hunk; the
        // lines between were neither removed nor added.
        var original = "namespace Demo;\n\n// Paper: MeZo\npublic sealed class A { }\n\npublic sealed class B { }\n// Paper: MeZo\npublic sealed class C { }\n";
        folder.Write("A.cs", original);
        var (_, diff, _) = TestFolder.Run("check", folder.Dir, "--fix", "--dry-run");
        var lines = diff.Split('\n');
        Assert.Single(lines, l => l.StartsWith("@@ ", StringComparison.Ordinal));
        Assert.Equal(new[] { "-// Paper: MeZo", "-// Paper: MeZo" }, lines.Where(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.Contains(" public sealed class B { }", lines);

        TestFolder.Run("check", folder.Dir, "--fix");
        Assert.Equal(File.ReadAllText(folder.Path("A.cs")), Patch(original, diff));
    }

    [Fact]
    public void A_change_is_trimmed_to_what_it_changes_and_one_that_changes_nothing_is_dropped()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("// Paper: MeZo\nclass A { }\n");
        var changes = LineDiff.Trimmed(text, new[]
        {
            new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 15), "// Paper: MeZO\n"),
            new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(15, 11), "class A { }"),
        });
        var change = Assert.Single(changes);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(13, 1), change.Span);
        Assert.Equal("O", change.NewText);
        Assert.Equal("// Paper: MeZO\nclass A { }\n", text.WithChanges(changes).ToString());
    }

    [Fact]
    public void An_atomic_write_that_fails_midway_leaves_the_original_whole_and_no_temporary_file()
    {
        var path = folder.Write("A.cs", TestFolder.Misspelled);
        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("namespace Half"));
            throw new IOException("disk full (simulated)");
        }));
        Assert.Contains("simulated", failure.Message);
        Assert.Equal(TestFolder.Misspelled, folder.Read("A.cs"));
        Assert.Equal(new[] { path }, Directory.GetFiles(folder.Dir));

        AtomicFile.Write(path, TestFolder.Clean, new UTF8Encoding(false));
        Assert.Equal(TestFolder.Clean, folder.Read("A.cs"));
        Assert.Equal(new[] { path }, Directory.GetFiles(folder.Dir));
    }

    [Fact]
    public void A_fix_keeps_the_byte_order_mark_and_line_endings()
    {
        var crlf = TestFolder.Misspelled.Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = folder.Path("A.cs");
        File.WriteAllText(path, crlf, new UTF8Encoding(true));
        TestFolder.Run("check", folder.Dir, "--fix");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("// Paper: MeZO", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fix_run_killed_midway_leaves_each_file_untouched_or_fully_fixed()
    {
        // The expected result of each file: the same files fixed by an uninterrupted run.
        const int Files = 24;
        // No comments in the filler: the files are large to write, cheap to analyse.
        var filler = string.Concat(Enumerable.Range(0, 400).Select(i => $"    public const int V{i} = {i};\n"));
        var originals = new Dictionary<string, string>();
        using var reference = new TestFolder();
        for (var i = 0; i < Files; i++)
        {
            var text = $"namespace Demo;\n\n// Paper: MeZo\npublic static class Table{i}\n{{\n{filler}}}\n";
            originals[$"F{i:D3}.cs"] = text;
            folder.Write($"F{i:D3}.cs", text);
            reference.Write($"F{i:D3}.cs", text);
        }

        Assert.Equal(0, TestFolder.Run("check", reference.Dir, "--fix").Exit);
        var fixedTexts = originals.Keys.ToDictionary(k => k, k => reference.Read(k));
        Assert.All(originals.Keys, k => Assert.NotEqual(originals[k], fixedTexts[k]));

        var tool = Path.Combine(AppContext.BaseDirectory, "citationlint.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { tool, "check", folder.Dir, "--fix" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Kill it as soon as the first file has been replaced: the writes are under way.
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3) && originals.Keys.All(k => File.ReadAllText(folder.Path(k)) == originals[k]))
        {
            Thread.Sleep(1);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        var untouched = 0;
        var whole = 0;
        foreach (var name in originals.Keys)
        {
            var now = File.ReadAllText(folder.Path(name));
            if (now == originals[name])
            {
                untouched++;
            }
            else
            {
                Assert.Equal(fixedTexts[name], now);
                whole++;
            }
        }

        Assert.True(whole > 0, "the run was killed before it wrote anything");
        Assert.Equal(Files, untouched + whole);
    }

    /// <summary>Applies a unified diff (as <c>--dry-run</c> prints it) to <paramref name="original"/>.</summary>
    private static string Patch(string original, string diff)
    {
        var lines = original.Split('\n').ToList();
        var result = new List<string>();
        var next = 0;
        var diffLines = diff.Split('\n');
        for (var i = 0; i < diffLines.Length; i++)
        {
            var line = diffLines[i];
            if (!line.StartsWith("@@ -", StringComparison.Ordinal))
            {
                continue;
            }

            var oldStart = int.Parse(line[4..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) - 1;
            while (next < oldStart)
            {
                result.Add(lines[next++]);
            }

            for (i++; i < diffLines.Length && diffLines[i].Length > 0 && diffLines[i][0] is ' ' or '-' or '+'; i++)
            {
                var body = diffLines[i][1..];
                switch (diffLines[i][0])
                {
                    case ' ':
                        Assert.Equal(lines[next], body);
                        result.Add(body);
                        next++;
                        break;
                    case '-':
                        Assert.Equal(lines[next], body);
                        next++;
                        break;
                    default:
                        result.Add(body);
                        break;
                }
            }

            i--;
        }

        while (next < lines.Count)
        {
            result.Add(lines[next++]);
        }

        return string.Join('\n', result);
    }
}
