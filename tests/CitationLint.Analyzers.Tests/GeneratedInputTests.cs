using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// Seeded random C# that compiles and whose comments and attribute strings are hostile: Unicode of
/// every category, lone surrogates, bidi and control characters, CR/LF/CR-LF and Unicode line ends,
/// nested and unterminated XML tags, every arXiv spelling in junk, near misses of every seed alias,
/// markers by the hundred, <c>#if</c>-disabled regions, raw, verbatim and interpolated strings. For
/// each file: no analyzer exception; every action of every fix keeps the file compiling, declares no
/// symbol, ends or begins no comment and drops no markup; an unattended fix is idempotent (its rule
/// does not fire again where it wrote); Fix All (the unattended fixes) gives what the same fixes
/// applied one by one give. The seconds per MB of the slowest file are written out, not
/// asserted (DESIGN 6).
/// </summary>
public sealed class GeneratedInputTests
{
    private static readonly string[] Spellings =
    {
        "arXiv:{0}", "arxiv:{0}v2", "https://arxiv.org/abs/{0}", "http://arxiv.org/pdf/{0}.pdf", "https://arxiv.org/pdf/{0}v3",
        "arxiv.org/abs/{0}", "https://arxiv.org/html/{0}v1", "https://huggingface.co/papers/{0}", "https://hf.co/papers/{0}",
        "https://doi.org/10.48550/arXiv.{0}", "<https://arxiv.org/abs/{0}>", "[{0}](https://arxiv.org/abs/{0})",
    };

    private static readonly string[] Markup =
    {
        "<summary>", "</summary>", "<remarks>", "</remarks>", "<see href=\"", "\"/>", "<see cref=\"C\"/>", "<cite>", "</cite>",
        "<c>", "</c>", "<para>", "<b><i>", "</i></b>", "<a href='x'>", "</a>", "<!-- ", " -->", "<![CDATA[", "]]>", "&amp;", "&lt;", "&#x202E;", "&", "<", ">",
    };

    private static readonly string[] Words = { "Paper:", "Cites:", "Cite:", "Citation:", "Reference:", "See:", "Based on", "the paper", "et al.,", "2023", "(", ")", "\"", "“", "”", "'", ",", ";", "—", "-", "\\", "*", "/", "@article{x, title={", "}", "eprint = {", "Implements" };

    private readonly ITestOutputHelper output;

    public GeneratedInputTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Seeds()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            yield return new object[] { seed };
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Generated_hostile_files_are_analysed_and_fixed_safely(int seed)
    {
        var source = Generate(new Random(seed), targetLength: 8_000);
        await CheckAsync(source, maxFixedDiagnostics: 80);
    }

    [Fact]
    public async Task A_one_megabyte_comment_and_ten_thousand_markers_are_analysed()
    {
        var random = new Random(42);
        var sb = new StringBuilder("/*\n");
        while (sb.Length < 1_000_000)
        {
            sb.Append(Junk(random, 200, block: true)).Append('\n');
        }

        sb.Append("*/\nclass Big { }\n");
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("// Paper: ").Append(Alias(random)).Append('\n');
        }

