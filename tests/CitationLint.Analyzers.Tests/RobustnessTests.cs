using System.Collections.Immutable;
using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers.Tests;

/// <summary>Hostile input: no AD0001, no hang, no corpus text escaping the comment or string it lands in.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task A_one_megabyte_comment_is_analysed_without_crash()
    {
        var sb = new StringBuilder("/* ");
        var random = new Random(7);
        while (sb.Length < 1024 * 1024)
        {
            sb.Append(random.Next(5) switch
            {
                0 => "Paper: ",
                1 => "\"unterminated quote ",
                2 => "arXiv:2305.17333 ",
                3 => "MeZo <cite> &amp;&amp; ",
                _ => "lorem ipsum dolor sit amet ",
            });
        }

        sb.Append(" */\nclass C { }\n");
        var diagnostics = await Verifier.Create().DiagnosticsAsync(sb.ToString());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    /// <summary>A documentation comment of 20,000 lines, each a bare link to one paper: its title is searched for once, not once per link.</summary>
    [Fact]
    public async Task A_comment_of_many_links_to_one_paper_finishes()
    {
        var source = "/// <summary>\n" + string.Concat(Enumerable.Repeat("/// https://arxiv.org/abs/2305.17333\n", 20_000)) + "/// </summary>\nclass C { }\n";
        var compilation = CSharpCompilation.Create("T", new[] { CSharpSyntaxTree.ParseText(source) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync(guard.Token);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "CITE004");
    }

    /// <summary>Patterns that once took seconds to minutes on a 160 KB comment (an independent review found them).</summary>
    [Theory]
    [InlineData("// MeZo “unclosed ", 1)]
    [InlineData("// MeZo «unclosed ", 1)]
    [InlineData("// MeZo abc/abc/", 1)]
    [InlineData("// MeZo ](arxiv.org/abs/x ", 1)]
    [InlineData("/// MeZo the paper Foo ", 1)]
    [InlineData("/// arXiv:2305.17333 ", 1)]
    [InlineData("// MeZo \"a b c d ", 1)]
    [InlineData("// Cites: Medusa, SpecTr and ", 1)]
    [InlineData("// Paper: MeZO (Malladi et al., 2023 ", 1)]
    [InlineData("// Paper: et al et al., 2023 ", 1)]
    [InlineData("// Paper: Lang- uage ", 1)]
    [InlineData("// Paper: Language ", 1)]
    [InlineData("// @article{x, title={y}, eprint={2305.17333}, ", 1)]
    [InlineData("// @a{x, title={y ", 400)]
    [InlineData("// Paper: & ", 6)]
    [InlineData("/// <summary>&amp &lt ", 1)]
    public async Task Long_hostile_comments_finish(string unit, int lines)
    {
        var body = string.Concat(Enumerable.Repeat(unit.Substring(unit.IndexOf(' ') + 1), 160_000 / unit.Length));
        var prefix = unit.Substring(0, unit.IndexOf(' ') + 1);
        var source = string.Concat(Enumerable.Repeat(prefix + body + "\n", lines)) + "class C { }\n";
        var compilation = CSharpCompilation.Create("T", new[] { CSharpSyntaxTree.ParseText(source) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });

        // A guard against hangs, not a timing assertion: a regression fails here instead of stalling CI.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync(guard.Token);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Crlf_line_breaks_read_like_lf()
    {
        const string source = "// Paper: \"Fine Tuning Langauge Models With\n// Just Forward Passes\"\nclass C { }\n";
        var lf = await Verifier.Create().DiagnosticsAsync(source);
        var crlf = await Verifier.Create().DiagnosticsAsync(source.Replace("\n", "\r\n"));
        Assert.Equal(lf.Select(d => d.Id), crlf.Select(d => d.Id));
        Assert.Contains(crlf, d => d.Id == "CITE002");
    }

    [Theory]
    [InlineData("/// <summary>Implements <cite>MeZo\nclass C { }\n")]
    [InlineData("/// <summary><see href=\"https://arxiv.org/abs/2305.17333\nclass C { }\n")]
    [InlineData("/// <cite></cite><cite>\n/// </cite>\nclass C { }\n")]
    [InlineData("/** Paper: \"Fine-Tuning Language Models\nclass C { }\n")]
    [InlineData("// Paper:\n// Cite: \"\n// arXiv:\n// https://arxiv.org/abs/\n// [](\n// `<>`_\nclass C { }\n")]
    [InlineData("// Paper: \u202EOZeM\u202C and \uD800 lone surrogate\nclass C { }\n")]
    [InlineData("/// &amp;amp;lt;cite&amp;gt; &#xFFFFFF; &#0; &;\nclass C { }\n")]
    public async Task Strange_comments_are_analysed_or_skipped_never_a_crash(string source)
    {
        var verifier = Verifier.Create();
        verifier.AllowCompileErrors = true;
        var diagnostics = await verifier.DiagnosticsAsync(source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Theory]
    [InlineData("Evil */ class Injected { } /* Title")]
    [InlineData("Quote \" and \\ backslash \"); System.Environment.Exit(1); //")]
    [InlineData("Line\nbreak System.Environment.Exit(1);")]
    [InlineData("Amp & lt < gt > in </summary> a title")]
    [InlineData("Bidi \u202E override \u2066 isolate")]
    public async Task Hostile_corpus_titles_never_leave_the_comment_or_string_they_land_in(string title)
    {
        var escaped = title.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");
        var corpus = "key\ttitle\taliases\tarxiv\nevil\t" + escaped + "\tEvilNet\t2501.00009\n";
        var verifier = Verifier.Create().WithFile("evil.papers.tsv", corpus);
        foreach (var source in new[]
        {
            "// Paper: EvilNet\nclass C { }\n",
            "/* Paper: EvilNet */\nclass C { }\n",
            "/// <summary><cite>EvilNet</cite></summary>\nclass C { }\n",
            "using CitationLint;\n[Cites(\"EvilNet\")]\nclass C { }\n",
            "using CitationLint;\n[Cites(@\"EvilNet\")]\nclass C { }\n",
        })
        {
            var fixedText = await verifier.FixAllAsync(source, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, "CITE004");
            Assert.NotEqual(source, fixedText);

            // The fixed code parses without error; outside the attribute's argument list no token changed,
            // and inside it there are only the literals and the Title/Url names the fix writes.
            var before = CSharpSyntaxTree.ParseText(source).GetRoot();
            var after = CSharpSyntaxTree.ParseText(fixedText).GetRoot();
            Assert.DoesNotContain(after.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            static IEnumerable<string> Outside(SyntaxNode root) => root.DescendantTokens()
                .Where(t => t.Parent?.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentListSyntax>() is null)
                .Select(t => t.Text);
            Assert.Equal(Outside(before), Outside(after));
            var arguments = after.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentListSyntax>().SingleOrDefault();
            if (arguments is not null)
            {
                Assert.All(arguments.DescendantTokens(), t => Assert.True(
                    t.IsKind(SyntaxKind.StringLiteralToken) || t.Text is "(" or ")" or "," or "=" or "Title" or "Url",
                    "unexpected token in the fixed attribute: " + t.Text));
                Assert.Equal(3, arguments.Arguments.Count);
            }
            Assert.DoesNotContain('\u202E', fixedText);
            Assert.DoesNotContain('\u2066', fixedText);
        }
    }

    [Fact]
    public async Task Concurrent_and_sequential_analysis_give_the_same_diagnostics()
    {
        var source = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"// Paper: {(i % 3 == 0 ? "MeZo" : i % 3 == 1 ? "Medsua" : "MeZO")}\nclass C{i} {{ }}"));
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create("T", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        async Task<string> Run(bool concurrent)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrent, false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
            return string.Join("\n", diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Id + d.Location.SourceSpan));
        }

        var sequential = await Run(false);
        var concurrent = await Run(true);
        Assert.Equal(sequential, concurrent);
        Assert.Equal(134, sequential.Split('\n').Count(l => l.StartsWith("CITE002", StringComparison.Ordinal)));
    }
}
