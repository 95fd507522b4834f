using System.Collections.Immutable;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// A project corpus written to break code: titles and names with <c>*/</c>, quotes, backslashes,
/// line breaks, <c>&lt;/see&gt;</c>, <c>&amp;</c>, bidi overrides and 10 KB, given as TSV and as
/// BibTeX, cited in every place a fix writes to (<c>//</c>, <c>/* */</c>, <c>///</c>,
/// <c>/** */</c>, regular, verbatim and raw string arguments). Every action of every fix is applied
/// through the real code fix provider to a real document, and the result compiled: no new compile
/// error, no symbol declared or lost, no comment ended or begun, no markup dropped, and the same rule
/// does not fire again where the fix wrote (DESIGN 4, 6).
/// </summary>
public sealed class HostileCorpusFixTests
{
    private static readonly string LongTitle = "Long " + string.Concat(Enumerable.Repeat("Word ", 2000)) + "Net";

    // PaperTsv escapes: "\n" is a line break, "\\" a backslash, "\|" a bar.
    private static readonly string Tsv = string.Join("\n", new[]
    {
        "key\ttitle\taliases\tarxiv",
        "evil\tEvilNet */ class Injected { } /*\tEvilNet\t2512.99001",
        "quote\tQuote \"Net\" \\\\ Back\\\\slash \"); class InjectedQ { } //\tQuoteNet\t2512.99002",
        "break\tLine\\nBreak */ class InjectedB { } /* Net\tBreakNet\t2512.99003",
        "markup\tSee </see></summary> & <b>Net</b> */\tSeeNet\t2512.99004",
        "bidi\tBidi \u202E\u2066Net\u0007 */\tBidiNet\t2512.99005",
        "long\t" + LongTitle + "\tLongNet\t2512.99006",
        "twin1\tTwin */ class InjectedT1 { } /* One\tTwinNet\t2512.99007",
        "twin2\tTwin \"); class InjectedT2 { } // Two\tTwinNet\t2512.99008",
        "slash\tSlash Network For Everything\t/SlashNet|Star*\t2512.99102",
    }) + "\n";

    private const string Bib = """
        @article{evilbib,
          title = {EvilBib */ class InjectedBib { } /* \"quoted\" </see>},
          shorthand = {EvilBib},
          eprint = {2512.99009},
          archivePrefix = {arXiv},
        }
        """;

    private static readonly string[] Names = { "EvilNet", "QuoteNet", "BreakNet", "SeeNet", "BidiNet", "TwinNet", "EvilBib" };

    public static IEnumerable<object[]> Contexts()
    {
        foreach (var name in Names)
        {
            yield return new object[] { name, "// Paper: " + name + "\nclass C { }" };
            yield return new object[] { name, "/* Paper: " + name + " */\nclass C { }" };
            yield return new object[] { name, "/// <summary>Heads after <cite>" + name + "</cite>.</summary>\nclass C { }" };
            yield return new object[] { name, "/** <summary>Heads after <cite>" + name + "</cite>.</summary> */\nclass C { }" };
            yield return new object[] { name, "/// <summary>\n/// Paper: " + name + "\n/// </summary>\nclass C { }" };
            yield return new object[] { name, "[CitationLint.Cites(\"" + name + "\")]\nclass C { }" };
            yield return new object[] { name, "[CitationLint.Cites(@\"" + name + "\")]\nclass C { }" };
            yield return new object[] { name, "[CitationLint.Cites(\"\"\"" + name + "\"\"\")]\nclass C { }" };
            yield return new object[] { name, "// Paper: https://arxiv.org/abs/" + IdOf(name) + "\nclass C { }" };
            yield return new object[] { name, "/// <summary>See arXiv:" + IdOf(name) + ".</summary>\nclass C { }" };
        }
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task No_fix_from_a_hostile_corpus_breaks_the_code_it_lands_in(string name, string source)
    {
        var verifier = Verifier.Create().WithFile("hostile.papers.tsv", Tsv).WithFile("hostile.bib", Bib);
        var document = verifier.CreateDocument(source);
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id.StartsWith("CITE", StringComparison.Ordinal) && d.Id != "CITE007").ToList();
        Assert.True(diagnostics.Count > 0, "no citation diagnostic for " + name + " in: " + source);

        var before = await CodeShape.OfAsync(document);
        var applied = 0;
        foreach (var diagnostic in diagnostics)
        {
            foreach (var action in await CodeShape.ActionsAsync(document, diagnostic))
            {
                var fixedDocument = await CodeShape.ApplyAsync(document, action);
                var text = (await fixedDocument.GetTextAsync()).ToString();
                var after = await CodeShape.OfAsync(fixedDocument);
                var context = $"{diagnostic.Id} '{action.Title}' on:\n{source}\ngave:\n{text}";
                Assert.True(after.Errors.Length == 0, "compile errors: " + string.Join("; ", after.Errors) + "\n" + context);
                Assert.True(before.Symbols.SequenceEqual(after.Symbols), "declared symbols changed: " + string.Join(", ", after.Symbols) + "\n" + context);
                Assert.True(before.Comments.SequenceEqual(after.Comments), "comment structure changed: " + string.Join(", ", after.Comments) + "\n" + context);
                foreach (var element in before.Elements)
                {
                    Assert.True(after.Elements.Contains(element), "markup dropped: <" + element + ">\n" + context);
                }

                // Idempotent: the rule does not fire again at the place the fix wrote.
                var again = await verifier.DiagnosticsAsync(fixedDocument);
                Assert.DoesNotContain(again, d => d.Id == diagnostic.Id && d.Location.SourceSpan.Start == diagnostic.Location.SourceSpan.Start && diagnostic.Id != "CITE005");
                applied++;
            }
        }

        Assert.True(applied > 0, "no fix was offered for " + name + " in: " + source);
    }