        sb.Append("class Markers { }\n");
        await CheckAsync(sb.ToString(), maxFixedDiagnostics: 20);
    }

    [Fact]
    public async Task A_ten_megabyte_comment_is_analysed_and_its_time_per_megabyte_stated()
    {
        var random = new Random(7);
        var sb = new StringBuilder("/// <summary>\n");
        while (sb.Length < 10_000_000)
        {
            sb.Append("/// ").Append(Junk(random, 300, block: false)).Append('\n');
        }

        sb.Append("/// </summary>\nclass Huge { }\n");
        var source = sb.ToString();
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));
        var compilation = CSharpCompilation.Create("T", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var watch = Stopwatch.StartNew();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(guard.Token);
        watch.Stop();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.NotEmpty(diagnostics);
        output.WriteLine($"{source.Length / 1e6:0.0} MB documentation comment: {diagnostics.Length} diagnostics, analyzer {watch.Elapsed.TotalSeconds / (source.Length / 1e6):0.00} s/MB");
    }

    private async Task CheckAsync(string source, int maxFixedDiagnostics)
    {
        var verifier = Verifier.Create();
        verifier.DocumentationMode = DocumentationMode.Diagnose;
        var document = verifier.CreateDocument(source);
        var watch = Stopwatch.StartNew();
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id.StartsWith("CITE", StringComparison.Ordinal)).ToList();
        watch.Stop();
        output.WriteLine($"{source.Length / 1e6:0.000} MB, {diagnostics.Count} diagnostics, analysis with compilation {watch.Elapsed.TotalSeconds / (source.Length / 1e6):0.00} s/MB");

        var before = await CodeShape.OfAsync(document);
        var confident = new List<TextChange>();
        var checkedAgain = 0;
        foreach (var diagnostic in diagnostics.Take(maxFixedDiagnostics))
        {
            var actions = await CodeShape.ActionsAsync(document, diagnostic);
            foreach (var action in actions)
            {
                var fixedDocument = await CodeShape.ApplyAsync(document, action);
                var after = await CodeShape.OfAsync(fixedDocument);
                var what = diagnostic + " '" + action.Title + "'";
                Assert.True(after.Errors.Length == 0, "compile errors after " + what + ": " + string.Join("; ", after.Errors.Take(3)));
                Assert.True(before.Symbols.SequenceEqual(after.Symbols), "declared symbols changed by " + what);
                Assert.True(before.Comments.SequenceEqual(after.Comments), "comment structure changed by " + what);
                Assert.True(before.Elements.IsSubsetOf(after.Elements), "markup dropped by " + what);
                if (action.EquivalenceKey == CitationCodeFixProvider.ConfidentKey)
                {
                    var changes = (await fixedDocument.GetTextChangesAsync(document)).ToList();
                    confident.AddRange(changes);
                    if (checkedAgain++ < 12)
                    {
                        // Idempotent: after the fix, the same rule does not fire where it wrote.
                        var written = changes.Count == 0 ? diagnostic.Location.SourceSpan : new TextSpan(changes[0].Span.Start, changes[0].NewText?.Length ?? 0);
                        var again = await verifier.DiagnosticsAsync(fixedDocument);
                        Assert.DoesNotContain(again, d => d.Id == diagnostic.Id && d.Location.SourceSpan.IntersectsWith(written));
                    }
                }
            }
        }

        // Fix All of the unattended fixes equals the same fixes applied one by one (non-overlapping edits of one text).
        if (diagnostics.Count <= maxFixedDiagnostics && confident.Count > 0)
        {
            var ids = diagnostics.Select(d => d.Id).Distinct().ToArray();
            var all = await verifier.FixAllAsync(source, FixAllScope.Document, ids);
            var oneByOne = SourceText.From(source).WithChanges(confident.Distinct().OrderBy(c => c.Span.Start)).ToString();
            Assert.Equal(oneByOne, all);
            output.WriteLine($"Fix All = one by one over {confident.Distinct().Count()} unattended edits");
        }
    }

    internal static string Generate(Random random, int targetLength)
    {
        var sb = new StringBuilder("namespace Generated;\n\nstatic class Names { public const string Prefix = \"Med\"; public const string Medusa = \"Medusa\"; }\n\n");
        var n = 0;
        while (sb.Length < targetLength)
        {
            var newline = random.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
            switch (random.Next(9))
            {
                case 0:
                    sb.Append("// ").Append(Junk(random, 120, block: false)).Append(newline);
                    break;
                case 1:
                    sb.Append("/* ").Append(Junk(random, 300, block: true)).Append(" */").Append(newline);
                    break;
                case 2:
                    sb.Append("/// ").Append(Junk(random, 120, block: false)).Append(newline).Append("/// ").Append(Junk(random, 80, block: false)).Append(newline);
                    break;
                case 3:
                    sb.Append("/** ").Append(Junk(random, 200, block: true)).Append(" */").Append(newline);
                    break;
                case 4:
                    sb.Append("#if NEVER_DEFINED").Append(newline).Append(Junk(random, 200, block: false)).Append(newline).Append("#endif").Append(newline);
                    break;
                case 5:
                    sb.Append("[CitationLint.Cites(").Append(StringArgument(random)).Append(")]").Append(newline);
                    break;
                case 6:
                    sb.Append("// Paper: ").Append(Alias(random)).Append(' ').Append(Identifier(random)).Append(newline);
                    break;
                default:
                    break;
            }

            sb.Append("class C").Append(n++).Append(" { string s = ").Append(StringArgument(random)).Append("; }").Append(newline);
        }

        return sb.ToString();
    }

    private static string StringArgument(Random random)
    {
        var text = Clean(Alias(random) + " " + Junk(random, 20, block: false), forString: true);
        return random.Next(5) switch
        {
            0 => "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
            1 => "\"\"\"\n" + text.Replace("\"", "'", StringComparison.Ordinal) + "\n\"\"\"",
            2 => "Names.Prefix + \"sua\"",
            3 => "$\"{Names.Medusa}\"",
            _ => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        };
    }

    private static string Junk(Random random, int length, bool block)
    {
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            switch (random.Next(8))
            {
                case 0:
                    sb.Append(Markup[random.Next(Markup.Length)]);
                    break;
                case 1:
                    sb.Append(Identifier(random));
                    break;
                case 2:
                    sb.Append(Alias(random));
                    break;
                case 3:
                    sb.Append(Words[random.Next(Words.Length)]);
                    break;
                case 4:
                    // Any UTF-16 code unit: every category, lone surrogates, bidi and control characters.
                    sb.Append((char)random.Next(0, 0x10000));
                    break;
                case 5:
                    sb.Append(random.Next(3) == 0 ? "\u202E" : random.Next(2) == 0 ? "\u2066" : "\u200F");
                    break;
                default:
                    sb.Append(' ');
                    break;
            }
        }

        return Clean(sb.ToString(), forString: false, block);
    }

    /// <summary>What keeps the generated file compiling: no line end in a line comment, no "*/" in a block, no quote or line end in a string.</summary>
    private static string Clean(string s, bool forString, bool block = false)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append(block && !forString ? '\n' : ' ');
                continue;
            }

            if (forString && (c == '{' || c == '}' || char.IsSurrogate(c)))
            {
                continue;
            }

            sb.Append(c);
        }

        var text = sb.ToString();
        while (block && text.Contains("*/", StringComparison.Ordinal))
        {
            text = text.Replace("*/", "* /", StringComparison.Ordinal);
        }

        // A "#if"-disabled line, or a comment line, must not begin a preprocessor directive by accident.
        return text.Replace("#", "＃", StringComparison.Ordinal);
    }

    private static string Identifier(Random random)
    {
        var papers = DefaultCorpus.Instance.Papers;
        var id = random.Next(4) == 0 ? "2512." + random.Next(10000, 99999) : papers[random.Next(papers.Count)].ArxivId ?? "2305.17333";
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Spellings[random.Next(Spellings.Length)], id);
    }

    /// <summary>A seed alias, often with one edit: a near miss.</summary>
    private static string Alias(Random random)
    {
        var papers = DefaultCorpus.Instance.Papers;
        var paper = papers[random.Next(papers.Count)];
        var alias = paper.Aliases.Count > 0 ? paper.Aliases[random.Next(paper.Aliases.Count)] : paper.Title;
        if (alias.Length < 3 || random.Next(2) == 0)
        {
            return alias;
        }

        var at = random.Next(alias.Length - 1);
        return random.Next(3) switch
        {
            0 => alias.Remove(at, 1),
            1 => alias.Substring(0, at) + alias[at + 1] + alias[at] + alias.Substring(at + 2),
            _ => alias.Insert(at, ((char)('a' + random.Next(26))).ToString()),
        };
    }
}