    /// <summary>Markup is never part of a field, and no fix writes inside a tag (a completion of an id in <c>href</c> broke the element).</summary>
    [Theory]
    [InlineData("/// <summary>Paper: Medsua <see href=\"https://arxiv.org/abs/2401.10774\"/></summary>\nclass C { }", "CITE002", "Medsua")]
    [InlineData("/// <summary>Paper: MeZo<see href=\"https://arxiv.org/abs/2305.17333\">x</see></summary>\nclass C { }", "CITE002", "MeZo")]
    [InlineData("/// <summary>Paper: <c>MeZo</c></summary>\nclass C { }", "CITE002", "MeZo")]
    [InlineData("/// <summary>Paper: <c>Quaxitron</c> (<see href=\"https://arxiv.org/abs/2305.17333\"/>)</summary>\nclass C { }", null, null)]
    [InlineData("/// <summary>See https://arxiv.org/ftp/arxiv/papers/2401/2401.10774.pdf</summary>\nclass C { }", "CITE004", "https://arxiv.org/ftp/arxiv/papers/2401/2401.10774.pdf")]
    [InlineData("/** <summary>Paper: Medsua <see href=\"https://arxiv.org/abs/2401.10774\"/></summary> */\nclass C { }", "CITE002", "Medsua")]
    [InlineData("/// <summary>Zeroth order, as in <see\n/// href=\"https://arxiv.org/abs/2305.17333\"/>.</summary>\nclass C { }", null, null)]
    [InlineData("/// <summary>Heads as in <a\n///   href=\"https://arxiv.org/abs/2401.10774\">heads</a>.</summary>\nclass C { }", null, null)]
    [InlineData("/// <summary>Zeroth order <!-- see arXiv:2305.17333 --> steps.</summary>\nclass C { }", null, null)]
    [InlineData("/// <summary>Paper: Fine-Tuning Language Models with <em>Just</em> Forward Passes</summary>\nclass C { }", null, null)]
    public async Task Fixes_keep_documentation_markup(string source, string? id, string? written)
    {
        foreach (var mode in new[] { DocumentationMode.None, DocumentationMode.Diagnose })
        {
            var verifier = Verifier.Create();
            verifier.DocumentationMode = mode;
            var document = verifier.CreateDocument(source);
            var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id.StartsWith("CITE", StringComparison.Ordinal)).ToList();
            if (id is not null)
            {
                Assert.Contains(diagnostics, d => d.Id == id && source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) == written);
            }

            else
            {
                // Nothing of these is wrong: no Warning.
                Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
            }

            var before = await CodeShape.OfAsync(document);
            foreach (var diagnostic in diagnostics)
            {
                Assert.DoesNotContain("<", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length), StringComparison.Ordinal);
                foreach (var action in await CodeShape.ActionsAsync(document, diagnostic))
                {
                    var fixedDocument = await CodeShape.ApplyAsync(document, action);
                    var after = await CodeShape.OfAsync(fixedDocument);
                    var text = (await fixedDocument.GetTextAsync()).ToString();
                    Assert.True(after.Errors.Length == 0 && before.Comments.SequenceEqual(after.Comments) && before.Elements.IsSubsetOf(after.Elements), diagnostic.Id + " '" + action.Title + "' broke markup:\n" + text);
                }
            }
        }
    }

    /// <summary>A name beginning with '/' after a source '*', or ending with '*' before a '/', would make "*/" where the fix meets the comment.</summary>
    [Theory]
    [InlineData("/* Paper: *Slash Network For Everything* */\nclass F { }")]
    [InlineData("/* Paper: *slashnet* */\nclass F { }")]
    [InlineData("/* Paper: Star*/\nclass F { }")]
    [InlineData("/* Paper: star*/\nclass F { }")]
    public async Task No_fix_makes_a_comment_end_where_it_meets_the_text(string source)
    {
        var verifier = Verifier.Create().WithFile("hostile.papers.tsv", Tsv);
        var document = verifier.CreateDocument(source);
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id.StartsWith("CITE", StringComparison.Ordinal) && d.Id != "CITE007").ToList();
        var before = await CodeShape.OfAsync(document);
        var applied = 0;
        foreach (var diagnostic in diagnostics)
        {
            foreach (var action in await CodeShape.ActionsAsync(document, diagnostic))
            {
                var fixedDocument = await CodeShape.ApplyAsync(document, action);
                var after = await CodeShape.OfAsync(fixedDocument);
                var text = (await fixedDocument.GetTextAsync()).ToString();
                Assert.True(after.Errors.Length == 0 && before.Comments.SequenceEqual(after.Comments) && before.Symbols.SequenceEqual(after.Symbols), diagnostic.Id + " '" + action.Title + "' gave:\n" + text);
                applied++;
            }
        }

        Assert.True(applied > 0, "no fix offered for: " + source);
    }

    [Fact]
    public async Task A_title_past_the_limit_is_reported_where_it_is_and_never_written()
    {
        var verifier = Verifier.Create().WithFile("hostile.papers.tsv", Tsv);
        var diagnostics = await verifier.DiagnosticsAsync("// Paper: LongNet\n// See arXiv:2512.99006\nclass C { }");
        var problem = Assert.Single(diagnostics, d => d.Id == "CITE007" && d.GetMessage().Contains("'long'", StringComparison.Ordinal));
        Assert.Equal(7, problem.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains(LongTitle.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Properties.Values.Any(v => v is not null && v.Contains("Word Word", StringComparison.Ordinal)));
        Assert.Contains(diagnostics, d => d.Id == "CITE001");
    }

    [Fact]
    public async Task A_computed_attribute_argument_is_never_replaced_by_a_literal()
    {
        const string source = """
            static class Names
            {
                public const string Medsua = "Medsua";
                public const string Prefix = "Med";
                public const string Medusa = "Medusa";
            }

            [CitationLint.Cites(Names.Medsua)] class A { }
            [CitationLint.Cites(Names.Prefix + "sua")] class B { }
            [CitationLint.Cites($"{Names.Prefix}sua")] class D { }
            [CitationLint.Cites("Medsua")] class E { }
            [CitationLint.Cites(Names.Medusa)] class F { }
            """;
        var verifier = Verifier.Create();
        var document = verifier.CreateDocument(source);
        var diagnostics = await verifier.DiagnosticsAsync(document);
        var misspelt = diagnostics.Where(d => d.Id == "CITE002").ToList();
        Assert.Equal(4, misspelt.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Empty(await CodeShape.ActionsAsync(document, misspelt[i]));
        }

        // The literal is replaced; the constant naming a known paper still gets the named arguments it lacks.
        Assert.NotEmpty(await CodeShape.ActionsAsync(document, misspelt[3]));
        var incomplete = Assert.Single(diagnostics, d => d.Id == "CITE004");
        var action = Assert.Single(await CodeShape.ActionsAsync(document, incomplete));
        var text = (await (await CodeShape.ApplyAsync(document, action)).GetTextAsync()).ToString();
        Assert.Contains("[CitationLint.Cites(Names.Medusa, Title = \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\", Url = \"https://arxiv.org/abs/2401.10774\")]", text, StringComparison.Ordinal);
    }

    private static string IdOf(string name) => name switch
    {
        "EvilNet" => "2512.99001",
        "QuoteNet" => "2512.99002",
        "BreakNet" => "2512.99003",
        "SeeNet" => "2512.99004",
        "BidiNet" => "2512.99005",
        "LongNet" => "2512.99006",
        "TwinNet" => "2512.99007",
        _ => "2512.99009",
    };
}
